import ArgumentParser
import CaseJourney

extension CJ.VisitGroup {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Record a visit: who was seen, seen alone, or not seen and why.",
            discussion: """
                Name each child by id or first name. A child you do not name is recorded as "not \
                recorded" (neither seen nor not seen), and the overdue list shows it. --seen-alone \
                also counts as seen. For a baby not yet born, name the mother with --seen. A \
                second visit on the same day naming the same children needs --again. Prints one \
                line per child with when they are next due to be seen.

                Examples:
                  cj visit log ASH-01 --date 2026-11-02 --seen-alone Amy --seen Ben --not-seen "Cody: asleep upstairs, not woken"
                  cj visit log ASH-01 --date 2026-11-02 --kind school --seen-alone Amy --note "Seen at school with the head's agreement"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("The day of the visit (default: today, or --as-of).", valueName: "YYYY-MM-DD"))
        var date: CalendarDate?
        @OptionGroup var sightings: SightingOptions
        @OptionGroup var details: VisitDetailOptions
        @Flag(help: "This really is a second visit on the same day to the same children.") var again = false
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            let settings = try store.settings()
            let day = try asOf.recordingDate()
            let record = VisitRecord(
                date: date ?? day, by: authorOptions.author, kind: details.kind ?? .home, unannounced: details.unannounced,
                bedroomSeen: details.bedroomSeen, seen: sightings.seen, seenAlone: sightings.seenAlone,
                notSeen: sightings.notSeenWithReasons, note: details.note, again: again, privacy: privacy.request)
            let updated = try store.update(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.logVisit(record, today: .today())
            }
            let visit = updated.visits.last!
            Output.line("Logged visit \(visit.id) to the \(updated.familyName) family on \(visit.date).")
            Output.line(VisitConfirmationText.render(
                VisitConfirmation(visit: visit, in: updated, schedule: VisitSchedule(settings: settings), asOf: asOf.date)))
        }
    }
}

/// The per-child lines printed after a visit is logged or corrected.
enum VisitConfirmationText {
    static func render(_ confirmation: VisitConfirmation) -> String {
        let tracksSeenAlone = confirmation.lines.contains { $0.status?.seenAloneDue != nil }
        var table = TextTable(headers: ["CHILD", "THIS VISIT", "NEXT VISIT"] + (tracksSeenAlone ? ["NEXT SEEN ALONE"] : []))
        table.rows = confirmation.lines.map { line in
            var outcome = line.sighting.outcome.displayName
            if let reason = line.sighting.reason { outcome += ": \(reason)" }
            guard let status = line.status else { return [line.child.name, outcome, "not on a plan"] + (tracksSeenAlone ? [""] : []) }
            let next = "due \(status.visitsDue)" + (line.isOverdue ? ", OVERDUE" : "") + " (\(status.visits.description))"
            guard tracksSeenAlone else { return [line.child.name, outcome, next] }
            let alone = status.seenAloneDue.map { due in
                "due \(due)" + (line.isSeenAloneOverdue ? ", OVERDUE" : "")
            } ?? "not expected"
            return [line.child.name, outcome, next, alone]
        }
        return table.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    }
}
