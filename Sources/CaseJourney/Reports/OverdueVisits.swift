/// One row of the overdue list: a child who has not been seen (or seen alone) when they should
/// have been, or who is due soon.
public struct OverdueVisit: Codable, Sendable, Equatable {
    public var caseId: String
    public var childId: String
    public var childName: String
    public var worker: String?
    /// `child-protection` or `child-in-need`.
    public var planType: PlanType
    public var lastSeen: CalendarDate?
    public var lastSeenAlone: CalendarDate?
    /// `visit` (the child must be seen) or `seen-alone` (the child must be seen alone).
    public var kind: ExpectationKind
    public var due: CalendarDate
    /// Working days after `due` up to and including the as-of date; 0 for a row that is due soon.
    public var workingDaysOverdue: Int
    /// `overdue` or `due soon`.
    public var status: Status
    /// "every 10 working days", with the reason when a professional set it.
    public var expectation: String

    public enum Status: String, Codable, Sendable {
        case overdue
        case dueSoon = "due soon"
    }

    // Encode absent dates and workers as null so every row has every key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(caseId, forKey: .caseId)
        try container.encode(childId, forKey: .childId)
        try container.encode(childName, forKey: .childName)
        try container.encode(worker, forKey: .worker)
        try container.encode(planType, forKey: .planType)
        try container.encode(lastSeen, forKey: .lastSeen)
        try container.encode(lastSeenAlone, forKey: .lastSeenAlone)
        try container.encode(kind, forKey: .kind)
        try container.encode(due, forKey: .due)
        try container.encode(workingDaysOverdue, forKey: .workingDaysOverdue)
        try container.encode(status, forKey: .status)
        try container.encode(expectation, forKey: .expectation)
    }
}

/// The team manager's morning list: every child on an active plan whose next visit is overdue
/// (or, with `within`, due in the next N working days), one row per child, most overdue first.
public struct OverdueVisitsReport: Sendable {
    public var asOf: CalendarDate
    /// Also list children due in the next N working days, as "due soon".
    public var within: Int?
    /// Only cases held by this worker (case-insensitive).
    public var worker: String?

    public init(asOf: CalendarDate, within: Int? = nil, worker: String? = nil) {
        self.asOf = asOf
        self.within = within
        self.worker = worker
    }

    public func rows(for value: Case, schedule: VisitSchedule) -> [OverdueVisit] {
        let holder = value.worker(on: asOf)
        if let worker, holder?.lowercased() != worker.lowercased() { return [] }
        let horizon = within.map { schedule.calendar.adding(workingDays: $0, to: asOf) }
        var rows: [OverdueVisit] = []
        for status in schedule.statuses(in: value, asOf: asOf) {
            var checks: [(ExpectationKind, CalendarDate, ResolvedExpectation)] = [(.visits, status.visitsDue, status.visits)]
            if let due = status.seenAloneDue, let expectation = status.seenAlone {
                checks.append((.seenAlone, due, expectation))
            }
            for (kind, due, expectation) in checks {
                let overdue = due < asOf
                guard overdue || horizon.map({ due <= $0 }) == true else { continue }
                rows.append(OverdueVisit(
                    caseId: value.caseId, childId: status.child.id, childName: status.child.name, worker: holder,
                    planType: status.plan.type, lastSeen: status.lastSeen, lastSeenAlone: status.lastSeenAlone,
                    kind: kind, due: due,
                    workingDaysOverdue: overdue ? schedule.calendar.workingDays(after: due, through: asOf) : 0,
                    status: overdue ? .overdue : .dueSoon, expectation: expectation.description))
            }
        }
        return rows
    }

    /// Most overdue first; then earliest due; then by case and child.
    public static func sorted(_ rows: [OverdueVisit]) -> [OverdueVisit] {
        rows.sorted {
            ($1.workingDaysOverdue, $0.due.dayNumber, $0.caseId, $0.childName, $0.kind.rawValue)
                < ($0.workingDaysOverdue, $1.due.dayNumber, $1.caseId, $1.childName, $1.kind.rawValue)
        }
    }
}

extension Case {
    /// The social worker who held the case on `date`.
    public func worker(on date: CalendarDate) -> String? {
        allocations.last { $0.from <= date && ($0.to.map { date < $0 } ?? true) }?.worker
    }
}
