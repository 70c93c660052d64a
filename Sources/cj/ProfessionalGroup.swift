import ArgumentParser
import CaseJourney

extension CJ {
    struct ProfessionalGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "professional",
            abstract: "Record the professionals working with a family, and put right what is recorded.",
            discussion: """
                Examples:
                  cj professional add ASH-01 --name "Priya Shah" --role "health visitor" --agency "Northtown NHS Trust"
                  cj professional add EVA-05 --name "Dawn Pryce" --role "domestic abuse adviser" --agency "Eastfield Women's Aid" --confidential-from Ryan
                  cj professional change ASH-01 priya --phone "01632 960111" --reason "New work phone"
                """,
            subcommands: [Add.self, Change.self, Withdraw.self])
    }
}

extension CJ.ProfessionalGroup {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a professional to a case and print their id.",
            discussion: """
                --confidential-from keeps a professional or service working only with one adult \
                (a domestic abuse adviser, a refuge, a sexual health clinic) from another: their \
                name, agency, details and everything they do are left out of what that person reads.

                Examples:
                  cj professional add ASH-01 --name "Priya Shah" --role "health visitor" --agency "Northtown NHS Trust" --phone "01632 960100"
                  cj professional add EVA-05 --name "Dawn Pryce" --role "domestic abuse adviser" --agency "Eastfield Women's Aid" --confidential-from Ryan
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("Full name.", valueName: "name")) var name: String
        @Option(help: ArgumentHelp("What they do, e.g. \"health visitor\".", valueName: "text")) var role: String
        @Option(help: ArgumentHelp("Their organisation.", valueName: "name")) var agency: String
        @Option(help: ArgumentHelp("A short id (default: from the first name).", valueName: "id")) var id: String?
        @Option(help: ArgumentHelp("Phone number.", valueName: "text")) var phone: String?
        @Option(help: ArgumentHelp("Email address.", valueName: "text")) var email: String?
        @Option(help: ArgumentHelp("Someone in the family who must never learn of them (repeatable).", valueName: "person"))
        var confidentialFrom: [String] = []

        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var authorOptions: AuthorOptions

        func run() throws {
            let contact = ContactDetails(phone: phone, email: email)
            let professional = Professional(
                id: id ?? "", name: name, role: role, agency: agency, contact: contact.isEmpty ? nil : contact)
            let updated = try storeOptions.caseStore.update(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.add(professional, confidentialFrom: confidentialFrom)
            }
            Output.line(updated.professionals.last!.id)
        }
    }
}
