import ArgumentParser
import CaseJourney

extension CJ.PlanGroup.ActionGroup {
    struct Drop: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "drop",
            abstract: "Take an action off the plan, saying why; it stays in the history.",
            discussion: """
                Example:
                  cj plan action drop ASH-01 a5 --reason "The course is no longer running; a4 covers the same change"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The action's id.") var actionID: String
        @Option(help: ArgumentHelp("Why it was dropped (needed after the plan's first day).", valueName: "text")) var reason: String?
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.dropAction(actionID, on: eventDate.day, by: author, reason: reason, privacy: privacy.request)
            }
        }
    }
}
