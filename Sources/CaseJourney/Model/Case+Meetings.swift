/// Strategy discussions, core groups and the meeting expectations set for a case.
extension Case {
    /// Records a strategy discussion. Returns the history line; it is `strategyDiscussions.last`.
    public mutating func recordStrategyDiscussion(
        on date: CalendarDate, section47Enquiry: Bool, note: String?, by author: String, privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        let id = newRecordID("sd", count: strategyDiscussions.count)
        var discussion = StrategyDiscussion(id: id, date: date, section47Enquiry: section47Enquiry,
                                            note: try Case.optionalText(note, field: "note"), by: author)
        if !section47Enquiry {
            discussion.outcome = .noEnquiry
            discussion.outcomeDate = date
        }
        try mark(&discussion, privacy)
        strategyDiscussions.append(discussion)
        return "Recorded strategy discussion \(id) on \(date): "
            + (section47Enquiry ? "a section 47 enquiry starts" : "no section 47 enquiry") + discussion.markingDescription(in: self)
    }

    /// Records what came of a strategy discussion: no enquiry, an enquiry with no further action
    /// (no conference is then due), or an enquiry leading to an initial conference.
    public mutating func recordStrategyOutcome(
        _ id: String, outcome: StrategyOutcome, on date: CalendarDate, note: String?, by author: String
    ) throws(CaseJourneyError) -> String {
        guard let index = strategyDiscussions.firstIndex(where: { $0.id == id && !$0.isWithdrawn }) else {
            throw .usage("Case \(caseId) has no strategy discussion \(id)." + strategyList)
        }
        let discussion = strategyDiscussions[index]
        guard date >= discussion.date else {
            throw .usage("Strategy discussion \(id) was on \(discussion.date); its outcome (\(date)) cannot come before it.")
        }
        if let existing = discussion.outcome, !(existing == .noEnquiry && outcome == .noEnquiry) {
            throw .usage("The outcome of \(id) is already recorded as \(existing.displayName). To put it right, use "
                + "`cj strategy correct \(caseId) \(id) --outcome ... --reason ...`.")
        }
        if outcome == .noEnquiry && discussion.section47Enquiry {
            throw .usage("Strategy discussion \(id) started a section 47 enquiry; its outcome is no-further-action or conference. "
                + "If no enquiry was agreed, correct it with `cj strategy correct \(caseId) \(id) --no-enquiry --reason ...`.")
        }
        strategyDiscussions[index].outcome = outcome
        strategyDiscussions[index].outcomeDate = date
        if let note = try Case.optionalText(note, field: "note") {
            strategyDiscussions[index].note = strategyDiscussions[index].note.map { $0 + "\n" + note } ?? note
        }
        return "Recorded the outcome of strategy discussion \(id) on \(date): \(outcome.displayName)"
            + cancelConferencesNotNeeded(after: strategyDiscussions[index], by: author, on: date)
    }

    /// After an enquiry ends with no further action, an initial conference booked for it is not
    /// needed: it is cancelled, and stays on record.
    mutating func cancelConferencesNotNeeded(after discussion: StrategyDiscussion, by author: String, on date: CalendarDate) -> String {
        guard discussion.outcome == .noFurtherAction else { return "" }
        var cancelled: [String] = []
        for index in conferences.indices where conferences[index].kind == .initial && conferences[index].isPending
            && !conferences[index].isWithdrawn && conferences[index].date >= discussion.date {
            conferences[index].cancellation = Cancellation(date: date, by: author,
                                                           reason: "The enquiry from strategy discussion \(discussion.id) ended with no further action")
            cancelled.append("\(conferences[index].id) (\(conferences[index].date))")
        }
        return cancelled.isEmpty ? "" : "; cancelled the initial conference booked for it, " + cancelled.joined(separator: ", ")
    }

    var strategyList: String {
        let live = strategyDiscussions.inForce
        return live.isEmpty ? "" : " Its strategy discussions are: " + live.map { "\($0.id) (\($0.date))" }.joined(separator: ", ") + "."
    }

