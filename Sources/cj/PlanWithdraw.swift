import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw something written into a plan in error, saying why.",
            discussion: """
                Works on worries, strengths, outcomes, actions, risk ratings, views, proposals to \
                end, expectations, and a plan started in error. The record stays in the case \
                file, marked withdrawn with who, when and why, and leaves every list and summary. \
                To take an action out of the plan (as a decision the family should see), use \
                `cj plan action drop` instead.

                Examples:
                  cj plan withdraw ASH-01 w2 --reason "Recorded on the wrong family's plan"
                  cj plan withdraw ASH-01 r3 --reason "Entered twice"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The id of what to withdraw (see `cj plan show`).") var itemID: String
        @OptionGroup var withdrawal: WithdrawalOptions

        func run() throws {
            try withdrawal.withdraw(itemID, from: caseID, kinds: Case.planRecordKinds)
        }
    }
}
