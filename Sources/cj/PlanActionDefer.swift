import ArgumentParser
import CaseJourney

extension CJ.PlanGroup.ActionGroup {
    struct Defer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "defer",
            abstract: "Move an action's due date later, saying why.",
            discussion: """
                Example:
                  cj plan action defer ASH-01 a3 --to 2026-11-13 --reason "Boiler parts on order"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The action's id.") var actionID: String
        @Option(help: ArgumentHelp("The new due date.", valueName: "YYYY-MM-DD")) var to: CalendarDate
        @Option(help: ArgumentHelp("Why it was deferred (needed after the plan's first day).", valueName: "text")) var reason: String?
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.deferAction(actionID, to: to, on: eventDate.day, by: author, reason: reason, privacy: privacy.request)
            }
        }
    }
}
