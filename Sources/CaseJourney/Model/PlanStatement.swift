/// A worry (what harm is feared) or a strength (what is going well) written into a plan.
///
/// Kept as the worker wrote it, with who recorded it and on which day; never edited.
public struct PlanStatement: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    public var plan: String
    public var text: String
    public var date: CalendarDate
    public var by: String

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
