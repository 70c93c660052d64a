import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct Worry: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write down a worry: what harm is feared for the children.",
            discussion: """
                Say what is feared in plain words, as you would to the family. Prints the worry's id.

                Example:
                  cj plan worry ASH-01 "The children often go to school hungry and in dirty clothes" --date 2026-06-22
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The worry, in plain words.") var text: String
        @OptionGroup var planChoice: PlanChoiceOptions
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.addWorry(text, plan: planChoice.plan, on: eventDate.day, by: author, privacy: privacy.request)
            }
            Output.line(updated.worries.last!.id)
        }
    }
}
