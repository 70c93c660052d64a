import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct Rate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rate",
            abstract: "Record a risk rating from 0 to 10, with who rated and why.",
            discussion: """
                0 means the children are not safe; 10 means they are safe enough for the plan to \
                end. Ratings are kept side by side, so the family can see how far things have moved.

                Examples:
                  cj plan rate ASH-01 3 --rater "Initial conference" --reason "No food in the house and no safe cot" --date 2026-06-22
                  cj plan rate ASH-01 6 --reason "Breakfast every school day since July; heating still broken" --date 2026-10-12
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The rating, 0 (not safe) to 10 (safe enough for the plan to end).") var score: Int
        @Option(help: ArgumentHelp("Why this rating.", valueName: "text")) var reason: String
        @Option(help: ArgumentHelp("Who gave it (default: whoever records it, --by).", valueName: "name")) var rater: String?
        @OptionGroup var planChoice: PlanChoiceOptions
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.rate(score, plan: planChoice.plan, on: eventDate.day, ratedBy: rater ?? author, reason: reason, privacy: privacy.request)
            }
        }
    }
}
