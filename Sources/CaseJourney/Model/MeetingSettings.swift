/// How soon meetings, reports and minutes are due, by default. Every one can be overridden for a
/// case or a plan, with a reason (`cj case expect`).
public struct MeetingSettings: Codable, Sendable, Equatable {
    /// After the strategy discussion: 15 working days (Working Together).
    public var initialConference = Interval(count: 15, unit: .workingDays)
    /// After the initial conference: 10 working days.
    public var firstCoreGroup = Interval(count: 10, unit: .workingDays)
    /// Between core groups: at most 6 weeks.
    public var coreGroup = Interval(count: 6, unit: .weeks)
    /// After the initial conference: 3 months.
    public var firstReview = Interval(count: 3, unit: .months)
    /// Between review conferences: at most 6 months.
    public var review = Interval(count: 6, unit: .months)
    /// Before a conference, the parents have every report: at least 3 working days.
    public var reportsToParents = Interval(count: 3, unit: .workingDays)
    /// After a conference, minutes are sent: 10 working days (a local default, no national rule).
    public var minutes = Interval(count: 10, unit: .workingDays)
    /// After a core group, its notes are sent: 10 working days (a local default).
    public var coreGroupNotes = Interval(count: 10, unit: .workingDays)
    /// After the referral, its assessment is authorised: 45 working days (Working Together).
    public var assessment = Interval(count: 45, unit: .workingDays)
    /// After a referral comes in, it is decided: 1 working day (Working Together).
    public var referralDecision = Interval(count: 1, unit: .workingDays)

    public init() {}

    private enum CodingKeys: String, CodingKey {
        case initialConference, firstCoreGroup, coreGroup, firstReview, review, reportsToParents, minutes, coreGroupNotes
        case assessment, referralDecision
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = MeetingSettings()
        func value(_ key: CodingKeys, _ fallback: Interval) throws -> Interval {
            try container.decodeIfPresent(Interval.self, forKey: key) ?? fallback
        }
        initialConference = try value(.initialConference, defaults.initialConference)
        firstCoreGroup = try value(.firstCoreGroup, defaults.firstCoreGroup)
        coreGroup = try value(.coreGroup, defaults.coreGroup)
        firstReview = try value(.firstReview, defaults.firstReview)
        review = try value(.review, defaults.review)
        reportsToParents = try value(.reportsToParents, defaults.reportsToParents)
        minutes = try value(.minutes, defaults.minutes)
        coreGroupNotes = try value(.coreGroupNotes, defaults.coreGroupNotes)
        assessment = try value(.assessment, defaults.assessment)
        referralDecision = try value(.referralDecision, defaults.referralDecision)
    }

    /// The default for a meeting expectation; nil for visit kinds, which live in `VisitSettings`.
    public func interval(for kind: ExpectationKind) -> Interval? {
        switch kind {
        case .visits, .seenAlone: nil
        case .initialConference: initialConference
        case .firstCoreGroup: firstCoreGroup
        case .coreGroup: coreGroup
        case .firstReview: firstReview
        case .review: review
        case .reportsToParents: reportsToParents
        case .minutes: minutes
        case .coreGroupNotes: coreGroupNotes
        case .assessment: assessment
        case .referralDecision: referralDecision
        }
    }

    /// Every setting with its key, for checking a settings file.
    var all: [(key: String, interval: Interval)] {
        [("initialConference", initialConference), ("firstCoreGroup", firstCoreGroup), ("coreGroup", coreGroup),
         ("firstReview", firstReview), ("review", review), ("reportsToParents", reportsToParents),
         ("minutes", minutes), ("coreGroupNotes", coreGroupNotes), ("assessment", assessment), ("referralDecision", referralDecision)]
    }
}

/// When the checks in `cj validate` and `cj due` speak up. They are information, not blame.
public struct CheckSettings: Codable, Sendable, Equatable {
    /// A child protection plan this old is worth a look: 18 months (two years is a known sign of drift).
    public var longPlan = Interval(count: 18, unit: .months)
    /// A new social worker this close before a conference is worth a look: 4 weeks.
    public var workerChangeBeforeConference = Interval(count: 4, unit: .weeks)
    /// Every family action done, yet the next review further away than this: 6 weeks.
    public var reviewWaitAfterFamilyActionsDone = Interval(count: 6, unit: .weeks)
    /// An adult with parental responsibility not reached for this long, while a child is on a
    /// plan: 4 weeks.
    public var adultNotReached = Interval(count: 4, unit: .weeks)
    /// A request to correct a record is answered within this: 20 working days.
    public var answerCorrectionRequest = Interval(count: 20, unit: .workingDays)

    public init() {}

    private enum CodingKeys: String, CodingKey { case longPlan, workerChangeBeforeConference, reviewWaitAfterFamilyActionsDone, adultNotReached, answerCorrectionRequest }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = CheckSettings()
        longPlan = try container.decodeIfPresent(Interval.self, forKey: .longPlan) ?? defaults.longPlan
        workerChangeBeforeConference = try container.decodeIfPresent(Interval.self, forKey: .workerChangeBeforeConference)
            ?? defaults.workerChangeBeforeConference
        reviewWaitAfterFamilyActionsDone = try container.decodeIfPresent(Interval.self, forKey: .reviewWaitAfterFamilyActionsDone)
            ?? defaults.reviewWaitAfterFamilyActionsDone
        adultNotReached = try container.decodeIfPresent(Interval.self, forKey: .adultNotReached) ?? defaults.adultNotReached
        answerCorrectionRequest = try container.decodeIfPresent(Interval.self, forKey: .answerCorrectionRequest) ?? defaults.answerCorrectionRequest
    }

    var all: [(key: String, interval: Interval)] {
        [("longPlan", longPlan), ("workerChangeBeforeConference", workerChangeBeforeConference),
         ("reviewWaitAfterFamilyActionsDone", reviewWaitAfterFamilyActionsDone), ("adultNotReached", adultNotReached),
         ("answerCorrectionRequest", answerCorrectionRequest)]
    }
}
