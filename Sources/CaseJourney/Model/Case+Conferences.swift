/// Scheduling conferences, recording what happened at them, and the reports written for them.
extension Case {
    /// Books a conference. A review belongs to a plan: the one named, or the only open child
    /// protection plan. Returns the history line; the conference is `conferences.last`.
    public mutating func scheduleConference(
        _ kind: ConferenceKind, on date: CalendarDate, plan reference: String?, chair: String?, invited: [String]
    ) throws(CaseJourneyError) -> String {
        if let same = conferences.first(where: { $0.kind == kind && $0.date == date && !$0.isWithdrawn && !$0.isCancelled }) {
            throw .usage("Case \(caseId) already has \(same.titleWithArticle) on \(date) (\(same.id)).")
        }
        var conference = Conference(id: newRecordID("c", count: conferences.count),
                                    kind: kind, date: date)
        conference.plan = try conferencePlan(reference, for: kind)?.id
        conference.chair = try Case.optionalText(chair, field: "chair's name")
        conference.invited = try participants(invited, addingTo: [])
        conferences.append(conference)
        var line = "Scheduled \(kind.rawValue) conference \(conference.id) for \(date)"
        if let plan = conference.plan { line += " (\(plan))" }
        if !conference.invited.isEmpty { line += "; invited " + conference.invited.map(\.description).joined(separator: ", ") }
        return line
    }

    /// Records what happened at a conference: an existing one (`id`), or a new one of `kind` on
    /// `date`. Fills in what was not yet recorded; refuses to change what was.
    public mutating func recordConference(
        _ id: String?, kind: ConferenceKind?, date: CalendarDate?, plan reference: String?, _ record: ConferenceRecord,
        privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        var parts: [String] = []
        let index: Int
        if let id {
            guard let found = conferences.firstIndex(where: { $0.id == id && !$0.isWithdrawn }) else {
                throw .usage("Case \(caseId) has no conference \(id)." + conferenceList)
            }
            if let cancellation = conferences[found].cancellation {
                throw .usage("\(id) was cancelled on \(cancellation.date) (\(cancellation.reason)). Book the new date with "
                    + "`cj conference schedule`, or if it went ahead after all, correct it with `cj conference correct`.")
            }
            if let kind, kind != conferences[found].kind {
                throw .usage("\(id) is \(conferences[found].titleWithArticle); leave out --kind.")
            }
            if let date, date != conferences[found].date {
                throw .usage("\(id) is on \(conferences[found].date); a conference's day is not changed here.")
            }
            index = found
        } else {
            guard let kind, let date else {
                throw .usage("Name the conference (e.g. c2), or give --kind and --date to record a new one." + conferenceList)
            }
            if let booked = conferences.firstIndex(where: { $0.kind == kind && $0.date == date && !$0.isWithdrawn && !$0.isCancelled }) {
                index = booked
            } else {
                _ = try scheduleConference(kind, on: date, plan: reference, chair: nil, invited: [])
                index = conferences.count - 1
            }
        }
        var conference = conferences[index]
        if conference.plan == nil, let plan = try linkedPlan(reference, for: conference) { conference.plan = plan.id }
        try fill(&conference.chair, with: record.chair?.trimmed, "chair", in: conference)
        conference.invited = try participants(record.invited, addingTo: conference.invited)
        conference.attended = try participants(record.attended, addingTo: conference.attended)
        try fill(&conference.recommendation, with: record.recommendation, "recommendation", in: conference)
        try fill(&conference.decision, with: record.decision, "decision", in: conference)
        try fill(&conference.decisionReason, with: try Case.optionalText(record.reason, field: "reason"), "reason for the decision", in: conference)
        try fill(&conference.parentsView, with: try Case.optionalText(record.parentsView, field: "parents' view"), "parents' view", in: conference)
        try mark(&conference, privacy)
        try fill(&conference.minutesSent, with: record.minutesSent, "day the minutes were sent", in: conference)
        try Case.checkDecision(conference)
        if let minutes = conference.minutesSent, minutes < conference.date {
            throw .usage("The minutes cannot be sent (\(minutes)) before the conference (\(conference.date)).")
        }
        conferences[index] = conference

        parts.append("Recorded \(conference.title) \(conference.id) on \(conference.date)")
        if let decision = record.decision {
            parts.append("decided " + decision.describe(at: conference.kind) + (conference.decisionReason.map { " (\($0))" } ?? ""))
        }
        if let recommendation = record.recommendation {
            parts.append("the social worker recommended " + recommendation.describe(at: conference.kind))
        }
        if !record.attended.isEmpty { parts.append("attended: " + conference.attended.map(\.description).joined(separator: ", ")) }
        if record.parentsView != nil { parts.append("parents' view recorded") }
        if let minutes = record.minutesSent { parts.append("minutes sent \(minutes)") }
        if let category = record.startPlanCategory {
            parts.append(try startPlan(from: index, category: category, children: record.startPlanChildren))
        }
        if record.endPlan { parts.append(contentsOf: try endPlan(from: index)) }
        return parts.joined(separator: "; ")
    }

