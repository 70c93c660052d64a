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
    static let labels = ["engag", "uncooperative", "un-cooperative", "hostile", "avoidant", "resistant", "complian", "obstructive"]

    /// The label `text` uses, if any, as it is written there: letters compared without case, and
    /// without the invisible characters that could hide a word (a soft hyphen, a zero-width space).
    static func label(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        return words.first { word in
            let plain = String(word.unicodeScalars.filter { !$0.properties.isDefaultIgnorableCodePoint }).lowercased()
            return labels.contains { plain.contains($0) }
        }.map(String.init)
    }

    /// Records whether someone came to a conference; for a parent who did not, why, and whether
    /// their views reached it.
    public mutating func recordAttendance(
        conference id: String, _ reference: String, status: AttendanceStatus, reason: AbsenceReason?, reasonText: String?,
        left: String?, viewsSent: Bool?, helpedBy: String?, by author: String, today: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let index = try indexOfRecord(\.conferences, id, kind: .conference)
        try checkHappened(conferences[index], today: today, what: "who came")
        let who = try participant(reference)
        let reasonText = try Case.optionalText(reasonText, field: "reason")
        if let text = reasonText, let label = Case.label(in: text) {
            throw .usage("\"\(label)\" is a label, not what happened. Say what happened with --absence-reason (work, no-childcare, "
                + "illness, not-told-in-time, travel, chose-not-to, not-known, other) and in their words with --reason-text. Nothing was written.")
        }
        if status == .leftEarly && left == nil {
            throw .usage("Say when \(who.name) left with --left (\"11:40\", \"before the decision\").")
        }
        if status == .attended && (reason != nil || viewsSent != nil) {
            throw .usage("--absence-reason and --views-sent are for someone who did not come or sent apologies.")
        }
        var attendance = Attendance(who, status: status)
        attendance.reason = reason
        attendance.reasonText = reasonText
        attendance.left = try Case.optionalText(left, field: "when they left")
        attendance.viewsSent = viewsSent
        attendance.helpedBy = try Case.optionalText(helpedBy, field: "who helped")
        var fairness = conferences[index].fairness ?? ConferenceFairness()
        var list = fairness.attendance ?? []
        // Recorded again: the earlier record stays visible as a correction of the conference.
        if let earlier = list.last(where: { $0.isAbout(who) }), earlier != attendance {
            conferences[index].corrections = conferences[index].correctionList + [Correction(
                date: today, by: author, reason: "Attendance recorded again",
                changes: [FieldChange(field: "attendance of \(who.name)", was: earlier.summary, now: attendance.summary)])]
        }
        list.removeAll { $0.isAbout(who) }
        list.append(attendance)
        fairness.attendance = list
        conferences[index].fairness = fairness
        // The attended list and the attendance records must tell the same story.
        let listed = conferences[index].attended.firstIndex { $0.name.lowercased() == who.name.lowercased() && $0.person == who.person }
        var line = "Recorded at \(conferences[index].title) \(id) on \(conferences[index].date): \(who.name) \(status.displayName)"
        switch (status == .attended || status == .leftEarly, listed) {
        case (true, nil): conferences[index].attended.append(who)
        case (false, let position?):
            conferences[index].attended.remove(at: position)
            line += " (no longer listed as attending)"
        default: break
        }
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
        try checkHappened(conferences[index], today: date, what: "the reports shared", allowBefore: true)
        var fairness = conferences[index].fairness ?? ConferenceFairness()
        var names: [String] = []
        for reference in references {
            let person = try person(reference)
            guard !person.isChild else { throw .usage("\(person.name) is a child; reports are shared with the parents.") }
            names.append(person.name)
            // Given twice: the first day counts.
            if let earlier = fairness.shares(of: reportID, with: person.id).min(), earlier <= date { continue }
            fairness.reportShares = (fairness.reportShares ?? []).filter { !($0.report == reportID && $0.person == person.id) }
                + [ReportShare(report: reportID, person: person.id, date: date)]
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
    public mutating func arrangeConference(_ id: String, _ request: ConferenceArrangements, today: CalendarDate) throws(CaseJourneyError) -> String {
        let index = try indexOfRecord(\.conferences, id, kind: .conference)
        let conference = conferences[index]
        try checkHappened(conference, today: today, what: "what was arranged", allowBefore: true)
        if request.interpreterArrivedLate != nil || request.interpreterLeftBeforeDecision != nil {
            try checkHappened(conference, today: today, what: "what the interpreter did")
        }
        var fairness = conference.fairness ?? ConferenceFairness()
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
            if !interpreter.booked && (request.interpreterArrivedLate != nil || request.interpreterLeftBeforeDecision != nil
                || request.interpreterAtPreMeeting != nil) {
                throw .usage("No interpreter is recorded as booked for \(id); book one with --interpreter LANGUAGE first.")
            }
            if let late = request.interpreterArrivedLate { interpreter.arrivedLate = late }
            if let left = request.interpreterLeftBeforeDecision { interpreter.leftBeforeDecision = left }
            if let atPreMeeting = request.interpreterAtPreMeeting { interpreter.atPreMeeting = atPreMeeting }
            fairness.interpreter = interpreter
            parts.append("\(language) interpreter " + (interpreter.booked ? "booked" : "not booked"))
        }
        if let offered = request.childcareOffered { fairness.childcareOffered = offered; parts.append(offered ? "childcare offered" : "no childcare offered") }
        if let offered = request.travelOffered { fairness.travelOffered = offered; parts.append(offered ? "travel offered" : "no travel offered") }
        if let day = request.preMeetingOffered {
            guard day <= conference.date, day <= today else {
                throw .usage("The pre-meeting is offered before the conference (\(conference.date)), on or before today (\(today)).")
            }
            fairness.preMeetingOffered = day
            parts.append("pre-meeting with the chair offered on \(day)")
        }
        if let day = request.preMeetingHeld {
            guard day <= conference.date else { throw .usage("A pre-meeting is held before the conference (\(conference.date)).") }
            if let offered = fairness.preMeetingOffered, day < offered {
                throw .usage("The pre-meeting was offered on \(offered); it cannot have been held before that (\(day)).")
            }
            try Case.fill(&fairness.preMeetingHeld, with: day, "day the pre-meeting was held", of: id)
            parts.append("pre-meeting held on \(day)")
        }
        guard !parts.isEmpty else { throw .usage("Give what was arranged: --interpreter, --childcare-offered, --travel-offered, --pre-meeting-offered, --pre-meeting-held.") }
        conferences[index].fairness = fairness
        return "Arranged for \(conferences[index].title) \(id) on \(conferences[index].date): " + parts.joined(separator: "; ")
    }

    /// Refuses to record what happens at a conference that was cancelled, or (unless
    /// `allowBefore`) one whose day has not come.
    private func checkHappened(_ conference: Conference, today: CalendarDate, what: String, allowBefore: Bool = false) throws(CaseJourneyError) {
        if let cancellation = conference.cancellation {
            throw .usage("\(conference.id) was cancelled on \(cancellation.date) (\(cancellation.reason)), so there is no \(what) to record. "
                + "Record it for the conference booked in its place.")
        }
        if !allowBefore && conference.date > today {
            throw .usage("\(conference.title.capitalizedFirst) \(conference.id) is on \(conference.date), after today (\(today)): "
                + "\(what) can be recorded on or after the day.")
        }
    }

    /// Which of the conference's parents have been given `report`, and on what day, and which
    /// are still waiting for it.
    public func reportRecipients(
        of report: ConferenceReport, in conference: Conference
    ) -> (given: [(parent: Person, day: CalendarDate)], waiting: [Person]) {
        var given: [(parent: Person, day: CalendarDate)] = []
        var waiting: [Person] = []
        for parent in conferenceParents(conference) {
            if let day = conference.fairness?.shares(of: report.id, with: parent.id).min() {
                given.append((parent, day))
            } else {
                waiting.append(parent)
            }
        }
        return (given, waiting)
    }

    /// The parents a conference is for: adults with parental responsibility, and any adult invited.
    public func conferenceParents(_ conference: Conference) -> [Person] {
        let invited = Set(conference.invited.compactMap(\.person))
        return adults.filter { $0.parentalResponsibility == true || invited.contains($0.id) }
    }
}
