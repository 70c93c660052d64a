/// `cj due`: across the store, everything overdue or due within a number of working days
/// (visits, conferences, core groups, reports, minutes, notes, actions), plus plans that could
/// end sooner and the checks worth a look.
public struct Agenda: Sendable {
    public var asOf: CalendarDate
    /// Also list what is due in the next N working days, as "due soon".
    public var within: Int
    public let visits: VisitSchedule
    public let meetings: MeetingSchedule
    public let checks: CaseChecks
    public let conferenceCheck: ConferenceCheck

    public init(settings: StoreSettings, asOf: CalendarDate, within: Int) {
        self.asOf = asOf
        self.within = within
        visits = VisitSchedule(settings: settings)
        meetings = MeetingSchedule(settings: settings)
        checks = CaseChecks(settings: settings)
        conferenceCheck = ConferenceCheck(settings: settings)
    }

    /// The last day counted as "due soon".
    public var horizon: CalendarDate { meetings.calendar.adding(workingDays: within, to: asOf) }

    public func items(for recorded: Case) -> [DueItem] {
        let value = recorded.inForce
        let holder = value.worker(on: asOf)
        var rows = RowMaker(agenda: self, value: value, worker: holder)
        referralItems(&rows)
        allocationItems(&rows)
        visitItems(&rows)
        contactItems(&rows)
        handoverItems(&rows)
        serviceItems(&rows)
        agreementItems(&rows)
        meetingItems(&rows)
        fairnessItems(&rows)
        paperItems(&rows)
        actionItems(&rows)
        endingItems(&rows)
        for check in checks.checks(for: value, asOf: asOf) {
            rows.information(DueKind(check.kind), check.message, who: holder ?? "unallocated", due: nil,
                             plan: check.plan)
        }
        return rows.items
    }

    /// By section; within one, most overdue first, then earliest due, then by case.
    public static func sorted(_ items: [DueItem]) -> [DueItem] {
        // The numbers are worked out once per row, and the text compared only when they tie.
        let keys = items.map { ($0.kind.section.rawValue, -$0.workingDaysOverdue, $0.due?.dayNumber ?? Int.max) }
        return items.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            return (items[a].caseId, items[a].what) < (items[b].caseId, items[b].what)
        }.map { items[$0] }
    }

    /// A case with children on a plan and no social worker: a gap nobody should miss.
    private func allocationItems(_ rows: inout RowMaker) {
        let value = rows.value
        guard rows.worker == nil else { return }
        let onPlans = value.children.filter { child in value.plans.contains { $0.isActive(on: asOf) && $0.children.contains(child.id) } }
        guard !onPlans.isEmpty else { return }
        let ended = value.allocations.inForce.last { ($0.to ?? asOf.adding(days: 1)) <= asOf }
        let since = ended.map { " since \($0.to!)" + ($0.endReason.map { " (\($0))" } ?? " (\($0.worker)'s allocation ended)") } ?? ""
        rows.information(.unallocated, "No social worker holds the case\(since); "
            + Case.list(onPlans.map(\.firstName)) + " \(onPlans.count == 1 ? "is" : "are") on a plan. Allocate one with `cj worker assign`",
            who: "team manager", due: ended?.to, plan: nil)
    }

    /// One row per child to be seen, and another when they are also due to be seen alone.
    private func visitItems(_ rows: inout RowMaker) {
        let report = OverdueVisitsReport(asOf: asOf, within: within)
        for row in report.rows(for: rows.value, schedule: visits) {
            let plan = rows.value.openPlan(for: row.childId)?.id
            let who = row.worker ?? "unallocated"
            var last = row.lastSeen.map { "last seen \($0)" } ?? "never seen on a recorded visit"
            if row.beforeBirth { last = "not born yet; mother " + last }
            if let gap = row.dueWhileUnallocated {
                last += "; due while nobody held the case (unallocated from \(gap))"
            }
            if row.missedInARow.count > 1 {
                last += "; not seen on the last \(row.missedInARow.count) visits"
            } else if let outcome = row.lastVisitOutcome, let date = row.lastVisit {
                last += "; \(outcome.displayName) on the visit of \(date)"
            }
            rows.add(.visit, "See \(row.childName) (\(last); \(row.expectation))", who: who, due: row.due, plan: plan, ref: row.childId)
            if let due = row.seenAloneDue, let expectation = row.seenAloneExpectation {
                let lastAlone = row.lastSeenAlone.map { "last seen alone \($0)" } ?? "never seen alone on a recorded visit"
                rows.add(.seenAlone, "See \(row.childName) alone (\(lastAlone); \(expectation))", who: who, due: due, plan: plan,
                         ref: row.childId)
            }
            if row.notSeenAlert {
                let count = row.missedInARow.count
                rows.information(.childNotSeen, "\(row.childName) was not seen on the last \(count) visits in a row: "
                    + row.missedInARow.map(\.description).joined(separator: "; ")
                    + ". Arrange to see \(row.childName) where they will be (school, nursery, a relative's home)",
                    who: who, due: nil, plan: plan, ref: row.childId)
            }
        }
    }
}

/// Builds rows for one case, keeping those overdue or due by the horizon.
struct RowMaker {
    let agenda: Agenda
    let value: Case
    let worker: String?
    private(set) var items: [DueItem] = []

    init(agenda: Agenda, value: Case, worker: String?) {
        self.agenda = agenda
        self.value = value
        self.worker = worker
    }

    var workerName: String { worker ?? "unallocated" }

    mutating func add(_ kind: DueKind, _ what: String, who: String, due: CalendarDate, plan: String?, ref: String? = nil) {
        let overdue = due < agenda.asOf
        guard overdue || due <= agenda.horizon else { return }
        items.append(DueItem(
            caseId: value.caseId, familyName: value.familyName, worker: worker, kind: kind, what: what, who: who, due: due,
            workingDaysOverdue: overdue ? agenda.meetings.calendar.workingDays(after: due, through: agenda.asOf) : 0,
            status: overdue ? .overdue : .dueSoon, plan: plan, ref: ref))
    }

    mutating func information(_ kind: DueKind, _ what: String, who: String, due: CalendarDate?, plan: String?, ref: String? = nil) {
        items.append(DueItem(caseId: value.caseId, familyName: value.familyName, worker: worker, kind: kind, what: what, who: who,
                             due: due, workingDaysOverdue: 0, status: .information, plan: plan, ref: ref))
    }
}
