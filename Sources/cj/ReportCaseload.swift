import ArgumentParser
import CaseJourney

extension CJ.ReportGroup {
    struct Caseload: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "caseload",
            abstract: "Each social worker's caseload: families, children on plans, overdue visits, changes of worker.",
            discussion: """
                One row per worker holding a case on the day, and a last row for open cases \
                nobody holds. CP and CIN count the children on child protection and child in \
                need plans; OVERDUE counts children whose visit is overdue; CHANGES counts new \
                workers taking over the worker's families in the last twelve months, and \
                3+ WORKERS names the families that had three or more workers in that time. \
                RE-REFERRED counts children referred again within 12 months of an earlier \
                referral, in the last twelve months; REPEAT PLAN counts children on a child \
                protection plan who were on one before. A \
                damaged case file is named on standard error and the command exits 65 after \
                listing the rest.

                Examples:
                  cj report caseload --as-of 2026-11-23
                  cj report caseload --format csv > caseload.csv
                """)

        @Option(help: "table, json or csv.") var format: ListFormat = .table
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let answer = try storeOptions.caseStore.caseload(asOf: asOf.date)
            try Output.report(answer.rows, as: format) {
                guard !answer.rows.isEmpty else { return "No open cases as of \(asOf.date)." }
                var table = TextTable(headers: ["WORKER", "FAMILIES", "CP", "CIN", "OVERDUE", "CHANGES", "3+ WORKERS", "RE-REFERRED", "REPEAT PLAN", "CASES"])
                table.rows = answer.rows.map { row in
                    [row.worker ?? "unallocated", "\(row.families)", "\(row.childrenOnChildProtectionPlans)",
                     "\(row.childrenOnChildInNeedPlans)", "\(row.childrenOverdueAVisit)", "\(row.changesOfWorker)",
                     row.familiesWithThreeOrMoreWorkers.joined(separator: ", "), "\(row.childrenReReferred)", "\(row.childrenOnRepeatPlans)",
                     row.caseIds.joined(separator: ", ")]
                }
                let families = answer.rows.map(\.families).reduce(0, +)
                return table.render() + "\n\(families) open famil\(families == 1 ? "y" : "ies") as of \(asOf.date); "
                    + "changes of worker and re-referrals (children referred again within 12 months) count the twelve months up to that day"
            }
            try Output.reportUnreadable(answer.unreadable)
        }
    }
}
