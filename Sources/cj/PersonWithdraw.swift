import ArgumentParser
import CaseJourney

extension CJ.PersonGroup {
    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw a person added in error, or added twice, saying why.",
            discussion: """
                A withdrawn person leaves every list and summary; the record stays in the case \
                file, with who withdrew it, when and why. For someone added twice, --same-as moves \
                everything recorded about them (visits, actions, views, plans) to the person who \
                stays.

                Examples:
                  cj person withdraw ASH-01 amy-2 --same-as amy --reason "Amy was added twice"
                  cj person withdraw ASH-01 dean --reason "Added to the wrong family"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The person, by id or name.") var person: String
        @Option(name: .customLong("same-as"), help: ArgumentHelp("The person who stays, when this is a duplicate.", valueName: "person"))
        var sameAs: String?
        @Option(help: ArgumentHelp("Why they are withdrawn.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.withdrawPerson(person, reason: reason, sameAs: sameAs, by: author, on: .today())
            }
        }
    }
}
