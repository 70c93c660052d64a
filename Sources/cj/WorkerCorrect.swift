import ArgumentParser
import CaseJourney

extension CJ.WorkerGroup {
    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct",
            abstract: "Put right an allocation recorded with the wrong worker or dates, or withdraw it.",
            discussion: """
                Allocation ids (al1, al2, ...) are shown by `cj case show`. What it said before \
                stays on record.

                Examples:
                  cj worker correct ASH-01 al2 --from 2026-04-20 --reason "Start date typed wrongly"
                  cj worker correct ASH-01 al3 --withdraw --reason "Allocated to the wrong case"
                  cj worker correct ASH-01 al3 --reopen --reason "Sam has not left after all"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The allocation's id (see `cj case show`).") var allocationID: String
        @Option(help: ArgumentHelp("The social worker's name as it should be.", valueName: "name")) var name: String?
        @Option(help: ArgumentHelp("Their first day on the case.", valueName: "YYYY-MM-DD")) var from: CalendarDate?
        @Option(help: ArgumentHelp("The first day they no longer held it.", valueName: "YYYY-MM-DD")) var to: CalendarDate?
        @Flag(help: "Withdraw the allocation: it was recorded in error.") var withdraw = false
        @Flag(help: "Take back an end recorded in error: the worker still holds the case.") var reopen = false
        @Option(help: ArgumentHelp("Why it was wrong.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if withdraw && (name != nil || from != nil || to != nil || reopen) {
                throw ValidationError("Give --withdraw on its own, or the fields to put right.")
            }
        }

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                withdraw
                    ? try value.withdrawRecord(allocationID, reason: reason, by: author, on: .today(), allowed: [.allocation])
                    : try value.correctAllocation(allocationID, worker: name, from: from, to: to, reopen: reopen, reason: reason, by: author,
                                                  on: .today())
            }
        }
    }
}
