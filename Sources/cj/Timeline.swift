import ArgumentParser
import CaseJourney

extension CJ {
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeline",
            abstract: "Print a family's journey in date order.",
            discussion: """
                Workers, strategy discussions, conferences and their decisions, reports and how \
                late they reached the parents, plans starting and ending, core groups, visits, \
                risk ratings, and every change to the plan with its reason. This is the \
                worker's view and may hold what is kept from a parent: for a parent, use \
                `cj plan summary --for`.

                Examples:
                  cj timeline ASH-01
                  cj timeline ASH-01 --format json
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: "text or json.") var format: DocumentFormat = .text
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            let value = try store.read(caseID)
            let entries = CaseTimeline(settings: try store.settings()).entries(for: value)
            if format == .json {
                try Output.json(entries)
                return
            }
            guard !entries.isEmpty else {
                Output.line("Nothing dated has been recorded for case \(caseID) yet.")
                return
            }
            Output.line("The \(value.familyName) family's journey (case \(value.caseId))")
            var previous: CalendarDate?
            for entry in entries {
                let day = entry.date == previous ? String(repeating: " ", count: 10) : entry.date.description
                Output.line("\(day)  \(entry.text)")
                previous = entry.date
            }
        }
    }
}
