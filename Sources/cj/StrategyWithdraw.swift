import ArgumentParser
import CaseJourney

extension CJ.StrategyGroup {
    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw a strategy discussion recorded in error, saying why.",
            discussion: """
                Example:
                  cj strategy withdraw CAR-03 sd2 --reason "Recorded on the wrong case"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The strategy discussion's id.") var discussionID: String
        @Option(help: ArgumentHelp("Why it is withdrawn.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.withdrawRecord(discussionID, reason: reason, by: author, on: .today(), allowed: [.strategyDiscussion])
            }
            Output.line(updated.history.last!.change + ".")
        }
    }
}
