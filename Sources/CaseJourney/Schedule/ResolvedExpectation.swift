/// The expectation in force for one child, and where it came from.
public struct ResolvedExpectation: Sendable, Equatable {
    public var interval: Interval
    /// The professional's override in force, or nil for the team default.
    public var override: ExpectationOverride?

    /// "every 10 working days" or "every 5 working days (set by Ruth Bell on 2026-11-02: newborn)".
    public var description: String {
        guard let override else { return interval.description }
        return "\(interval.description) (set by \(override.setBy) on \(override.setOn): \(override.reason))"
    }
}
