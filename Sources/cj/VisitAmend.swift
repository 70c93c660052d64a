import ArgumentParser
import CaseJourney

extension CJ.VisitGroup {
    struct Amend: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a visit that was recorded wrongly; the original is kept.",
            discussion: """
                The correction replaces the visit in every list and due date, and both stay in \
                the case file and its history. Anything you do not give is copied from the \
                original; if you name any child, give every child's outcome again.

                Example:
                  cj visit amend ASH-01 v3 --reason "Ben came home before I left" --seen-alone Amy --seen Ben --seen Cody
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The id of the visit to correct (see `cj visit list`).") var visitID: String
        @Option(help: ArgumentHelp("Why the first record was wrong.", valueName: "text")) var reason: String
        @Option(help: "The corrected day of the visit.") var date: CalendarDate?
        @OptionGroup var sightings: SightingOptions
        @OptionGroup var details: VisitDetailOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            let settings = try store.settings()
            let updated = try store.update(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                guard let original = value.visits.first(where: { $0.id == visitID }) else {
                    throw .usage("Case \(caseID) has no visit \(visitID). `cj visit list \(caseID)` shows its visits.")
                }
                let record = VisitRecord(
                    date: date ?? original.date, by: original.by, kind: details.kind ?? original.kind,
                    unannounced: details.unannounced || original.unannounced,
                    bedroomSeen: details.bedroomSeen || original.bedroomSeen,
                    seen: sightings.seen, seenAlone: sightings.seenAlone, notSeen: sightings.notSeenWithReasons,
                    note: details.note ?? original.note)
                return try value.amendVisit(visitID, with: record, reason: reason)
            }
            let visit = updated.visits.last!
            Output.line("Corrected visit \(visitID) as \(visit.id); the original is kept in the case file.")
            Output.line(VisitConfirmationText.render(
                VisitConfirmation(visit: visit, in: updated, schedule: VisitSchedule(settings: settings), asOf: asOf.date)))
        }
    }
}
