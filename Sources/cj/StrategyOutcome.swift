import ArgumentParser
import CaseJourney

extension StrategyOutcome: ExpressibleByArgument {}

extension CJ.StrategyGroup {
    struct Outcome: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "outcome",
            abstract: "Record what came of a strategy discussion's enquiry.",
            discussion: """
                no-further-action: the section 47 enquiry found no need for a conference, which \
                is then no longer due. conference: the enquiry leads to an initial conference. \
                no-enquiry: no enquiry was agreed.

                Examples:
                  cj strategy outcome CAR-03 sd1 --outcome no-further-action --date 2026-11-20 --note "Bruise explained by a fall at school"
                  cj strategy outcome CAR-03 sd1 --outcome conference --date 2026-11-18
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The strategy discussion's id.") var discussionID: String
        @Option(help: "no-enquiry, no-further-action or conference.") var outcome: StrategyOutcome
        @OptionGroup var eventDate: EventDateOptions
        @Option(help: ArgumentHelp("Anything worth recording.", valueName: "text")) var note: String?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.recordStrategyOutcome(discussionID, outcome: outcome, on: eventDate.day, note: note, by: author)
            }
        }
    }
}
