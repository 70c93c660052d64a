/// Strategy discussions, core groups and the meeting expectations set for a case.
extension Case {
    /// Records a strategy discussion. Returns the history line; it is `strategyDiscussions.last`.
    public mutating func recordStrategyDiscussion(
        on date: CalendarDate, section47Enquiry: Bool, note: String?, by author: String
    ) throws(CaseJourneyError) -> String {
        let id = Case.firstUnused("sd\(strategyDiscussions.count + 1)", among: Set(strategyDiscussions.map(\.id)))
        let note = note?.trimmed
        strategyDiscussions.append(StrategyDiscussion(id: id, date: date, section47Enquiry: section47Enquiry,
                                                      note: note?.isEmpty == false ? note : nil, by: author))
        return "Recorded strategy discussion \(id) on \(date): "
            + (section47Enquiry ? "a section 47 enquiry starts" : "no section 47 enquiry")
    }

    /// Records a core group meeting (new, with `date`), or adds to one already recorded (`id`):
    /// who attended, which actions were reviewed, when the notes were sent.
    public mutating func recordCoreGroup(
        _ id: String?, date: CalendarDate?, plan reference: String?, attended: [String], reviewed: [String],
        notesSent: CalendarDate?, note: String?
    ) throws(CaseJourneyError) -> String {
        var group: CoreGroup
        let index: Int?
        if let id {
            guard let found = coreGroups.firstIndex(where: { $0.id == id }) else {
                throw .usage("Case \(caseId) has no core group \(id)."
                    + (coreGroups.isEmpty ? "" : " Its core groups are: " + coreGroups.map { "\($0.id) (\($0.date))" }.joined(separator: ", ") + "."))
            }
            if let date, date != coreGroups[found].date { throw .usage("\(id) met on \(coreGroups[found].date); leave out --date.") }
            group = coreGroups[found]
            index = found
        } else {
            guard let date else { throw .usage("Give the day the core group met with --date, or name a core group already recorded.") }
            let plan = try openPlanFor(reference, on: date)
            group = CoreGroup(id: Case.firstUnused("cg\(coreGroups.count + 1)", among: Set(coreGroups.map(\.id))), plan: plan.id, date: date)
            index = nil
        }
        for reference in attended {
            let found = try participant(reference)
            if !group.attended.contains(where: { $0.name.lowercased() == found.name.lowercased() }) { group.attended.append(found) }
        }
        for actionID in reviewed {
            guard actions.contains(where: { $0.id == actionID && $0.plan == group.plan }) else {
                throw .usage("Plan \(group.plan) has no action \(actionID). Its actions are: "
                    + actions.filter { $0.plan == group.plan }.map(\.id).joined(separator: ", ") + ".")
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
        if let note = note?.trimmed, !note.isEmpty {
            group.note = group.note.map { $0 + "\n" + note } ?? note
        }
        var parts = ["\(index == nil ? "Recorded" : "Added to") core group \(group.id) on \(group.date) (\(group.plan))"]
        if !attended.isEmpty { parts.append("attended: " + group.attended.map(\.description).joined(separator: ", ")) }
        if !reviewed.isEmpty { parts.append("reviewed " + group.actionsReviewed.joined(separator: ", ")) }
        if let notesSent { parts.append("notes sent \(notesSent)") }
        if let index { coreGroups[index] = group } else { coreGroups.append(group) }
        return parts.joined(separator: "; ")
    }

    /// Sets (or with a nil interval, removes) a meeting expectation for the whole case or one plan.
    public mutating func setMeetingExpectation(
        _ what: ExpectationKind, plan reference: String?, interval: Interval?, reason: String, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        guard !what.isVisit else { throw .usage("Visit expectations belong to a plan or a child: use `cj plan expect`.") }
        let reason = try Case.required(reason, "Say why with --reason: the expectation is shown with it.")
        if let interval, let problem = interval.problem { throw .usage("--count: \(problem).") }
        let plan = try reference.map { value throws(CaseJourneyError) in try planFor(value, child: nil) }
        let id = Case.firstUnused("e\(expectations.count + 1)", among: Set(expectations.map(\.id)))
        expectations.append(ExpectationOverride(id: id, what: what, plan: plan?.id, child: nil, interval: interval,
                                                reason: reason, setBy: author, setOn: date))
        let scope = plan.map { "plan \($0.id)" } ?? "case \(caseId)"
        if let interval {
            return "Set \(what.displayName) for \(scope) to \(interval.length): \(reason)"
        }
        return "Returned \(what.displayName) for \(scope) to the team default: \(reason)"
    }
}
