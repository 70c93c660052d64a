/// Help a family member was referred to: who provides it and what for, how long it took to be
/// accepted and to start, each session and who missed it, and how it ended. A provider's no-show
/// is the provider's, never the family's.
public struct ServiceReferral: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    /// Who the help is for (a person in the family).
    public var person: String
    /// The service that provides it ("Northtown Counselling").
    public var provider: String
    /// What it is for ("Counselling after domestic abuse").
    public var purpose: String
    /// The plan's actions that need this help (a course the parent must attend), by id.
    public var actions: [String]?
    public var referred: CalendarDate
    public var accepted: CalendarDate?
    public var started: CalendarDate?
    public var ended: CalendarDate?
    public var endReason: ServiceEndReason?
    /// In the worker's words: why it ended, or what is known.
    public var note: String?
    public var sessions: [ServiceSession]?
    /// Whether the help carries on after the plan ends: nil until someone says.
    public var continuesAfterPlan: Bool?
    public var by: String
    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(id: String, person: String, provider: String, purpose: String, referred: CalendarDate, by: String) {
        self.id = id
        self.person = person
        self.provider = provider
        self.purpose = purpose
        self.referred = referred
        self.by = by
    }

    /// Started and not ended by `day`.
    public func isRunning(on day: CalendarDate) -> Bool {
        (started.map { $0 <= day } ?? false) && (ended.map { $0 > day } ?? true)
    }
}

/// One session of a service, and who (if anyone) missed it.
public struct ServiceSession: Codable, Sendable, Equatable {
    public var date: CalendarDate
    public var outcome: SessionOutcome
    public var note: String?

    public init(date: CalendarDate, outcome: SessionOutcome, note: String? = nil) {
        self.date = date
        self.outcome = outcome
        self.note = note
    }
}

public enum SessionOutcome: String, Choice {
    case held
    /// The family member did not come.
    case missedByFamily = "missed-by-family"
    case cancelledByFamily = "cancelled-by-family"
    /// The provider called it off.
    case cancelledByProvider = "cancelled-by-provider"
    /// The provider did not turn up.
    case providerDidNotAttend = "provider-did-not-attend"

    public var isProvidersFailure: Bool { self == .cancelledByProvider || self == .providerDidNotAttend }

    public var displayName: String {
        switch self {
        case .held: "held"
        case .missedByFamily: "missed by the family"
        case .cancelledByFamily: "cancelled by the family"
        case .cancelledByProvider: "cancelled by the provider"
        case .providerDidNotAttend: "the provider did not come"
        }
    }
}

public enum ServiceEndReason: String, Choice {
    /// The work was finished.
    case completed
    case familyStopped = "family-stopped"
    /// The provider stopped it (a new worker, a closed service).
    case providerStopped = "provider-stopped"
    /// The money ran out.
    case funding
    case planEnded = "plan-ended"
    case other

    /// Help that stopped for the provider's reasons, not because it was done or the family chose.
    public var isProvidersDoing: Bool { self == .providerStopped || self == .funding }

    public var displayName: String {
        switch self {
        case .completed: "completed"
        case .familyStopped: "stopped by the family"
        case .providerStopped: "stopped by the provider"
        case .funding: "stopped: no funding"
        case .planEnded: "stopped when the plan ended"
        case .other: "ended"
        }
    }
}

/// How long a team expects a service to take to accept a referral and to start.
public struct ServiceSettings: Codable, Sendable, Equatable {
    public var acceptWithin = Interval(count: 10, unit: .workingDays)
    public var startWithin = Interval(count: 20, unit: .workingDays)

    public init() {}

    private enum CodingKeys: String, CodingKey { case acceptWithin, startWithin }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = ServiceSettings()
        acceptWithin = try container.decodeIfPresent(Interval.self, forKey: .acceptWithin) ?? defaults.acceptWithin
        startWithin = try container.decodeIfPresent(Interval.self, forKey: .startWithin) ?? defaults.startWithin
    }
}
