/// A written agreement signed with a family ("the father lives elsewhere; visits two hours a day,
/// supervised"): its terms, who agreed, the check-ins that review it, milestones towards ending
/// it, and each request for permission with how long the answer took. An agreement must not
/// quietly outlive its plan.
public struct WrittenAgreement: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    /// The plan it was made under, if any.
    public var plan: String?
    public var signed: CalendarDate
    /// The people in the family who agreed it (person ids).
    public var agreedBy: [String]
    public var terms: [String]
    public var checkIns: [AgreementCheckIn]?
    public var milestones: [AgreementMilestone]?
    public var permissionRequests: [PermissionRequest]?
    public var ended: CalendarDate?
    public var endReason: String?
    /// Why it stays in force after its plan ended (required, or the agenda flags it).
    public var keptAfterPlanBecause: String?
    public var by: String
    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(id: String, plan: String?, signed: CalendarDate, agreedBy: [String], terms: [String], by: String) {
        self.id = id
        self.plan = plan
        self.signed = signed
        self.agreedBy = agreedBy
        self.terms = terms
        self.by = by
    }

    public func isInForce(on day: CalendarDate) -> Bool { signed <= day && (ended.map { day < $0 } ?? true) }
}

public struct AgreementCheckIn: Codable, Sendable, Equatable {
    /// The day it is set for.
    public var date: CalendarDate
    public var held: CalendarDate?
    /// True when it did not happen; `reason` says why.
    public var missed: Bool?
    public var reason: String?

    public init(date: CalendarDate) {
        self.date = date
    }
}

public struct AgreementMilestone: Codable, Sendable, Equatable {
    public var text: String
    public var reached: CalendarDate?

    public init(text: String, reached: CalendarDate? = nil) {
        self.text = text
        self.reached = reached
    }
}

/// A family member asks to do something the agreement restricts ("Lee to come to the nursery's
/// nativity play").
public struct PermissionRequest: Codable, Sendable, Equatable {
    public var id: String
    public var asked: CalendarDate
    public var from: String
    public var what: String
    public var answered: CalendarDate?
    public var granted: Bool?
    public var reason: String?

    public init(id: String, asked: CalendarDate, from: String, what: String) {
        self.id = id
        self.asked = asked
        self.from = from
        self.what = what
    }
}

/// How soon a request for permission under a written agreement is answered.
public struct AgreementSettings: Codable, Sendable, Equatable {
    public var answerPermissionWithin = Interval(count: 2, unit: .workingDays)

    public init() {}

    private enum CodingKeys: String, CodingKey { case answerPermissionWithin }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        answerPermissionWithin = try container.decodeIfPresent(Interval.self, forKey: .answerPermissionWithin) ?? AgreementSettings().answerPermissionWithin
    }
}
