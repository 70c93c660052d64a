/// One row of the overdue list: a child on a plan who has not been seen when they should have
/// been (or is due soon), or, where the team tracks it, has not been seen alone.
public struct OverdueVisit: Codable, Sendable, Equatable {
    public var caseId: String
    public var childId: String
    public var childName: String
    public var worker: String?
    /// `child-protection` or `child-in-need`.
    public var planType: PlanType
    public var lastSeen: CalendarDate?
    public var lastSeenAlone: CalendarDate?
    /// When the child's next visit is due.
    public var due: CalendarDate
    /// Working days after `due` up to and including the as-of date; 0 when not yet overdue.
    public var workingDaysOverdue: Int
    /// `overdue`, `due soon`, or `not due` (listed only because they need seeing alone).
    public var status: Status
    /// "every 10 working days", with who set it and why when a professional did.
    public var expectation: String
    /// When the child should next be seen alone; nil when the team does not track it.
    public var seenAloneDue: CalendarDate?
    /// Working days the child is overdue being seen alone (0 when not); nil when not tracked.
    public var seenAloneWorkingDaysOverdue: Int?
    /// "every 20 working days", or "not expected (set by ...: reason)"; nil when not tracked.
    public var seenAloneExpectation: String?
    /// The latest visit to the family, and the child's line on it, when the child was not seen
    /// on it: `not-seen`, or `not-recorded` when the worker did not say.
    public var lastVisit: CalendarDate?
    public var lastVisitOutcome: SightingOutcome?
    /// True for a child not yet born, seen through their mother.
    public var beforeBirth: Bool
    /// The latest visits in a row on which the child was not seen, oldest first, with reasons.
    public var missedInARow: [MissedSighting] = []
    /// True when `missedInARow` reaches the team's alert (`visits.alertAfterVisitsNotSeen`).
    public var notSeenAlert = false
    /// When the visit fell due while nobody held the case: the first day of that gap. The
    /// missed visit belongs to the gap, not to the worker who had left.
    public var dueWhileUnallocated: CalendarDate?

    public enum Status: String, Codable, Sendable {
        case overdue
        case dueSoon = "due soon"
        /// Not yet due, but not seen on the team's alert number of visits in a row.
        case notSeenOnVisits = "not seen on visits"
        case notDue = "not due"
    }

}

/// The team manager's morning list: one row per child on an active plan whose next visit is
/// overdue (or, with `within`, due in the next N working days), most overdue first. Where the
/// team tracks seeing children alone, a child overdue for that is listed too, and so is a child
/// not seen on the team's alert number of visits in a row, even when the next visit is not due.
public struct OverdueVisitsReport: Sendable {
    public var asOf: CalendarDate
    /// Also list children due in the next N working days, as "due soon".
    public var within: Int?

    public init(asOf: CalendarDate, within: Int? = nil) {
        self.asOf = asOf
        self.within = within
    }

    public func rows(for value: Case, schedule: VisitSchedule) -> [OverdueVisit] {
        let holder = value.worker(on: asOf)
        let horizon = within.map { schedule.calendar.adding(workingDays: $0, to: asOf) }
        func overdueBy(_ due: CalendarDate) -> Int {
            due < asOf ? schedule.calendar.workingDays(after: due, through: asOf) : 0
        }
        return schedule.statuses(in: value, asOf: asOf).compactMap { status in
            let visitOverdue = status.visitsDue < asOf
            let visitSoon = horizon.map { status.visitsDue <= $0 } ?? false
            let aloneOverdue = status.seenAloneDue.map { $0 < asOf } ?? false
            let notSeenAlert = status.missedInARow.count >= schedule.defaults.alertAfterVisitsNotSeen
            guard visitOverdue || visitSoon || aloneOverdue || notSeenAlert else { return nil }
            return OverdueVisit(
                caseId: value.caseId, childId: status.child.id, childName: status.child.name, worker: holder,
                planType: status.plan.type, lastSeen: status.lastSeen, lastSeenAlone: status.lastSeenAlone,
                due: status.visitsDue, workingDaysOverdue: overdueBy(status.visitsDue),
                status: visitOverdue ? .overdue : visitSoon ? .dueSoon : notSeenAlert ? .notSeenOnVisits : .notDue,
                expectation: status.visits.description,
                seenAloneDue: status.seenAloneDue, seenAloneWorkingDaysOverdue: status.seenAloneDue.map(overdueBy),
                seenAloneExpectation: status.seenAlone?.description
                    ?? status.seenAloneNotExpected.map { "not expected (set by \($0.setBy) on \($0.setOn): \($0.reason))" },
                lastVisit: status.latestVisit.flatMap { $0.outcome.countsAsSeen ? nil : $0.date },
                lastVisitOutcome: status.latestVisit.flatMap { $0.outcome.countsAsSeen ? nil : $0.outcome },
                beforeBirth: status.beforeBirth, missedInARow: status.missedInARow, notSeenAlert: notSeenAlert,
                dueWhileUnallocated: visitOverdue ? value.unallocatedPeriod(on: status.visitsDue, asOf: asOf)?.from : nil)
        }
    }

    /// Most overdue first (then most overdue being seen alone); then earliest due; then by case
    /// and child.
    public static func sorted(_ rows: [OverdueVisit]) -> [OverdueVisit] {
        rows.sorted {
            ($1.workingDaysOverdue, $1.seenAloneWorkingDaysOverdue ?? 0, $0.due.dayNumber, $0.caseId, $0.childName)
                < ($0.workingDaysOverdue, $0.seenAloneWorkingDaysOverdue ?? 0, $1.due.dayNumber, $1.caseId, $1.childName)
        }
    }
}

extension Case {
    /// The social worker who held the case on `date`.
    public func worker(on date: CalendarDate) -> String? {
        allocations.inForce.last { $0.covers(date) }?.worker
    }
}
