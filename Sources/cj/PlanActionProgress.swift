import ArgumentParser
import CaseJourney

extension CJ.PlanGroup.ActionGroup {
    struct Progress: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "progress",
            abstract: "Record how an ongoing action is going.",
            discussion: """
                For an action added with --ongoing ("every weekday"): the parent's summary shows \
                the latest word on how it is going, beside how often it is done.

                Example:
                  cj plan action progress HAL-08 a2 --date 2026-11-23 --note "Ellie was at nursery every day this week"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The action's id.") var actionID: String
        @Option(help: ArgumentHelp("How it is going, in plain words.", valueName: "text")) var note: String
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.recordProgress(actionID, note: note, on: eventDate.day, by: author, privacy: privacy.request)
            }
        }
    }
}
