import ArgumentParser
import CaseJourney

extension CJ.ConferenceGroup {
    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw a conference recorded in error, saying why.",
            discussion: """
                For a conference that was called off, use `cj conference cancel`; this is for one \
                that should never have been recorded (on the wrong case, or twice).

                Example:
                  cj conference withdraw ASH-01 c3 --reason "Booked twice"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The conference's id.") var conferenceID: String
        @OptionGroup var withdrawal: WithdrawalOptions

        func run() throws {
            try withdrawal.withdraw(conferenceID, from: caseID, kinds: [.conference])
        }
    }
}
