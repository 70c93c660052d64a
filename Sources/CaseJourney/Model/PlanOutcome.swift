/// What needs to change, written as behaviour ("the children have breakfast every school day"),
/// not as an activity ("attend a course"). Actions hang off an outcome.
public struct PlanOutcome: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    public var plan: String
    public var text: String
    public var date: CalendarDate
    public var by: String
    /// Why it was added; required when it was added after the plan's first day, so a new goal
    /// never appears without an explanation.
    public var reason: String?

    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(id: String, plan: String, text: String, date: CalendarDate, by: String, reason: String? = nil) {
        self.id = id
        self.plan = plan
        self.text = text
        self.date = date
        self.by = by
        self.reason = reason
    }
}
