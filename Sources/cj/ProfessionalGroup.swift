import ArgumentParser
import CaseJourney

extension CJ {
    struct ProfessionalGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "professional",
            abstract: "Record the professionals working with a family.",
            discussion: """
                Example:
                  cj professional add ASH-01 --name "Priya Shah" --role "health visitor" --agency "Northtown NHS Trust"
                """,
            subcommands: [Add.self])
    }
}

extension CJ.ProfessionalGroup {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a professional to a case and print their id.",
            discussion: """
                Example:
                  cj professional add ASH-01 --name "Priya Shah" --role "health visitor" --agency "Northtown NHS Trust" --phone "01632 960100"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("Full name.", valueName: "name")) var name: String
        @Option(help: ArgumentHelp("What they do, e.g. \"health visitor\".", valueName: "text")) var role: String
        @Option(help: ArgumentHelp("Their organisation.", valueName: "name")) var agency: String
        @Option(help: ArgumentHelp("A short id (default: from the first name).", valueName: "id")) var id: String?
        @Option(help: ArgumentHelp("Phone number.", valueName: "text")) var phone: String?
        @Option(help: ArgumentHelp("Email address.", valueName: "text")) var email: String?

        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var authorOptions: AuthorOptions

        func run() throws {
            let contact = ContactDetails(phone: phone, email: email)
            let professional = Professional(
                id: id ?? "", name: name, role: role, agency: agency, contact: contact.isEmpty ? nil : contact)
            let updated = try storeOptions.caseStore.update(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.add(professional)
            }
            Output.line(updated.professionals.last!.id)
        }
    }
}
