import ArgumentParser
import CaseJourney

extension CJ.CaseGroup {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
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
    /// Names each unreadable case file on standard error, then exits as a command reading only
    /// that case would (65 for a damaged file, 74 for one that cannot be read at all).
    static func reportUnreadable(_ failures: [CaseJourneyError]) throws {
        guard let worst = failures.exitCode else { return }
        for failure in failures { error(failure.errorDescription ?? "\(failure)") }
        throw ExitCode(worst)
    }
}
