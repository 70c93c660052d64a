/// A professional's decision that a plan, or one child on it, should be seen more or less often
/// than the team default, with who decided, when and why.
///
/// Overrides are appended, never edited: the latest one for a plan and child is the one in
/// force, and an override whose `interval` is nil returns to the default.
public struct ExpectationOverride: Codable, Sendable, Equatable {
    public var id: String
    public var what: ExpectationKind
    /// The plan this applies to.
    public var plan: String
    /// The child it applies to; nil for every child on the plan.
    public var child: String?
    /// Nil means "back to the team default".
    public var interval: Interval?
    public var reason: String
    public var setBy: String
    public var setOn: CalendarDate

    public init(
        id: String, what: ExpectationKind, plan: String, child: String?, interval: Interval?,
        reason: String, setBy: String, setOn: CalendarDate
    ) {
        self.id = id
        self.what = what
        self.plan = plan
        self.child = child
        self.interval = interval
        self.reason = reason
        self.setBy = setBy
        self.setOn = setOn
    }
}

public enum ExpectationKind: String, Choice {
    /// How often the child is seen at all.
    case visits
    /// How often the child is seen alone.
    case seenAlone = "seen-alone"
}
