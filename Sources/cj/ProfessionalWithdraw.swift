import ArgumentParser
import CaseJourney

extension CJ.ProfessionalGroup {
    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw a professional added in error, or twice, saying why.",
            discussion: """
                With --same-as, their actions, reports and meetings move to the professional who \
                stays.

                Example:
                  cj professional withdraw ASH-01 priya-2 --same-as priya --reason "Added twice"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The professional, by id or name.") var professional: String
        @Option(name: .customLong("same-as"), help: ArgumentHelp("The professional who stays.", valueName: "professional"))
        var sameAs: String?
        @Option(help: ArgumentHelp("Why they are withdrawn.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.withdrawProfessional(professional, reason: reason, sameAs: sameAs, by: author, on: .today())
            }
        }
    }
}