    /// Adds a report to a conference, or fills in when an existing one (same author) was
    /// received or shared with the parents.
    public mutating func recordReport(
        conference id: String, from author: String, received: CalendarDate?, shared: CalendarDate?
    ) throws(CaseJourneyError) -> String {
        guard let index = conferences.firstIndex(where: { $0.id == id && !$0.isWithdrawn }) else {
            throw .usage("Case \(caseId) has no conference \(id)." + conferenceList)
        }
        let from = try participant(author)
        var conference = conferences[index]
        let reportIndex: Int
        if let existing = conference.reports.firstIndex(where: { $0.from.name.lowercased() == from.name.lowercased() }) {
            reportIndex = existing
        } else {
            let reportID = newRecordID("rep", count: conferences.reduce(0) { $0 + $1.reports.count })
            conference.reports.append(ConferenceReport(id: reportID, from: from))
            reportIndex = conference.reports.count - 1
        }
        try fill(&conference.reports[reportIndex].received, with: received, "day the report from \(from.name) was received", in: conference)
        try fill(&conference.reports[reportIndex].sharedWithParents, with: shared,
                 "day the report from \(from.name) was shared with the parents", in: conference)
        try Case.checkReportDates(conference.reports[reportIndex], in: conference)
        conferences[index] = conference
        let report = conference.reports[reportIndex]
        var line = "Recorded the report from \(report.from.description) for \(conference.title) \(id) on \(conference.date)"
        if let received = report.received { line += "; received \(received)" }
        if let shared = report.sharedWithParents { line += "; shared with the parents \(shared)" }
        return line
    }

    // MARK: Rules

    /// A report cannot be shared with the parents before it was received.
    static func checkReportDates(_ report: ConferenceReport, in conference: Conference) throws(CaseJourneyError) {
        if let received = report.received, let shared = report.sharedWithParents, shared < received {
            throw .usage("The report from \(report.from.name) for \(conference.id) would be shared with the parents on \(shared), "
                + "before it was received on \(received). Check both dates.")
        }
    }

    /// Sets a field that is empty; a field already recorded with another value is refused, so
    /// nothing recorded is overwritten.
    private func fill<Value: Equatable>(
        _ field: inout Value?, with value: Value?, _ name: String, in conference: Conference
    ) throws(CaseJourneyError) {
        try Case.fill(&field, with: value, name, of: conference.id)
    }

    /// Sets a field that is empty; a field already recorded with another value is refused, so
    /// nothing recorded is overwritten unseen (`hint` says how to put it right instead).
    static func fill<Value: Equatable>(
        _ field: inout Value?, with value: Value?, _ name: String, of recordID: String, hint: String = ""
    ) throws(CaseJourneyError) {
        guard let value else { return }
        if let existing = field, existing != value {
            throw .usage("The \(name) for \(recordID) is already recorded as \(existing); it is not overwritten.\(hint.isEmpty ? "" : " " + hint)")
        }
        field = value
    }

    private func participants(_ references: [String], addingTo list: [Participant]) throws(CaseJourneyError) -> [Participant] {
        var result = list
        for reference in references {
            let found = try participant(reference)
            if !result.contains(where: { $0.name.lowercased() == found.name.lowercased() }) { result.append(found) }
        }
        return result
    }

    /// A review needs a plan: the one named, or the only open child protection plan.
    private func conferencePlan(_ reference: String?, for kind: ConferenceKind) throws(CaseJourneyError) -> Plan? {
        if let reference { return try plan(withID: reference) }
        guard kind == .review else { return nil }
        let open = openPlans.filter { $0.type == .childProtection }
        guard open.count == 1 else {
            throw .usage(open.isEmpty ? "Case \(caseId) has no open child protection plan to review."
                : "Case \(caseId) has \(open.count) open child protection plans: name one with --plan.")
        }
        return open[0]
    }

    /// The plan an unlinked conference is about: the one named; for a review the open child
    /// protection plan; for an initial conference a child protection plan that started that day.
    private func linkedPlan(_ reference: String?, for conference: Conference) throws(CaseJourneyError) -> Plan? {
        if reference != nil || conference.kind == .review { return try conferencePlan(reference, for: conference.kind) }
        return plans.first { $0.type == .childProtection && $0.start == conference.date }
    }

    var conferenceList: String {
        let live = conferences.inForce
        return live.isEmpty ? "" : " Its conferences are: " + live.map {
            "\($0.id) (\($0.kind.rawValue), \($0.date)\($0.isCancelled ? ", cancelled" : ""))"
        }.joined(separator: ", ") + "."
    }
}
