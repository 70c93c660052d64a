import ArgumentParser
import CaseJourney

extension CJ.PersonGroup {
    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "change",
            abstract: "Put right what is recorded about a person, saying why.",
            discussion: """
                Only what you give changes; what it said before stays in the case file, the \
                history and the timeline. Give "" to remove a contact detail. --born records the \
                birth of a baby added with --expected: their own visit clock starts that day.

                Examples:
                  cj person change ASH-01 Zoe --name "Zoë O'Brien" --reason "Name was misspelt"
                  cj person change ASH-01 Kim --address "4 Birch Way, Northtown" --reason "Kim has moved"
                  cj person change ASH-01 Kim --confidential-from Lee --reason "Kim has fled; Lee must not learn where she is"
                  cj person change ASH-01 baby --born 2027-02-10 --name "Rosa Ashworth" --reason "Rosa was born"
                  cj person change ASH-01 Amy --gender female --ethnicity WBRI --no-disability --reason "Kelly told us at the assessment"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The person, by id or name.") var person: String
        @Option(help: ArgumentHelp("Their name as it should be.", valueName: "name")) var name: String?
        @Option(help: ArgumentHelp("Date of birth (for a baby added with --expected: the birth).", valueName: "YYYY-MM-DD")) var born: CalendarDate?
        @Option(help: ArgumentHelp("The expected date of birth of a baby not yet born.", valueName: "YYYY-MM-DD")) var expected: CalendarDate?
        @Flag(name: .customLong("not-born-yet"), help: "The birth was recorded in error: the baby is not born yet (give --expected).")
        var notBornYet = false
        @Option(help: ArgumentHelp("child, mother, father, step-parent, partner, carer, grandparent or other.", valueName: "role")) var role: PersonRole?
        @OptionGroup var contact: ContactOptions
        @OptionGroup var returns: ReturnOptions
        @Flag(help: "They now live elsewhere.") var livesElsewhere = false
        @Flag(help: "They now live in the household.") var livesInHousehold = false
        @Flag(inversion: .prefixedNo, help: "Whether an adult has parental responsibility.") var parentalResponsibility: Bool?
        @Option(help: ArgumentHelp("Someone who must now never see this person's contact details, or anything that names them (repeatable).", valueName: "person"))
        var confidentialFrom: [String] = []
        @Option(help: ArgumentHelp("Someone who no longer needs to be kept from them (repeatable).", valueName: "person"))
        var notConfidentialFrom: [String] = []
        @Option(help: ArgumentHelp("Why it was wrong, or what changed.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if livesElsewhere && livesInHousehold { throw ValidationError("Give --lives-elsewhere or --lives-in-household, not both.") }
        }

        func run() throws {
            let author = authorOptions.author
            let changes = PersonChanges(
                name: name, born: born, expectedBirth: expected, role: role, address: contact.address, phone: contact.phone,
                email: contact.email, school: contact.school, workplace: contact.workplace,
                livesInHousehold: livesElsewhere ? false : livesInHousehold ? true : nil, parentalResponsibility: parentalResponsibility,
                confidentialFrom: confidentialFrom, notConfidentialFrom: notConfidentialFrom)
            var request = changes
            request.notBornYet = notBornYet
            request.gender = returns.gender
            request.ethnicity = returns.ethnicity
            request.disability = returns.disability
            request.disabilities = returns.disabilityCodes.isEmpty ? nil : returns.disabilityCodes
            request.upn = returns.upn
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.changePerson(person, request, reason: reason, by: author, on: .today())
            }
        }
    }
}
