import ArgumentParser
import CaseJourney

extension CJ.WorkerGroup {
    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "end",
            abstract: "End the current allocation with no one taking over yet, saying why.",
            discussion: """
                The case is unallocated from that day: lists say "unallocated", and the manager's \
                agenda (`cj due`) flags every child on a plan with no social worker. Assigning \
                the next worker ends the gap.

                Example:
                  cj worker end ASH-01 --date 2026-11-27 --reason "Sam has left the team"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("The first day nobody holds the case.", valueName: "YYYY-MM-DD")) var date: CalendarDate
        @Option(help: ArgumentHelp("Why the allocation ends.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            try storeOptions.change(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.endAllocation(on: date, reason: reason)
            }
        }
    }
}
