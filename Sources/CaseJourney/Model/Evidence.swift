/// A dated piece of progress, with where it came from: a course certificate, an agency's letter
/// that every goal was met, a clear drug test, a professional's observation. It may come from
/// before the plan began (a course finished earlier still counts), and an action can be marked
/// achieved on it.
public struct Evidence: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    /// The day it happened or was dated (the course ended, the test was taken).
    public var date: CalendarDate
    /// Whose progress it is: a person in the family, by id.
    public var person: String?
    public var source: EvidenceSource
    /// Who gave it: a parent, a professional in the case, or "Name (Agency)".
    public var from: Participant
    /// What it shows, in plain words.
    public var text: String
    /// The plan's actions and outcomes it is evidence for, by id.
    public var actions: [String]?
    public var outcomes: [String]?
    /// Who recorded it, and when.
    public var by: String
    public var recordedOn: CalendarDate
    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(id: String, date: CalendarDate, person: String?, source: EvidenceSource, from: Participant, text: String,
                by: String, recordedOn: CalendarDate) {
        self.id = id
        self.date = date
        self.person = person
        self.source = source
        self.from = from
        self.text = text
        self.by = by
        self.recordedOn = recordedOn
    }
}

/// Where a piece of evidence came from.
public enum EvidenceSource: String, Choice {
    /// The parent (or another family member) brought it.
    case family
    /// A service or agency outside the case (an alcohol service, a college).
    case agency
    /// A professional in the case saw it.
    case professional

    public var displayName: String {
        switch self {
        case .family: "from the family"
        case .agency: "from an agency"
        case .professional: "seen by a professional"
        }
    }
}
