/// A strategy discussion between agencies. When it starts a section 47 enquiry, the initial
/// conference is expected within the team's timescale (by default 15 working days), until the
/// enquiry's outcome says no conference is needed.
public struct StrategyDiscussion: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    public var date: CalendarDate
    /// Whether agencies agreed to start a section 47 enquiry.
    public var section47Enquiry: Bool
    public var note: String?
    public var by: String
    /// What came of it, once known.
    public var outcome: StrategyOutcome?
    /// The day the outcome was decided.
    public var outcomeDate: CalendarDate?
    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(id: String, date: CalendarDate, section47Enquiry: Bool, note: String? = nil, by: String) {
        self.id = id
        self.date = date
        self.section47Enquiry = section47Enquiry
        self.note = note
        self.by = by
    }

    /// True while an initial conference is expected because of this discussion.
    public var expectsConference: Bool {
        section47Enquiry && outcome != .noEnquiry && outcome != .noFurtherAction
    }
}

/// What came of a strategy discussion.
public enum StrategyOutcome: String, Choice {
    /// The agencies decided no section 47 enquiry was needed.
    case noEnquiry = "no-enquiry"
    /// The enquiry was made and found no need for a conference (no further action).
    case noFurtherAction = "no-further-action"
    /// The enquiry leads to an initial child protection conference.
    case conference

    /// "no enquiry", "an enquiry with no further action", "an enquiry leading to a conference".
    public var displayName: String {
        switch self {
        case .noEnquiry: "no section 47 enquiry"
        case .noFurtherAction: "a section 47 enquiry with no further action"
        case .conference: "a section 47 enquiry leading to an initial conference"
        }
    }
}
