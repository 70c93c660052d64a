/// A professional's decision that a case, a plan or one child should have something happen sooner
/// or later than the team default, with who decided, when and why.
///
/// Overrides are appended, never edited: the latest one for the same scope is the one in force.
/// One whose `interval` is nil returns to the default, unless `notExpected` says the thing is not
/// expected at all (a baby is not seen alone).
public struct ExpectationOverride: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    public var what: ExpectationKind
    /// The plan this applies to; nil for the whole case (meeting expectations only, such as the
    /// initial conference, which comes before any plan).
    public var plan: String?
    /// The child it applies to (visit expectations only); nil for every child on the plan.
    public var child: String?
    /// Nil means "back to the team default" (or, with `notExpected`, "not expected").
    public var interval: Interval?
    /// True when professionals decided this is not expected for the child at all.
    public var notExpected: Bool?
    public var reason: String
    public var setBy: String
    public var setOn: CalendarDate

    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(
        id: String, what: ExpectationKind, plan: String?, child: String?, interval: Interval?,
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
    /// How soon after the strategy discussion the initial conference is held.
    case initialConference = "initial-conference"
    /// How soon after the initial conference the core group first meets.
    case firstCoreGroup = "first-core-group"
    /// How long between core group meetings.
    case coreGroup = "core-group"
    /// How soon after the initial conference the first review is held.
    case firstReview = "first-review"
    /// How long between review conferences.
    case review
    /// How long before a conference the parents have the reports.
    case reportsToParents = "reports-to-parents"
    /// How soon after a conference the minutes are sent.
    case minutes
    /// How soon after a core group its notes are sent.
    case coreGroupNotes = "core-group-notes"
    /// How soon after it starts an assessment is authorised.
    case assessment
    /// How soon after it comes in a referral is decided.
    case referralDecision = "referral-decision"

    /// Visit expectations belong to a plan or a child; the rest are about meetings.
    public var isVisit: Bool { self == .visits || self == .seenAlone }

    /// "review conferences", for sentences such as "Set review conferences for the case to ...".
    public var displayName: String {
        switch self {
        case .visits: "visits"
        case .seenAlone: "seeing the child alone"
        case .initialConference: "the initial conference (after the strategy discussion)"
        case .firstCoreGroup: "the first core group (after the initial conference)"
        case .coreGroup: "core groups"
        case .firstReview: "the first review conference (after the initial conference)"
        case .review: "review conferences"
        case .reportsToParents: "sharing reports with parents (before a conference)"
        case .minutes: "sending conference minutes"
        case .coreGroupNotes: "sending core group notes"
        case .assessment: "assessments (from the start to the manager's authorisation)"
        case .referralDecision: "deciding on a referral"
        }
    }
}
