import ArgumentParser
import CaseJourney

extension CJ.PlanGroup.ActionGroup {
    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "done",
            abstract: "Record that an action was done.",
            discussion: """
                Example:
                  cj plan action done ASH-01 a1 --date 2026-08-28 --note "Breakfast club confirms every day for four weeks"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The action's id.") var actionID: String
        @Option(help: ArgumentHelp("Anything worth saying about it.", valueName: "text")) var note: String?
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.completeAction(actionID, on: eventDate.day, by: author, note: note, privacy: privacy.request)
            }
        }
    }
}
