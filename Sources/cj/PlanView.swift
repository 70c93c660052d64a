import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct View: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "view",
            abstract: "Write down a parent's or a child's view, in their words.",
            discussion: """
                For a child, say whether they agreed their parents may see it: --share if they \
                did. Without --share, a child's view is kept from their parents.

                Examples:
                  cj plan view ASH-01 Kelly "I want the heating fixed before winter; I am doing my part" --date 2026-09-21
                  cj plan view ASH-01 Amy "I like it when Mum walks me to school" --share --date 2026-09-14
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "Whose view: a parent or a child, by id or first name.") var person: String
        @Argument(help: "What they said.") var text: String
        @Flag(inversion: .prefixedNo, help: "A child's view only: whether the child agreed their parents may see it.")
        var share: Bool?
        @OptionGroup var planChoice: PlanChoiceOptions
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.recordView(text, of: person, plan: planChoice.plan, childAgreedToShare: share, on: eventDate.day, by: author,
                                     privacy: privacy.request)
            }
        }
    }
}
