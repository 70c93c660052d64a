/// A worry (what harm is feared) or a strength (what is going well) written into a plan.
///
/// Kept as the worker wrote it, with who recorded it and on which day; never edited.
public struct PlanStatement: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    public var plan: String
    public var text: String
    public var date: CalendarDate
    public var by: String
    /// For a worry about the past: when it stopped applying, and what has changed since. A
    /// historic worry is shown apart from current ones, in the past tense, never as if it were
    /// happening now.
    public var historic: HistoricWorry?

    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(id: String, plan: String, text: String, date: CalendarDate, by: String) {
        self.id = id
        self.plan = plan
        self.text = text
        self.date = date
        self.by = by
    }
}

/// A worry that belongs to the past (before the mother left the abuser, say).
public struct HistoricWorry: Codable, Sendable, Equatable {
    /// The last day it applied.
    public var until: CalendarDate
    /// What has changed since, in plain words.
    public var changedSince: String

    public init(until: CalendarDate, changedSince: String) {
        self.until = until
        self.changedSince = changedSince
    }
}
