/// What a worker arranges for a conference, as typed: only what is given changes.
public struct ConferenceArrangements: Sendable {
    public var interpreterLanguage: String?
    public var interpreterBooked: Bool?
    public var interpreterArrivedLate: Bool?
    public var interpreterLeftBeforeDecision: Bool?
    public var interpreterAtPreMeeting: Bool?
    public var childcareOffered: Bool?
    public var travelOffered: Bool?
    public var preMeetingOffered: CalendarDate?
    public var preMeetingHeld: CalendarDate?

    public init(
        interpreterLanguage: String? = nil, interpreterBooked: Bool? = nil, interpreterArrivedLate: Bool? = nil,
        interpreterLeftBeforeDecision: Bool? = nil, interpreterAtPreMeeting: Bool? = nil, childcareOffered: Bool? = nil,
        travelOffered: Bool? = nil, preMeetingOffered: CalendarDate? = nil, preMeetingHeld: CalendarDate? = nil
    ) {
        self.interpreterLanguage = interpreterLanguage
        self.interpreterBooked = interpreterBooked
        self.interpreterArrivedLate = interpreterArrivedLate
        self.interpreterLeftBeforeDecision = interpreterLeftBeforeDecision
        self.interpreterAtPreMeeting = interpreterAtPreMeeting
        self.childcareOffered = childcareOffered
        self.travelOffered = travelOffered
        self.preMeetingOffered = preMeetingOffered
        self.preMeetingHeld = preMeetingHeld
    }
}

/// Attendance, reports shared with each parent, and the arrangements that make a conference fair.
extension Case {
    /// Words that judge a parent instead of saying what happened.
    static let labels = ["disengag", "non-engag", "not engag", "non engag", "uncooperative", "hostile", "refused to engage"]

    /// Records whether someone came to a conference; for a parent who did not, why, and whether
    /// their views reached it.
    public mutating func recordAttendance(
        conference id: String, _ reference: String, status: AttendanceStatus, reason: AbsenceReason?, reasonText: String?,
        left: String?, viewsSent: Bool?, helpedBy: String?
    ) throws(CaseJourneyError) -> String {
        let index = try indexOfRecord(\.conferences, id, kind: .conference)
        let who = try participant(reference)
        let reasonText = try Case.optionalText(reasonText, field: "reason")
        if let text = reasonText?.lowercased(), let label = Case.labels.first(where: text.contains) {
            throw .usage("\"\(label)…\" is a label, not what happened. Say what happened: at work, no childcare, not told in time, "
                + "could not get there (--absence-reason), and in their words with --reason-text. Nothing was written.")
        }
        if status == .leftEarly && left == nil {
            throw .usage("Say when \(who.name) left with --left (\"11:40\", \"before the decision\").")
        }
        if status == .attended && (reason != nil || viewsSent != nil) {
            throw .usage("--absence-reason and --views-sent are for someone who did not come or sent apologies.")
        }
        var attendance = Attendance(person: who.person, name: who.name, status: status)
        attendance.reason = reason
        attendance.reasonText = reasonText
        attendance.left = try Case.optionalText(left, field: "when they left")
        attendance.viewsSent = viewsSent
        attendance.helpedBy = try Case.optionalText(helpedBy, field: "who helped")
        var fairness = conferences[index].fairness ?? ConferenceFairness()
        var list = fairness.attendance ?? []
        list.removeAll { ($0.person != nil && $0.person == who.person) || ($0.person == nil && $0.name == who.name) }
        list.append(attendance)
        fairness.attendance = list
        conferences[index].fairness = fairness
        if status == .attended || status == .leftEarly, !conferences[index].attended.contains(where: { $0.name == who.name }) {
            conferences[index].attended.append(who)
        }
        var line = "Recorded at \(conferences[index].title) \(id) on \(conferences[index].date): \(who.name) \(status.displayName)"
        if let left = attendance.left { line += " (left \(left))" }
        if let reason { line += "; \(reason.displayName)" }
        if let reasonText { line += " (\(reasonText))" }
        if let viewsSent { line += viewsSent ? "; views sent" : "; no views sent" }
        if let helper = attendance.helpedBy { line += ", helped by \(helper)" }
        return line
    }

