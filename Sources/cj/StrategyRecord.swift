import ArgumentParser
import CaseJourney

extension CJ {
    struct StrategyGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "strategy",
            abstract: "Record strategy discussions between agencies.",
            discussion: """
                Examples:
                  cj strategy record CAR-03 --date 2026-11-13 --note "School saw bruising on Toni's arm"
                  cj strategy outcome CAR-03 sd1 --outcome no-further-action --date 2026-11-20
                """,
            subcommands: [Record.self, Outcome.self, Correct.self, Withdraw.self])
    }
}

extension CJ.StrategyGroup {
    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "Record a strategy discussion and print its id.",
            discussion: """
                By default the agencies agreed a section 47 enquiry, so the initial conference is \
                due within the team's timescale (15 working days unless set otherwise). \
                --no-enquiry records a discussion that did not start one.

                Examples:
                  cj strategy record CAR-03 --date 2026-11-13 --note "School saw bruising on Toni's arm"
                  cj strategy record CAR-03 --date 2026-11-13 --no-enquiry
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("The day of the discussion.", valueName: "YYYY-MM-DD")) var date: CalendarDate
        @Flag(name: .customLong("no-enquiry"), help: "The agencies did not start a section 47 enquiry.") var noEnquiry = false
        @Option(help: ArgumentHelp("What was discussed, briefly.", valueName: "text")) var note: String?
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.recordStrategyDiscussion(on: date, section47Enquiry: !noEnquiry, note: note, by: author, privacy: privacy.request)
            }
            Output.line(updated.strategyDiscussions.last!.id)
        }
    }
}
