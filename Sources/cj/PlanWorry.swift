import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct Worry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "worry",
            abstract: "Write down a worry: what harm is feared for the children.",
            discussion: """
                Say what is feared in plain words, as you would to the family. Prints the worry's id. \
                A worry about the past (before the mother left the abuser, say) takes --past-until \
                and --changed-since: summaries show it apart from current worries, in the past \
                tense.

                Examples:
                  cj plan worry ASH-01 "The children often go to school hungry and in dirty clothes" --date 2026-06-22
                  cj plan worry EVA-05 "Ryan hit Gemma in front of the children" --past-until 2025-09-30 --changed-since "Gemma and the children moved away; Ryan sees them only at the contact centre"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The worry, in plain words.") var text: String
        @Option(name: .customLong("past-until"), help: ArgumentHelp("For a worry about the past: the last day it applied.", valueName: "YYYY-MM-DD"))
        var pastUntil: CalendarDate?
        @Option(name: .customLong("changed-since"), help: ArgumentHelp("With --past-until: what has changed since.", valueName: "text"))
        var changedSince: String?
        @OptionGroup var planChoice: PlanChoiceOptions
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if (pastUntil == nil) != (changedSince == nil) { throw ValidationError("Give --past-until and --changed-since together.") }
        }

        func run() throws {
            let author = authorOptions.author
            let historic = pastUntil.map { HistoricWorry(until: $0, changedSince: changedSince ?? "") }
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.addWorry(text, plan: planChoice.plan, on: eventDate.day, by: author, historic: historic, privacy: privacy.request)
            }
            Output.line(updated.worries.last!.id)
        }
    }
}

extension CJ.PlanGroup {
    struct Past: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "past",
            abstract: "Mark a worry as about the past (or, with --current, as about now again), saying why.",
            discussion: """
                Being judged on the past is one of the things families say hurts most: a worry \
                from years ago, before things changed, read as if it were current. A worry marked \
                as past is shown apart, in the past tense, with what has changed since.

                Examples:
                  cj plan past EVA-05 w1 --until 2025-09-30 --changed-since "Gemma and the children moved away" --reason "The violence was before the move"
                  cj plan past EVA-05 w1 --current --reason "It has happened again"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The worry's id.") var worryID: String
        @Option(help: ArgumentHelp("The last day it applied.", valueName: "YYYY-MM-DD")) var until: CalendarDate?
        @Option(name: .customLong("changed-since"), help: ArgumentHelp("What has changed since.", valueName: "text")) var changedSince: String?
        @Flag(help: "It is about now again.") var current = false
        @Option(help: ArgumentHelp("Why.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if current && (until != nil || changedSince != nil) { throw ValidationError("--current goes alone, without --until or --changed-since.") }
            if !current && (until == nil || changedSince == nil) { throw ValidationError("Give --until and --changed-since, or --current.") }
        }

        func run() throws {
            let author = authorOptions.author
            let historic = until.map { HistoricWorry(until: $0, changedSince: changedSince ?? "") }
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.markWorryHistoric(worryID, current ? nil : historic, reason: reason, by: author, on: .today())
            }
        }
    }
}
