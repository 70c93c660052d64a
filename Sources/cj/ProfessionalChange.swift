import ArgumentParser
import CaseJourney

extension CJ.ProfessionalGroup {
    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "change",
            abstract: "Put right what is recorded about a professional, saying why.",
            discussion: """
                Only what you give changes; what it said before stays on record. Give "" to \
                remove a contact detail.

                Examples:
                  cj professional change ASH-01 priya --phone "01632 960111" --reason "New work phone"
                  cj professional change EVA-05 dawn --confidential-from Ryan --reason "Dawn works only with Gemma"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The professional, by id or name.") var professional: String
        @Option(help: ArgumentHelp("Their name as it should be.", valueName: "name")) var name: String?
        @Option(help: ArgumentHelp("What they do.", valueName: "text")) var role: String?
        @Option(help: ArgumentHelp("Their organisation.", valueName: "name")) var agency: String?
        @OptionGroup var contact: ContactOptions
        @Option(help: ArgumentHelp("Someone who must now never learn of them (repeatable).", valueName: "person"))
        var confidentialFrom: [String] = []
        @Option(help: ArgumentHelp("Someone they no longer need to be kept from (repeatable).", valueName: "person"))
        var notConfidentialFrom: [String] = []
        @Option(help: ArgumentHelp("Why it was wrong, or what changed.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let changes = PersonChanges(
                name: name, address: contact.address, phone: contact.phone, email: contact.email, school: contact.school,
                workplace: contact.workplace, confidentialFrom: confidentialFrom, notConfidentialFrom: notConfidentialFrom,
                professionalRole: role, agency: agency)
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.changeProfessional(professional, changes, reason: reason, by: author, on: .today())
            }
        }
    }
}
