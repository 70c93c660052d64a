import ArgumentParser
import CaseJourney

extension CJ.VisitGroup {
    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw a visit logged in error (to the wrong family, say), saying why.",
            discussion: """
                The visit stays in the case file, marked withdrawn with who withdrew it, when and \
                why, and no longer counts. To put right who was seen, use `cj visit amend`.

                Example:
                  cj visit withdraw ASH-01 v7 --reason "Logged on the wrong family's case"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The visit's id (see `cj visit list`).") var visitID: String
        @OptionGroup var withdrawal: WithdrawalOptions

        func run() throws {
            try withdrawal.withdraw(visitID, from: caseID, kinds: [.visit])
        }
    }
}
