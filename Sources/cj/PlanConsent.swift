import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct Consent: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "consent",
            abstract: "Record that a child now agrees, or no longer agrees, to share their words with their parents.",
            discussion: """
                A child's words reach a parent only while the child agrees. The earlier answer \
                stays on record.

                Examples:
                  cj plan consent ASH-01 vw1 --no-share --reason "Amy asked for it to stay between us"
                  cj plan consent BRO-02 vw2 --share --reason "Maya now wants her mum to know"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The id of the child's view (see `cj plan show`).") var viewID: String
        @Flag(inversion: .prefixedNo, help: "Whether the child agrees their parents may see it.") var share: Bool
        @Option(help: ArgumentHelp("What the child said, or why it changed.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.setConsent(view: viewID, share: share, reason: reason, by: author, on: .today())
            }
        }
    }
}
