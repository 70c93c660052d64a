import ArgumentParser
import CaseJourney

extension CJ {
    struct WorkerGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "worker",
            abstract: "Allocate a case to a social worker, end an allocation, or put one right.",
            discussion: """
                Examples:
                  cj worker assign ASH-01 --name "Sam Okafor" --from 2026-03-02
                  cj worker end ASH-01 --date 2026-11-27 --reason "Sam has left the team"
                  cj worker correct ASH-01 al2 --from 2026-04-20 --reason "Start date typed wrongly"
                """,
            subcommands: [Assign.self, End.self, Correct.self])
    }
}

extension CJ.WorkerGroup {
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a social worker responsible for a case from a date.",
            discussion: """
                The previous worker's allocation ends on that date; it stays in the case's \
                allocation history.

                Example:
                  cj worker assign ASH-01 --name "Sam Okafor" --from 2026-03-02 --phone "01632 960200" --manager "Ruth Bell"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("The social worker's name.", valueName: "name")) var name: String
        @Option(help: ArgumentHelp("Their first day on the case.", valueName: "YYYY-MM-DD")) var from: CalendarDate
        @Option(help: ArgumentHelp("Their work phone.", valueName: "text")) var phone: String?
        @Option(help: ArgumentHelp("Their work email.", valueName: "text")) var email: String?
        @Option(help: ArgumentHelp("Their team manager.", valueName: "name")) var manager: String?

        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var authorOptions: AuthorOptions

        func run() throws {
            let contact = ContactDetails(phone: phone, email: email)
            let allocation = Allocation(worker: name, from: from, contact: contact.isEmpty ? nil : contact, manager: manager)
            try storeOptions.caseStore.update(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.assign(allocation)
            }
            Output.line("\(name) holds case \(caseID) from \(from).")
        }
    }
}
