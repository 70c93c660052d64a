/// How safe the children are, on a scale from 0 (the children are not safe) to 10 (safe enough
/// for the plan to end), on one day, with who rated and why. Ratings are added, never edited, so
/// the first and the latest can be shown side by side.
public struct RiskRating: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public static let scale = 0...10

    public var id: String
    public var plan: String
    public var date: CalendarDate
    public var score: Int
    /// Who gave the rating: a worker, a conference, or a parent giving their own.
    public var ratedBy: String
    public var reason: String

    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(id: String, plan: String, date: CalendarDate, score: Int, ratedBy: String, reason: String) {
        self.id = id
        self.plan = plan
        self.date = date
        self.score = score
        self.ratedBy = ratedBy
        self.reason = reason
    }
}
