/// One attempt to reach an adult: a letter, a call, a text, a visit, a message through another
/// agency. Recorded whatever came of it, so "we wrote to him" and "he never answered" are facts
/// with dates, and an adult nobody tried to reach shows as such.
public struct ContactAttempt: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    public var date: CalendarDate
    /// The adult the worker tried to reach (a person id).
    public var person: String
    public var method: ContactMethod
    public var outcome: ContactOutcome
    /// The agency a message went through, for `message-via-agency`.
    public var via: String?
    /// What was said or arranged: for professionals.
    public var note: String?
    public var by: String
    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(id: String, date: CalendarDate, person: String, method: ContactMethod, outcome: ContactOutcome, by: String) {
        self.id = id
        self.date = date
        self.person = person
        self.method = method
        self.outcome = outcome
        self.by = by
    }
}

public enum ContactMethod: String, Choice {
    case letter, call, text, email, visit
    case messageViaAgency = "message-via-agency"

    public var displayName: String {
        switch self {
        case .letter: "letter"
        case .call: "phone call"
        case .text: "text message"
        case .email: "e-mail"
        case .visit: "visit"
        case .messageViaAgency: "message through another agency"
        }
    }
}

public enum ContactOutcome: String, Choice {
    /// The worker spoke with them (or they replied).
    case reached
    case noAnswer = "no-answer"
    case messageLeft = "message-left"
    /// The letter came back, the number is dead.
    case undelivered
    /// They answered and said they did not want to take part.
    case declined

    public var countsAsReached: Bool { self == .reached || self == .declined }

    public var displayName: String {
        switch self {
        case .reached: "reached"
        case .noAnswer: "no answer"
        case .messageLeft: "message left"
        case .undelivered: "undelivered"
        case .declined: "reached; declined"
        }
    }
}
