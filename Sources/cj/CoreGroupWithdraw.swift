import ArgumentParser
import CaseJourney

extension CJ.CoreGroupGroup {
    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw a core group recorded in error, saying why.",
            discussion: """
                Example:
                  cj coregroup withdraw ASH-01 cg4 --reason "Recorded twice"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The core group's id.") var coreGroupID: String
        @Option(help: ArgumentHelp("Why it is withdrawn.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.withdrawRecord(coreGroupID, reason: reason, by: author, on: .today(), allowed: [.coreGroup])
            }
            Output.line(updated.history.last!.change + ".")
        }
    }
}
