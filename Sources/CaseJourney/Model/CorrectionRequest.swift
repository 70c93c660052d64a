/// Someone asks for a record to be put right: a caution recorded as a conviction, a date that is
/// wrong. The request stays open until a worker corrects the record (and accepts the request) or
/// declines it with a reason, so a parent's request never simply goes nowhere.
public struct CorrectionRequest: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    /// The day they asked.
    public var date: CalendarDate
    /// Who asked: a person in the family, a professional, or "Name (Agency)".
    public var from: Participant
    /// The record they say is wrong, by id.
    public var record: String
    /// What they say is wrong, and what it should say, in their words.
    public var wrong: String
    public var shouldSay: String
    /// How many corrections the record had when they asked (for a visit, with the visits that
    /// replaced it): accepting needs one more.
    public var correctionsWhenAsked: Int?
    /// Who recorded the request.
    public var by: String
    public var answer: CorrectionAnswer?
    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(id: String, date: CalendarDate, from: Participant, record: String, wrong: String, shouldSay: String, by: String) {
        self.id = id
        self.date = date
        self.from = from
        self.record = record
        self.wrong = wrong
        self.shouldSay = shouldSay
        self.by = by
    }

    public var isOpen: Bool { answer == nil }
}

/// How a correction request was answered.
public struct CorrectionAnswer: Codable, Sendable, Equatable {
    /// True when the record was corrected as asked (or in part).
    public var accepted: Bool
    public var date: CalendarDate
    public var by: String
    /// Why: what was corrected, or why the record stands.
    public var reason: String
    /// For an accepted request, the day the record's correction was made.
    public var correctedOn: CalendarDate?

    public init(accepted: Bool, date: CalendarDate, by: String, reason: String, correctedOn: CalendarDate? = nil) {
        self.accepted = accepted
        self.date = date
        self.by = by
        self.reason = reason
        self.correctedOn = correctedOn
    }
}
