import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct ProposeEnd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "propose-end",
            abstract: "Flag that a plan could end before its next review, saying why.",
            discussion: """
                Flagged plans are listed by `cj due` with the date of their next review, so a \
                review can be brought forward rather than leaving the family waiting. --withdraw \
                takes the flag back.

                Examples:
                  cj plan propose-end EVA-05 --reason "Gemma and the children are settled; Ryan has kept to the contact arrangements" --date 2026-10-30
                  cj plan propose-end EVA-05 --withdraw --reason "New police report"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("Why.", valueName: "text")) var reason: String
        @Flag(help: "Take back an earlier proposal.") var withdraw = false
        @OptionGroup var planChoice: PlanChoiceOptions
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.proposeEnd(plan: planChoice.plan, withdraw: withdraw, on: eventDate.day, by: author, reason: reason, privacy: privacy.request)
            }
        }
    }
}
