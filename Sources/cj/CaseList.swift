import ArgumentParser
import CaseJourney

extension CJ.CaseGroup {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the cases in the store.",
            discussion: """
                A damaged case file is named on standard error and the command exits 65 (74 for \
                a file that cannot be opened at all), but the other cases are still listed.

                Examples:
                  cj case list
                  cj case list --format json
                """)

        @Option(help: "table, json or csv.")
        var format: ListFormat = .table

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            try Output.storeReport(store, question: store.overviewQuestion(), as: format) {
                try store.overview()
            } table: { answer in
                guard !answer.rows.isEmpty else { return "No cases in \(store.path)." }
                var table = TextTable(headers: ["CASE", "FAMILY", "WORKER", "CHILDREN", "OPEN PLANS", "REVISION"])
                table.rows = answer.rows.map(cells)
                return table.render() + "\n\(answer.rows.count) case\(answer.rows.count == 1 ? "" : "s")"
            }
        }

        private func cells(_ overview: CaseOverview) -> [String] {
            [overview.caseId, overview.familyName, overview.worker ?? "unallocated", "\(overview.children)",
             overview.openPlans.isEmpty ? "none" : overview.openPlans.joined(separator: "; "), "\(overview.revision)"]
        }
    }
}