    /// Records that a report was given to each named parent on `date`.
    public mutating func shareReport(
        conference id: String, report reportID: String, with references: [String], on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let index = try indexOfRecord(\.conferences, id, kind: .conference)
        guard let report = conferences[index].reports.first(where: { $0.id == reportID }) else {
            let known = conferences[index].reports.map { "\($0.id) (\($0.from.name))" }
            throw .usage("\(id) has no report \(reportID)." + (known.isEmpty ? " Record it first with `cj conference report`."
                : " Its reports are \(known.joined(separator: ", "))."))
        }
        if let received = report.received, date < received {
            throw .usage("The report from \(report.from.name) was received on \(received); it cannot be shared before that (\(date)).")
        }
        guard !references.isEmpty else { throw .usage("Name each parent it was given to with --with (repeatable).") }
        var fairness = conferences[index].fairness ?? ConferenceFairness()
        var names: [String] = []
        for reference in references {
            let person = try person(reference)
            guard !person.isChild else { throw .usage("\(person.name) is a child; reports are shared with the parents.") }
            fairness.reportShares = (fairness.reportShares ?? []) + [ReportShare(report: reportID, person: person.id, date: date)]
            names.append(person.name)
        }
        conferences[index].fairness = fairness
        // The report counts as shared with the parents once every parent invited or with
        // parental responsibility has it.
        let parents = conferenceParents(conferences[index])
        if conferences[index].reports.first(where: { $0.id == reportID })?.sharedWithParents == nil,
           parents.allSatisfy({ !fairness.shares(of: reportID, with: $0.id).isEmpty }),
           let reportIndex = conferences[index].reports.firstIndex(where: { $0.id == reportID }) {
            conferences[index].reports[reportIndex].sharedWithParents = date
        }
        return "Shared the report from \(report.from.name) (\(reportID)) for \(conferences[index].title) \(id) with \(Case.list(names)) on \(date)"
    }

    /// Records the interpreter, help with childcare and travel, and the chair's pre-meeting.
    public mutating func arrangeConference(_ id: String, _ request: ConferenceArrangements) throws(CaseJourneyError) -> String {
        let index = try indexOfRecord(\.conferences, id, kind: .conference)
        var fairness = conferences[index].fairness ?? ConferenceFairness()
        var parts: [String] = []
        let language = try Case.optionalText(request.interpreterLanguage, field: "interpreter's language")
        if language != nil || request.interpreterBooked != nil || request.interpreterArrivedLate != nil
            || request.interpreterLeftBeforeDecision != nil || request.interpreterAtPreMeeting != nil {
            guard let language = language ?? fairness.interpreter?.language else {
                throw .usage("Say which language with --interpreter LANGUAGE.")
            }
            var interpreter = fairness.interpreter ?? InterpreterArrangement(language: language, booked: true)
            interpreter.language = language
            if let booked = request.interpreterBooked { interpreter.booked = booked }
            if let late = request.interpreterArrivedLate { interpreter.arrivedLate = late }
            if let left = request.interpreterLeftBeforeDecision { interpreter.leftBeforeDecision = left }
            if let atPreMeeting = request.interpreterAtPreMeeting { interpreter.atPreMeeting = atPreMeeting }
            fairness.interpreter = interpreter
            parts.append("\(language) interpreter " + (interpreter.booked ? "booked" : "not booked"))
        }
        if let offered = request.childcareOffered { fairness.childcareOffered = offered; parts.append(offered ? "childcare offered" : "no childcare offered") }
        if let offered = request.travelOffered { fairness.travelOffered = offered; parts.append(offered ? "travel offered" : "no travel offered") }
        if let day = request.preMeetingOffered { fairness.preMeetingOffered = day; parts.append("pre-meeting with the chair offered on \(day)") }
        if let day = request.preMeetingHeld {
            guard day <= conferences[index].date else { throw .usage("A pre-meeting is held before the conference (\(conferences[index].date)).") }
            fairness.preMeetingHeld = day
            parts.append("pre-meeting held on \(day)")
        }
        guard !parts.isEmpty else { throw .usage("Give what was arranged: --interpreter, --childcare-offered, --travel-offered, --pre-meeting-offered, --pre-meeting-held.") }
        conferences[index].fairness = fairness
        return "Arranged for \(conferences[index].title) \(id) on \(conferences[index].date): " + parts.joined(separator: "; ")
    }

    /// The parents a conference is for: adults with parental responsibility, and any adult invited.
    public func conferenceParents(_ conference: Conference) -> [Person] {
        let invited = Set(conference.invited.compactMap(\.person))
        return adults.filter { $0.parentalResponsibility == true || invited.contains($0.id) }
    }
}
