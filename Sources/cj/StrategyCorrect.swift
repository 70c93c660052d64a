import ArgumentParser
import CaseJourney

extension CJ.StrategyGroup {
    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct",
            abstract: "Put right a recorded strategy discussion: its day, whether it started an enquiry, its outcome.",
            discussion: """
                What it said before stays on record.

                Examples:
                  cj strategy correct CAR-03 sd1 --date 2026-11-12 --reason "Held the day before"
                  cj strategy correct CAR-03 sd1 --outcome conference --reason "Outcome typed wrongly"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The strategy discussion's id.") var discussionID: String
        @Option(help: ArgumentHelp("The day it was held.", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @Flag(name: .customLong("enquiry"), inversion: .prefixedNo, help: "Whether it started a section 47 enquiry.") var enquiry: Bool?
        @Option(help: "no-enquiry, no-further-action or conference.") var outcome: StrategyOutcome?
        @Option(help: ArgumentHelp("Why the record was wrong.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.correctStrategy(discussionID, date: date, section47Enquiry: enquiry, outcome: outcome,
                                          reason: reason, by: author, on: .today())
            }
        }
    }
}
