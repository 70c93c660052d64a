import ArgumentParser
import CaseJourney

extension CJ {
    struct PersonGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "person",
            abstract: "Add the children and adults in a family.",
            discussion: """
                Example:
                  cj person add ASH-01 --name "Amy Ashworth" --role child --born 2019-04-02
                """,
            subcommands: [Add.self])
    }
}

extension CJ.PersonGroup {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a person to a case and print their id.",
            discussion: """
                Later commands can name the person by this id or by their first name, if no one \
                else in the case shares it. --confidential-from keeps this person's contact details \
                (address, phone, email, school, workplace) from the named person in everything \
                meant for them.

                Examples:
                  cj person add ASH-01 --name "Amy Ashworth" --role child --born 2019-04-02
                  cj person add ASH-01 --name "Lee Ashworth" --role father --lives-elsewhere --parental-responsibility
                  cj person add ASH-01 --name "Kim Ashworth" --role mother --address "12 Elm Road" --confidential-from Lee
                """)

        @Argument(help: "The case id.")
        var caseID: String

        @Option(help: ArgumentHelp("Full name.", valueName: "name"))
        var name: String

        @Option(help: ArgumentHelp("child, mother, father, step-parent, partner, carer, grandparent or other.", valueName: "role"))
        var role: PersonRole

        @Option(help: ArgumentHelp("Date of birth.", valueName: "YYYY-MM-DD"))
        var born: CalendarDate?

        @Option(help: ArgumentHelp("A short id (default: from the first name).", valueName: "id"))
        var id: String?

        @Flag(help: "The person does not live in the household.")
        var livesElsewhere = false

        @Flag(inversion: .prefixedNo, help: "Whether an adult has parental responsibility (not recorded if left out).")
        var parentalResponsibility: Bool?

        @Option(help: ArgumentHelp("Postal address.", valueName: "text")) var address: String?
        @Option(help: ArgumentHelp("Phone number.", valueName: "text")) var phone: String?
        @Option(help: ArgumentHelp("Email address.", valueName: "text")) var email: String?
        @Option(help: ArgumentHelp("School or nursery.", valueName: "text")) var school: String?
        @Option(help: ArgumentHelp("Workplace.", valueName: "text")) var workplace: String?

        @Option(help: ArgumentHelp("Someone who must never see this person's contact details (repeatable).", valueName: "person"))
        var confidentialFrom: [String] = []

        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var authorOptions: AuthorOptions

        func run() throws {
            let contact = ContactDetails(address: address, phone: phone, email: email, school: school, workplace: workplace)
            let person = Person(
                id: id ?? "", name: name, role: role, born: born, livesInHousehold: !livesElsewhere,
                parentalResponsibility: parentalResponsibility, contact: contact.isEmpty ? nil : contact)
            let updated = try storeOptions.caseStore.update(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.add(person, confidentialFrom: confidentialFrom)
            }
            Output.line(updated.people.last!.id)
        }
    }
}
