import ArgumentParser
import CaseJourney

extension CJ.VisitGroup {
    struct Overdue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "overdue",
            abstract: "List every child on a plan who has not been seen when they should have been.",
            discussion: """
                One row per child (not per family), most overdue first. A visit where a child was \
                not seen, or was left out ("not recorded"), does not restart their clock; NOT \
                SEEN ON THE LATEST VISITS shows such visits since the child was last seen, with \
                the reasons the worker gave. A child not seen on several visits in a row (2 by \
                default; the team's visits.alertAfterVisitsNotSeen) is listed even when not yet \
                due. A baby not yet born is seen through their mother. With \
                --within N, children due in the next N working days are listed too, as "due soon". \
                A case with no social worker shows "unallocated". A damaged case file is named on \
                standard error and the command exits 65 (74 for one that cannot be opened at \
                all), after listing the others.

                Examples:
                  cj visit overdue --as-of 2026-11-23
                  cj visit overdue --worker "Sam Okafor" --within 5
                  cj visit overdue --format csv > overdue.csv
                """)

        @Option(help: ArgumentHelp("Also list children due in the next N working days.", valueName: "N"))
        var within: Int?

        @Option(help: ArgumentHelp("Only cases held by this social worker; unallocated for the cases nobody holds.", valueName: "name"))
        var worker: String?

        @Option(help: "table, json or csv.") var format: ListFormat = .table
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if let within, !(0...Interval.largest(.workingDays)).contains(within) {
                throw ValidationError("--within must be from 0 to \(Interval.largest(.workingDays)) working days.")
            }
        }

        func run() throws {
            let store = storeOptions.caseStore
            try Output.storeReport(store, question: try store.overdueQuestion(asOf: asOf.date, within: within), as: format, worker: worker) {
                try store.overdueVisits(asOf: asOf.date, within: within, worker: worker)
            } table: { answer in
                OverdueText.table(answer.rows, report: OverdueVisitsReport(asOf: asOf.date, within: within))
            }
        }
    }
}

/// How overdue rows are shown as a table.
enum OverdueText {
    static func table(_ rows: [OverdueVisit], report: OverdueVisitsReport) -> String {
        guard !rows.isEmpty else {
            return report.within == nil
                ? "No child is overdue a visit as of \(report.asOf)."
                : "No child is overdue or due a visit in the next \(report.within!) working days as of \(report.asOf)."
        }
        let tracksSeenAlone = rows.contains { $0.seenAloneExpectation != nil }
        let showsNotSeen = rows.contains { !$0.missedInARow.isEmpty }
        var headers = ["CASE", "CHILD", "WORKER", "PLAN", "LAST SEEN", "DUE", "OVERDUE"]
        if tracksSeenAlone { headers += ["LAST SEEN ALONE", "SEEN ALONE DUE"] }
        var table = TextTable(headers: headers + ["EXPECTATION"] + (showsNotSeen ? ["NOT SEEN ON THE LATEST VISITS"] : []))
        table.rows = rows.map { row in
            var cells = [row.caseId, row.childName + (row.beforeBirth ? " (not born yet)" : ""), row.worker ?? "unallocated",
                         row.planType.shortName.uppercased(),
                         (row.beforeBirth ? "mother " : "") + (row.lastSeen?.description ?? "never"),
                         row.due.description, describe(row.status, row.workingDaysOverdue, dueToday: row.due == report.asOf)]
            if tracksSeenAlone {
                cells.append(row.lastSeenAlone?.description ?? "never")
                cells.append(row.seenAloneDue.map { due in
                    let late = row.seenAloneWorkingDaysOverdue ?? 0
                    return late > 0 ? "\(due), \(late) late" : due.description
                } ?? "not expected")
            }
            return cells + [row.expectation] + (showsNotSeen ? [notSeen(row)] : [])
        }
        let overdueCount = rows.filter { $0.status == .overdue }.count
        var summary = "\(overdueCount) overdue"
        if report.within != nil {
            let soon = rows.filter { $0.status == .dueSoon }
            let today = soon.count { $0.due == report.asOf }
            summary += ", \(soon.count) due soon" + (today > 0 ? " (\(today) of them today)" : "")
        }
        let aloneCount = rows.filter { ($0.seenAloneWorkingDaysOverdue ?? 0) > 0 }.count
        if tracksSeenAlone { summary += ", \(aloneCount) not seen alone when they should have been" }
        let alertCount = rows.filter(\.notSeenAlert).count
        if alertCount > 0 { summary += ", \(alertCount) not seen on visit after visit" }
        return table.render() + "\n" + summary + " as of \(report.asOf)"
    }

    /// "2026-11-16 (asleep)", or at the team's alert "ALERT 2 in a row: 2026-11-02 (at his
    /// grandmother's); 2026-11-16 (asleep)".
    private static func notSeen(_ row: OverdueVisit) -> String {
        let visits = row.missedInARow.map(\.description).joined(separator: "; ")
        guard row.missedInARow.count > 1 else { return visits }
        return (row.notSeenAlert ? "ALERT " : "") + "\(row.missedInARow.count) in a row: " + visits
    }

    private static func describe(_ status: OverdueVisit.Status, _ workingDays: Int, dueToday: Bool) -> String {
        switch status {
        case .overdue: "\(workingDays) working day\(workingDays == 1 ? "" : "s")"
        case .dueSoon: dueToday ? "due today" : "due soon"
        case .notSeenOnVisits: "not yet"
        case .notDue: "no"
        }
    }
}
