/// An initial or review child protection conference: scheduled first, its outcome recorded on or
/// after the day. A conference counts as held once its decision is recorded.
public struct Conference: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    public var kind: ConferenceKind
    public var date: CalendarDate
    /// The plan it reviews, or the plan it started.
    public var plan: String?
    public var chair: String?
    public var invited: [Participant]
    public var attended: [Participant]
    public var reports: [ConferenceReport]
    /// What the social worker recommended.
    public var recommendation: ConferenceDecision?
    public var decision: ConferenceDecision?
    /// Why the conference decided as it did; required when it differs from the recommendation.
    public var decisionReason: String?
    /// What the parents said about the decision, in their words.
    public var parentsView: String?
    public var minutesSent: CalendarDate?
    /// Set when the conference was called off; it stays on record and is no longer due.
    public var cancellation: Cancellation?
    /// Attendance, reports shared with each parent, the interpreter, help offered, the
    /// pre-meeting: what `cj conference check` looks at.
    public var fairness: ConferenceFairness?
    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(
        id: String, kind: ConferenceKind, date: CalendarDate, plan: String? = nil, chair: String? = nil,
        invited: [Participant] = [], attended: [Participant] = [], reports: [ConferenceReport] = [],
        recommendation: ConferenceDecision? = nil, decision: ConferenceDecision? = nil, decisionReason: String? = nil,
        parentsView: String? = nil, minutesSent: CalendarDate? = nil
    ) {
        self.id = id
        self.kind = kind
        self.date = date
        self.plan = plan
        self.chair = chair
        self.invited = invited
        self.attended = attended
        self.reports = reports
        self.recommendation = recommendation
        self.decision = decision
        self.decisionReason = decisionReason
        self.parentsView = parentsView
        self.minutesSent = minutesSent
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, date, plan, chair, invited, attended, reports, recommendation, decision, decisionReason
        case parentsView, minutesSent, cancellation, fairness, privateFrom, notForFamily, corrections, withdrawal
    }

    /// Lists that are empty may be left out of a hand-written file.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        kind = try container.decode(ConferenceKind.self, forKey: .kind)
        date = try container.decode(CalendarDate.self, forKey: .date)
        plan = try container.decodeIfPresent(String.self, forKey: .plan)
        chair = try container.decodeIfPresent(String.self, forKey: .chair)
        invited = try container.decodeList([Participant].self, forKey: .invited)
        attended = try container.decodeList([Participant].self, forKey: .attended)
        reports = try container.decodeList([ConferenceReport].self, forKey: .reports)
        recommendation = try container.decodeIfPresent(ConferenceDecision.self, forKey: .recommendation)
        decision = try container.decodeIfPresent(ConferenceDecision.self, forKey: .decision)
        decisionReason = try container.decodeIfPresent(String.self, forKey: .decisionReason)
        parentsView = try container.decodeIfPresent(String.self, forKey: .parentsView)
        minutesSent = try container.decodeIfPresent(CalendarDate.self, forKey: .minutesSent)
        cancellation = try container.decodeIfPresent(Cancellation.self, forKey: .cancellation)
        fairness = try container.decodeIfPresent(ConferenceFairness.self, forKey: .fairness)
        privateFrom = try container.decodeIfPresent([String].self, forKey: .privateFrom)
        notForFamily = try container.decodeIfPresent(Bool.self, forKey: .notForFamily)
        corrections = try container.decodeIfPresent([Correction].self, forKey: .corrections)
        withdrawal = try container.decodeIfPresent(Withdrawal.self, forKey: .withdrawal)
    }

    public var isHeld: Bool { decision != nil }

    public var isCancelled: Bool { cancellation != nil }

    /// Booked, not cancelled, and not yet recorded as held.
    public var isPending: Bool { !isHeld && !isCancelled }

    /// "initial conference", "review conference".
    public var title: String { "\(kind.rawValue) conference" }

    /// "an initial conference", "a review conference".
    public var titleWithArticle: String { kind.withArticle + " conference" }
}

public enum ConferenceKind: String, Choice {
    case initial
    case review

    /// "an initial", "a review".
    public var withArticle: String { self == .initial ? "an initial" : "a review" }
}

/// What a conference decides, or the social worker recommends, about the plan.
public enum ConferenceDecision: String, Choice, CustomStringConvertible {
    /// A child protection plan starts (initial conferences only).
    case start
    /// The plan continues (review conferences only).
    case `continue`
    /// The plan ends; at an initial conference, no plan is needed.
    case end
    /// The plan steps down to a child in need plan; at an initial conference, a child in need
    /// plan instead of a child protection plan.
    case stepDown = "step-down"

    public var description: String { rawValue }

    public func fits(_ kind: ConferenceKind) -> Bool {
        switch self {
        case .start: kind == .initial
        case .continue: kind == .review
        case .end, .stepDown: true
        }
    }

    /// "a child protection plan starts", "the plan continues", ...
    public func describe(at kind: ConferenceKind) -> String {
        switch (self, kind) {
        case (.start, _): "a child protection plan starts"
        case (.continue, _): "the plan continues"
        case (.end, .initial): "no child protection plan is needed"
        case (.end, .review): "the plan ends"
        case (.stepDown, .initial): "a child in need plan instead of a child protection plan"
        case (.stepDown, .review): "the plan steps down to a child in need plan"
        }
    }
}

/// A conference called off before it was held: who called it off, when and why.
public struct Cancellation: Codable, Sendable, Equatable {
    public var date: CalendarDate
    public var by: String
    public var reason: String

    public init(date: CalendarDate, by: String, reason: String) {
        self.date = date
        self.by = by
        self.reason = reason
    }
}

/// A report written for a conference: who wrote it, when it came in, and when the parents had it.
public struct ConferenceReport: Codable, Sendable, Equatable {
    public var id: String
    public var from: Participant
    public var received: CalendarDate?
    /// The day the parents were given it; checked against the team's expectation (by default at
    /// least 3 working days before the conference).
    public var sharedWithParents: CalendarDate?

    public init(id: String, from: Participant, received: CalendarDate? = nil, sharedWithParents: CalendarDate? = nil) {
        self.id = id
        self.from = from
        self.received = received
        self.sharedWithParents = sharedWithParents
    }
}
