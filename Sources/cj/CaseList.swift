import ArgumentParser
import CaseJourney

extension CJ.CaseGroup {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the cases in the store.",
            discussion: """
                A case file that cannot be read is named on standard error and the command exits \
                65, but the other cases are still listed.

                Examples:
                  cj case list
                  cj case list --format json
                """)

        @Option(help: "table, json or csv.")
        var format: ListFormat = .table

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            let answer = try store.overview()
            Output.report(answer.rows, as: format) {
                guard !answer.rows.isEmpty else { return "No cases in \(store.path)." }
                var table = TextTable(headers: ["CASE", "FAMILY", "WORKER", "CHILDREN", "OPEN PLANS", "REVISION"])
                table.rows = answer.rows.map(cells)
                return table.render() + "\n\(answer.rows.count) case\(answer.rows.count == 1 ? "" : "s")"
            }
            try Output.reportUnreadable(answer.unreadable)
        }

        private func cells(_ overview: CaseOverview) -> [String] {
            [overview.caseId, overview.familyName, overview.worker ?? "unallocated", "\(overview.children)",
             overview.openPlans.isEmpty ? "none" : overview.openPlans.joined(separator: "; "), "\(overview.revision)"]
        }
    }
}

extension Output {
    /// Names each unreadable case file on standard error; exits 65 if there were any.
    static func reportUnreadable(_ failures: [CaseJourneyError]) throws {
        guard !failures.isEmpty else { return }
        for failure in failures { error(failure.errorDescription ?? "\(failure)") }
        throw ExitCode(65)
    }
}
