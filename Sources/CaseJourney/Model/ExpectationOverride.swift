/// A professional's decision that a plan, or one child on it, should be seen more or less often
/// than the team default, with who decided, when and why.
///
/// Overrides are appended, never edited: the latest one for a plan and child is the one in
/// force. One whose `interval` is nil returns to the default, unless `notExpected` says the
/// thing is not expected at all (a baby is not seen alone).
public struct ExpectationOverride: Codable, Sendable, Equatable {
    public var id: String
    public var what: ExpectationKind
    /// The plan this applies to.
    public var plan: String
    /// The child it applies to; nil for every child on the plan.
    public var child: String?
    /// Nil means "back to the team default" (or, with `notExpected`, "not expected").
    public var interval: Interval?
    /// True when professionals decided this is not expected for the child at all.
    public var notExpected: Bool?
    public var reason: String
    public var setBy: String
    public var setOn: CalendarDate

    public init(
        id: String, what: ExpectationKind, plan: String, child: String?, interval: Interval?,
        notExpected: Bool? = nil, reason: String, setBy: String, setOn: CalendarDate
    ) {
        self.id = id
        self.what = what
        self.plan = plan
        self.child = child
        self.interval = interval
        self.notExpected = notExpected
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
