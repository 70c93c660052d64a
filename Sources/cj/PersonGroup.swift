import ArgumentParser
import CaseJourney

extension CJ {
    struct PersonGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "person",
            abstract: "Add the children and adults in a family, and put right what is recorded about them.",
            discussion: """
                Examples:
                  cj person add ASH-01 --name "Amy Ashworth" --role child --born 2019-04-02
                  cj person change ASH-01 Amy --name "Amie Ashworth" --reason "Name was misspelt"
                  cj person withdraw ASH-01 amy-2 --same-as amy --reason "Added twice"
                """,
            subcommands: [Add.self, Change.self, Withdraw.self])
    }
}

/// A person's contact details, shared by `person add`, `person change` and `professional`.
/// What the Department for Education's returns need about a child, recorded only when known.
struct ReturnOptions: ParsableArguments {
    @Option(help: ArgumentHelp("male, female or neither (only when the family has said).", valueName: "gender"))
    var gender: Gender?
    @Option(help: ArgumentHelp("The Department for Education's ethnicity code the family gave (WBRI, BAFR, ...; REFU if they chose not to say).",
                               valueName: "code"))
    var ethnicity: Ethnicity?
    @Flag(inversion: .prefixedNo, help: "Whether the child has a disability (not recorded if left out).")
    var disability: Bool?
    @Option(name: .customLong("disability-code"), help: ArgumentHelp(
        "A census disability code (MOB, HAND, PC, INC, COMM, LD, HEAR, VIS, BEH, CON, AUT, DDA, or NONE); repeatable.", valueName: "code"))
    var disabilityCodes: [DisabilityCode] = []
    @Option(help: ArgumentHelp("The child's unique pupil number (13 characters), when known.", valueName: "upn"))
    var upn: String?
}

/// Census codes are capitals (LD, AUT), and are accepted in any case.
extension DisabilityCode: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.uppercased())
    }
}

struct ContactOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Postal address (\"\" to remove it, in a change).", valueName: "text")) var address: String?
    @Option(help: ArgumentHelp("Phone number.", valueName: "text")) var phone: String?
    @Option(help: ArgumentHelp("Email address.", valueName: "text")) var email: String?
    @Option(help: ArgumentHelp("School or nursery.", valueName: "text")) var school: String?
    @Option(help: ArgumentHelp("Workplace.", valueName: "text")) var workplace: String?

    var details: ContactDetails? {
        let contact = ContactDetails(address: address, phone: phone, email: email, school: school, workplace: workplace)
        return contact.isEmpty ? nil : contact
    }
}

extension CJ.PersonGroup {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a person to a case and print their id.",
            discussion: """
                Later commands can name the person by this id or by their name, however it is \
                typed (Sian finds Siân). --confidential-from keeps this person's contact details \
                (address, phone, email, school, workplace), and anything that names them, from \
                the named person in everything meant for them. A baby not yet born is added with \
                --expected; record the birth later with `cj person change --born`. Someone with \
                the same name and date of birth as a person already in the case needs --again.

                Examples:
                  cj person add ASH-01 --name "Amy Ashworth" --role child --born 2019-04-02
                  cj person add ASH-01 --name "Lee Ashworth" --role father --lives-elsewhere --parental-responsibility
                  cj person add ASH-01 --name "Kim Ashworth" --role mother --address "12 Elm Road" --confidential-from Lee
                  cj person add ASH-01 --name "Baby Ashworth" --role child --expected 2027-02-14
                """)

        @Argument(help: "The case id.")
        var caseID: String

        @Option(help: ArgumentHelp("Full name.", valueName: "name"))
        var name: String

        @Option(help: ArgumentHelp("child, mother, father, step-parent, partner, carer, grandparent or other.", valueName: "role"))
        var role: PersonRole

        @Option(help: ArgumentHelp("Date of birth.", valueName: "YYYY-MM-DD"))
        var born: CalendarDate?

        @Option(help: ArgumentHelp("For a baby not yet born: the expected date of birth.", valueName: "YYYY-MM-DD"))
        var expected: CalendarDate?

        @Option(help: ArgumentHelp("A short id (default: from the first name).", valueName: "id"))
        var id: String?

        @Flag(help: "The person does not live in the household.")
        var livesElsewhere = false

        @Flag(inversion: .prefixedNo, help: "Whether an adult has parental responsibility (not recorded if left out).")
        var parentalResponsibility: Bool?

        @OptionGroup var contact: ContactOptions
        @OptionGroup var returns: ReturnOptions

        @Option(help: ArgumentHelp("Someone who must never see this person's contact details, or anything that names them (repeatable).", valueName: "person"))
        var confidentialFrom: [String] = []

        @Flag(help: "Add them even though someone with the same name and date of birth is in the case.")
        var again = false

        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var authorOptions: AuthorOptions

        func run() throws {
            var person = Person(
                id: id ?? "", name: name, role: role, born: born, expectedBirth: expected, livesInHousehold: !livesElsewhere,
                parentalResponsibility: parentalResponsibility, contact: contact.details)
            person.gender = returns.gender
            person.ethnicity = returns.ethnicity
            person.disability = returns.disability
            person.disabilities = returns.disabilityCodes.isEmpty ? nil : returns.disabilityCodes
            person.upn = returns.upn
            let updated = try storeOptions.caseStore.update(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.add(person, confidentialFrom: confidentialFrom, again: again)
            }
            Output.line(updated.people.last!.id)
        }
    }
}
