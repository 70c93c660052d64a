import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct Strength: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "strength",
            abstract: "Write down a strength: something that is going well.",
            discussion: """
                What is going well belongs in the plan as much as the worries. Prints the strength's id.

                Example:
                  cj plan strength ASH-01 "Kelly loves the children and they are warm with her" --date 2026-06-22
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The strength, in plain words.") var text: String
        @OptionGroup var planChoice: PlanChoiceOptions
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.addStrength(text, plan: planChoice.plan, on: eventDate.day, by: author, privacy: privacy.request)
            }
            Output.line(updated.strengths.last!.id)
        }
    }
}
