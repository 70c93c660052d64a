import ArgumentParser
import CaseJourney

extension CJ.CoreGroupGroup {
    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw a core group recorded in error, saying why.",
            discussion: """
                Example:
                  cj coregroup withdraw ASH-01 cg4 --reason "Recorded twice"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The core group's id.") var coreGroupID: String
        @OptionGroup var withdrawal: WithdrawalOptions

        func run() throws {
            try withdrawal.withdraw(coreGroupID, from: caseID, kinds: [.coreGroup])
        }
    }
}
