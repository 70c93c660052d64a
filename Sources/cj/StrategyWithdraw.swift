import ArgumentParser
import CaseJourney

extension CJ.StrategyGroup {
    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw a strategy discussion recorded in error, saying why.",
            discussion: """
                Example:
                  cj strategy withdraw CAR-03 sd2 --reason "Recorded on the wrong case"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The strategy discussion's id.") var discussionID: String
        @OptionGroup var withdrawal: WithdrawalOptions

        func run() throws {
            try withdrawal.withdraw(discussionID, from: caseID, kinds: [.strategyDiscussion])
        }
    }
}
