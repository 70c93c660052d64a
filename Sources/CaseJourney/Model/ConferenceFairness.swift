/// What makes a conference fair to a family, as recorded for it: who came (and, for a parent
/// who did not, why, and whether their views reached the meeting), each report shared with each
/// parent, the interpreter, help with childcare and travel, and the chair's pre-meeting.
public struct ConferenceFairness: Codable, Sendable, Equatable {
    public var attendance: [Attendance]?
    /// Each report given to each parent, on the day it was given.
    public var reportShares: [ReportShare]?
    public var interpreter: InterpreterArrangement?
    public var childcareOffered: Bool?
    public var travelOffered: Bool?
    /// The day the chair's meeting with the parents before the conference was offered, and held.
    public var preMeetingOffered: CalendarDate?
    public var preMeetingHeld: CalendarDate?

    public init() {}

    public func attendance(of personID: String) -> Attendance? {
        attendance?.last { $0.person == personID }
    }

    /// The first day `report` was given to `personID`: from the shares recorded per parent, or,
    /// for a report recorded only as shared with the parents, that day; nil when never.
    public func dayGiven(_ report: ConferenceReport, to personID: String) -> CalendarDate? {
        guard (reportShares ?? []).contains(where: { $0.report == report.id }) else { return report.sharedWithParents }
        return shares(of: report.id, with: personID).min()
    }

    /// The days `reportID` was given to `personID` (empty when never).
    public func shares(of reportID: String, with personID: String) -> [CalendarDate] {
        (reportShares ?? []).filter { $0.report == reportID && $0.person == personID }.map(\.date)
    }
}

/// One invitee's part in a conference.
public struct Attendance: Codable, Sendable, Equatable {
    /// A person in the family (by id), a professional in the case (by id), or, for anyone else,
    /// their name and agency.
    public var person: String?
    public var professional: String?
    public var name: String
    public var agency: String?
    public var status: AttendanceStatus
    /// For a parent who did not come (or sent apologies): why, as one of the recorded reasons.
    public var reason: AbsenceReason?
    /// Why, in their words or the worker's (never a label such as "disengaged").
    public var reasonText: String?
    /// For someone who left early: when ("11:40", "before the decision").
    public var left: String?
    /// For a parent who did not come: whether their views reached the conference, and who
    /// helped them prepare those views.
    public var viewsSent: Bool?
    public var helpedBy: String?

    public init(_ who: Participant, status: AttendanceStatus) {
        person = who.person
        professional = who.professional
        name = who.name
        agency = who.agency
        self.status = status
    }

    /// "did not attend (at work: night shift); views sent", for a correction.
    public var summary: String {
        var text = status.displayName
        if let left { text += " (left \(left))" }
        if let reason { text += " (\(reason.displayName)" + (reasonText.map { ": \($0)" } ?? "") + ")" }
        if let viewsSent { text += viewsSent ? "; views sent" : "; no views sent" }
        return text
    }

    /// True when this record is about `who`.
    public func isAbout(_ who: Participant) -> Bool {
        if let person { return person == who.person }
        if let professional { return professional == who.professional }
        return who.person == nil && who.professional == nil && name.lowercased() == who.name.lowercased()
            && (agency ?? "").lowercased() == (who.agency ?? "").lowercased()
    }
}

public enum AttendanceStatus: String, Choice {
    case attended
    case apologies
    case didNotAttend = "did-not-attend"
    case leftEarly = "left-early"

    public var displayName: String {
        switch self {
        case .attended: "attended"
        case .apologies: "sent apologies"
        case .didNotAttend: "did not attend"
        case .leftEarly: "left early"
        }
    }
}

/// Why a parent was not at a conference: what happened, never a judgement.
public enum AbsenceReason: String, Choice {
    case work
    case childcare = "no-childcare"
    case illness
    case notToldInTime = "not-told-in-time"
    case travel
    case choseNotTo = "chose-not-to"
    case notKnown = "not-known"
    case other

    public var displayName: String {
        switch self {
        case .work: "at work"
        case .childcare: "no childcare"
        case .illness: "ill"
        case .notToldInTime: "not told in time"
        case .travel: "could not travel there"
        case .choseNotTo: "chose not to come"
        case .notKnown: "reason not known"
        case .other: "another reason"
        }
    }
}

/// A report given to one parent on a day.
public struct ReportShare: Codable, Sendable, Equatable {
    public var report: String
    public var person: String
    public var date: CalendarDate

    public init(report: String, person: String, date: CalendarDate) {
        self.report = report
        self.person = person
        self.date = date
    }
}

/// The interpreter for a conference: booked, and whether they were there for the parts that
/// matter.
public struct InterpreterArrangement: Codable, Sendable, Equatable {
    public var language: String
    public var booked: Bool
    public var arrivedLate: Bool?
    public var leftBeforeDecision: Bool?
    public var atPreMeeting: Bool?

    public init(language: String, booked: Bool) {
        self.language = language
        self.booked = booked
    }
}
