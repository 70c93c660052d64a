import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct Reword: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reword",
            abstract: "Put right the words of a worry, strength, outcome, view or risk rating, saying why.",
            discussion: """
                The earlier wording stays in the record's corrections, the history and the \
                timeline. For a risk rating, TEXT is its reason; --score and --rater put right \
                the score and who gave it. An action's wording changes with `cj plan action change`.

                Examples:
                  cj plan reword ASH-01 w1 "The children often go to school hungry" --reason "Wording agreed with Kelly"
                  cj plan reword ASH-01 r2 "Breakfast every day; heating still broken" --score 5 --reason "Score typed wrongly"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The id of what to reword (see `cj plan show`).") var itemID: String
        @Argument(help: "The words as they should be.") var text: String?
        @Option(help: ArgumentHelp("A risk rating's score as it should be.", valueName: "0-10")) var score: Int?
        @Option(help: ArgumentHelp("Who gave a risk rating, as it should be.", valueName: "name")) var rater: String?
        @Option(help: ArgumentHelp("Why it was wrong.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if text == nil && score == nil && rater == nil { throw ValidationError("Give the new words, --score or --rater.") }
        }

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.reword(itemID, text: text, score: score, rater: rater, reason: reason, by: author, on: .today())
            }
        }
    }
}