    /// Records a core group meeting (new, with `date`), or adds to one already recorded (`id`):
    /// who attended, which actions were reviewed, when the notes were sent.
    public mutating func recordCoreGroup(
        _ id: String?, date: CalendarDate?, plan reference: String?, attended: [String], reviewed: [String],
        notesSent: CalendarDate?, note: String?, privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        var group: CoreGroup
        let index: Int?
        if let id {
            guard let found = coreGroups.firstIndex(where: { $0.id == id && !$0.isWithdrawn }) else {
                throw .usage("Case \(caseId) has no core group \(id)."
                    + (coreGroups.isEmpty ? "" : " Its core groups are: " + coreGroups.map { "\($0.id) (\($0.date))" }.joined(separator: ", ") + "."))
            }
            if let date, date != coreGroups[found].date { throw .usage("\(id) met on \(coreGroups[found].date); leave out --date.") }
            group = coreGroups[found]
            index = found
        } else {
            guard let date else { throw .usage("Give the day the core group met with --date, or name a core group already recorded.") }
            let plan = try openPlanFor(reference, on: date)
            group = CoreGroup(id: newRecordID("cg", count: coreGroups.count), plan: plan.id, date: date)
            index = nil
        }
        for reference in attended {
            let found = try participant(reference)
            if !group.attended.contains(where: { $0.name.lowercased() == found.name.lowercased() }) { group.attended.append(found) }
        }
        for actionID in reviewed {
            guard actions.inForce.contains(where: { $0.id == actionID && $0.plan == group.plan }) else {
                throw .usage("Plan \(group.plan) has no action \(actionID). Its actions are: "
                    + actions.inForce.filter { $0.plan == group.plan }.map(\.id).joined(separator: ", ") + ".")
            }
            if !group.actionsReviewed.contains(actionID) { group.actionsReviewed.append(actionID) }
        }
        if let notesSent {
            if let existing = group.notesSent, existing != notesSent {
                throw .usage("The notes of \(group.id) are already recorded as sent on \(existing); it is not overwritten.")
            }
            guard notesSent >= group.date else { throw .usage("The notes cannot be sent (\(notesSent)) before the meeting (\(group.date)).") }
            group.notesSent = notesSent
        }
        if let note = try Case.optionalText(note, field: "note") {
            group.note = group.note.map { $0 + "\n" + note } ?? note
        }
        try mark(&group, privacy)
        var parts = ["\(index == nil ? "Recorded" : "Added to") core group \(group.id) on \(group.date) (\(group.plan))"]
        if !attended.isEmpty { parts.append("attended: " + group.attended.map(\.description).joined(separator: ", ")) }
        if !reviewed.isEmpty { parts.append("reviewed " + group.actionsReviewed.joined(separator: ", ")) }
        if let notesSent { parts.append("notes sent \(notesSent)") }
        if let index { coreGroups[index] = group } else { coreGroups.append(group) }
        return parts.joined(separator: "; ")
    }

    /// Sets (or with a nil interval, removes) a meeting expectation for the whole case or one plan.
    public mutating func setMeetingExpectation(
        _ what: ExpectationKind, plan reference: String?, interval: Interval?, reason: String, by author: String, on date: CalendarDate,
        privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        guard !what.isVisit else { throw .usage("Visit expectations belong to a plan or a child: use `cj plan expect`.") }
        let reason = try Case.required(reason, "Say why with --reason: the expectation is shown with it.")
        if let interval, let problem = interval.problem { throw .usage("--count: \(problem).") }
        let plan = try reference.map { value throws(CaseJourneyError) in try planFor(value, child: nil) }
        let id = newRecordID("e", count: expectations.count)
        var expectation = ExpectationOverride(id: id, what: what, plan: plan?.id, child: nil, interval: interval,
                                              reason: reason, setBy: author, setOn: date)
        try mark(&expectation, privacy)
        expectations.append(expectation)
        let scope = plan.map { "plan \($0.id)" } ?? "case \(caseId)"
        if let interval {
            return "Set \(what.displayName) for \(scope) to \(interval.length): \(reason)"
        }
        return "Returned \(what.displayName) for \(scope) to the team default: \(reason)"
    }
}
