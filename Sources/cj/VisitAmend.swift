import ArgumentParser
import CaseJourney

extension CJ.VisitGroup {
    struct Amend: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "amend",
            abstract: "Correct a visit that was recorded wrongly; the original is kept.",
            discussion: """
                The correction replaces the visit in every list and due date, and both stay in \
                the case file and its history. Give only what was wrong: everything else, \
                including every child you do not name, is kept as first recorded.

                Example:
                  cj visit amend ASH-01 v3 --reason "Ben came home before I left" --seen Ben
                  cj visit amend ASH-01 v3 --reason "Wrong day" --date 2026-11-02
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The id of the visit to correct (see `cj visit list`).") var visitID: String
        @Option(help: ArgumentHelp("Why the first record was wrong.", valueName: "text")) var reason: String
        @Option(help: ArgumentHelp("The corrected day of the visit.", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @OptionGroup var sightings: SightingOptions
        @Option(help: "home, school, office or other.") var kind: VisitKind?
        @Flag(inversion: .prefixedNo, help: "Whether the family knew the visit was coming.") var unannounced: Bool?
        @Flag(name: .customLong("bedroom-seen"), inversion: .prefixedNo, help: "Whether the children's bedrooms were seen.")
        var bedroomSeen: Bool?
        @Option(help: ArgumentHelp("What happened, in your words.", valueName: "text")) var note: String?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            let settings = try store.settings()
            let correction = VisitCorrection(
                date: date, kind: kind, unannounced: unannounced, bedroomSeen: bedroomSeen, seen: sightings.seen,
                seenAlone: sightings.seenAlone, notSeen: sightings.notSeenWithReasons, note: note)
            let day = try asOf.recordingDate()
            let updated = try store.update(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.amendVisit(visitID, with: correction, reason: reason, today: .today())
            }
            let visit = updated.visits.last!
            Output.line("Corrected visit \(visitID) as \(visit.id); the original is kept in the case file.")
            Output.line(VisitConfirmationText.render(
                VisitConfirmation(visit: visit, in: updated, schedule: VisitSchedule(settings: settings), asOf: day)))
        }
    }
}
