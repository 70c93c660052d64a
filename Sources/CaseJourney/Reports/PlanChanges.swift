/// `cj plan changes`: what was added to a plan, changed, deferred or dropped over a period, and
/// why. Without a start day, the period starts the day after the plan's last conference, so a
/// family can see how the plan moved since they last sat round the table.
public struct PlanChanges: Sendable {
    public var plan: Plan
    /// The first day counted.
    public var from: CalendarDate
    /// "the review conference on 2026-09-21", "the plan started on 2026-06-22", "2026-10-01".
    public var since: String
    public var changes: [PlanChange]

    public init(plan reference: String?, since: CalendarDate?, in recorded: Case, asOf: CalendarDate) throws(CaseJourneyError) {
        let value = recorded.inForce
        let plan = try value.planForReport(reference)
        self.plan = plan
        if let since {
            from = since
            self.since = since.description
        } else if let last = value.conferences.filter({ $0.plan == plan.id && $0.isHeld && $0.date <= asOf }).max(by: { $0.date < $1.date }) {
            from = last.date.adding(days: 1)
            self.since = "the \(last.title) on \(last.date)"
        } else {
            from = plan.start.adding(days: 1)
            self.since = "the plan started on \(plan.start)"
        }
        let window = from...max(asOf, from)
        var changes: [PlanChange] = []
        for outcome in value.outcomes where outcome.plan == plan.id && window.contains(outcome.date) {
            changes.append(PlanChange(date: outcome.date, id: outcome.id, kind: .added, what: outcome.text, who: nil, due: nil,
                                      change: "outcome added", reason: outcome.reason, by: outcome.by, eventIndex: nil))
        }
        // A worry or strength reworded moves the goal posts as surely as a changed action.
        for (noun, statements) in [("worry", value.worries), ("strength", value.strengths)] {
            for statement in statements where statement.plan == plan.id {
                for correction in statement.correctionList where window.contains(correction.date) {
                    for change in correction.changes where change.field == "text" {
                        changes.append(PlanChange(date: correction.date, id: statement.id, kind: .changed, what: change.now ?? "",
                                                  who: nil, due: nil, change: "\(noun) reworded from \"\((change.was ?? "").oneLine)\"",
                                                  reason: correction.reason, by: correction.by, eventIndex: nil))
                    }
                }
            }
        }
        for action in value.actions where action.plan == plan.id {
            for step in action.steps where step.event.kind.needsReasonAfterStart && window.contains(step.event.date) {
                changes.append(PlanChange(
                    date: step.event.date, id: action.id, kind: step.event.kind, what: step.after.text,
                    who: value.name(of: step.after.owners), due: step.after.due,
                    change: "action " + ActionChangeText.describe(step, in: value), reason: step.event.reason, by: step.event.by,
                    eventIndex: action.history.firstIndex(of: step.event)))
            }
        }
        self.changes = changes.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
}

/// One change to a plan: an outcome or action added, or an action changed, deferred or dropped.
public struct PlanChange: Codable, Sendable, Equatable {
    public var date: CalendarDate
    /// The outcome or action id.
    public var id: String
    public var kind: ActionEventKind
    /// The outcome or action as it read after the change.
    public var what: String
    /// Who the action is for; nil for an outcome.
    public var who: String?
    public var due: CalendarDate?
    /// "action deferred from 2026-09-30 to 2026-11-13", "outcome added".
    public var change: String
    public var reason: String?
    public var by: String
    /// For an action: the position of the event in its history (not written out).
    public var eventIndex: Int?

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(what, forKey: .what)
        try container.encode(who, forKey: .who)
        try container.encode(due, forKey: .due)
        try container.encode(change, forKey: .change)
        try container.encode(reason, forKey: .reason)
        try container.encode(by, forKey: .by)
    }
}

extension Case {
    /// For reports about one plan: the plan named, else the only open plan, else the latest plan.
    public func planForReport(_ reference: String?) throws(CaseJourneyError) -> Plan {
        if reference == nil && openPlans.isEmpty, let latest = plans.last { return latest }
        return try planFor(reference, child: nil)
    }
}
