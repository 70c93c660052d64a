/// What was wrong in a recorded conference, as typed: only what is given changes.
public struct ConferenceCorrection: Sendable {
    /// The day it was held (for a conference already held; a booked one is moved instead).
    public var date: CalendarDate?
    public var chair: String?
    public var recommendation: ConferenceDecision?
    public var decision: ConferenceDecision?
    public var decisionReason: String?
    public var parentsView: String?
    public var minutesSent: CalendarDate?
    /// People who came but were not recorded, and people recorded who did not come.
    public var attended: [String]
    public var notAttended: [String]
    /// A report's author (as typed) and its corrected days.
    public var reportFrom: String?
    public var received: CalendarDate?
    public var shared: CalendarDate?
    /// With a corrected `end` or `step-down` decision: end the plan reviewed.
    public var endPlan: Bool

    public init(
        date: CalendarDate? = nil, chair: String? = nil, recommendation: ConferenceDecision? = nil, decision: ConferenceDecision? = nil,
        decisionReason: String? = nil, parentsView: String? = nil, minutesSent: CalendarDate? = nil, attended: [String] = [],
        notAttended: [String] = [], reportFrom: String? = nil, received: CalendarDate? = nil, shared: CalendarDate? = nil,
        endPlan: Bool = false
    ) {
        self.date = date
        self.chair = chair
        self.recommendation = recommendation
        self.decision = decision
        self.decisionReason = decisionReason
        self.parentsView = parentsView
        self.minutesSent = minutesSent
        self.attended = attended
        self.notAttended = notAttended
        self.reportFrom = reportFrom
        self.received = received
        self.shared = shared
        self.endPlan = endPlan
    }
}

/// Putting right meetings and allocations: conferences moved, cancelled or wrongly recorded,
/// allocations with wrong dates, core groups and strategy discussions.
extension Case {
    /// Moves a booked conference to another day.
    public mutating func moveConference(_ id: String, to newDate: CalendarDate, reason: String, by author: String, on date: CalendarDate) throws(CaseJourneyError) -> String {
        let index = try indexOfRecord(\.conferences, id, kind: .conference)
        let conference = conferences[index]
        guard conference.isPending else {
            throw .usage(conference.isCancelled
                ? "\(id) was cancelled; book the new date with `cj conference schedule`."
                : "\(id) has been held (its decision is recorded); to put its date right use `cj conference correct \(caseId) \(id) --date`.")
        }
        if let clash = conferences.first(where: { $0.id != id && $0.kind == conference.kind && $0.date == newDate && !$0.isWithdrawn && !$0.isCancelled }) {
            throw .usage("Case \(caseId) already has \(clash.titleWithArticle) on \(newDate) (\(clash.id)).")
        }
        try checkMeetingDate(newDate, of: conference.kind == .review ? conference.plan : nil, "\(conference.titleWithArticle)")
        return try correct(\.conferences, id, kind: .conference, reason: reason, by: author, on: date) { record, changes in
            changes.set("date", &record.date, to: newDate) { $0.description }
        }.replacingOccurrences(of: "Corrected conference", with: "Moved conference")
    }

    /// Calls off a booked conference: it stays on record, cancelled, and is no longer due.
    public mutating func cancelConference(_ id: String, reason: String, by author: String, on date: CalendarDate) throws(CaseJourneyError) -> String {
        let reason = try Case.required(reason, "Say why it was cancelled with --reason (\"reports not shared in time\").")
        let index = try indexOfRecord(\.conferences, id, kind: .conference)
        guard conferences[index].isPending else {
            throw .usage(conferences[index].isCancelled ? "\(id) is already cancelled."
                : "\(id) has been held (its decision is recorded); put the record right with `cj conference correct`.")
        }
        conferences[index].cancellation = Cancellation(date: date, by: author, reason: reason)
        return "Cancelled \(conferences[index].title) \(id) booked for \(conferences[index].date): \(reason)"
    }

    /// Corrects what was recorded about a conference. A decision corrected away from `end` or
    /// `step-down` reopens the plan it ended (with its outcomes and actions, and no repeat-plan
    /// flag) and withdraws a child in need plan the step-down started; one corrected away from
    /// `start` withdraws the plan it started.
    public mutating func correctConference(
        _ id: String, _ request: ConferenceCorrection, reason: String, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let index = try indexOfRecord(\.conferences, id, kind: .conference)
        let before = conferences[index]
        let adding = try request.attended.map { reference throws(CaseJourneyError) in try participant(reference) }
        let removing = try request.notAttended.map { reference throws(CaseJourneyError) in try participant(reference) }
        let reportAuthor = try request.reportFrom.map { reference throws(CaseJourneyError) in try participant(reference) }
        if reportAuthor == nil && (request.received != nil || request.shared != nil) {
            throw .usage("Say whose report's dates were wrong with --report-from.")
        }
        if let newDate = request.date { try checkMeetingDate(newDate, of: before.kind == .review ? before.plan : nil, before.titleWithArticle) }
        if request.date != nil && !before.isHeld && request.decision == nil {
            throw .usage("\(id) has not been held yet; move it with `cj conference move \(caseId) \(id) --to YYYY-MM-DD --reason ...`.")
        }
        var line = try correct(\.conferences, id, kind: .conference, reason: reason, by: author, on: date) { record, changes throws(CaseJourneyError) in
            if let cancellation = record.cancellation, request.decision != nil {
                // A decision means it went ahead after all.
                changes.note(FieldChange(field: "cancelled", was: "\(cancellation.date): \(cancellation.reason)", now: nil))
                record.cancellation = nil
            }
            changes.set("date", &record.date, to: request.date) { $0.description }
            changes.setOptional("chair", &record.chair, to: try Case.optionalText(request.chair, field: "chair's name").map { .some($0) }) { $0 }
            changes.setOptional("recommendation", &record.recommendation, to: request.recommendation.map { .some($0) }) { $0.rawValue }
            changes.setOptional("decision", &record.decision, to: request.decision.map { .some($0) }) { $0.rawValue }
            changes.setOptional("reason for the decision", &record.decisionReason,
                        to: try Case.optionalText(request.decisionReason, field: "reason").map { .some($0) }) { $0 }
            changes.setOptional("parents' view", &record.parentsView, to: try Case.optionalText(request.parentsView, field: "parents' view").map { .some($0) }) { $0 }
            changes.setOptional("minutes sent", &record.minutesSent, to: request.minutesSent.map { .some($0) }) { $0.description }
            changes.setAttendance(&record.attended, adding: adding, removing: removing)
            if let reportAuthor {
                guard let position = record.reports.firstIndex(where: { NameKey.same($0.from.name, reportAuthor.name) }) else {
                    throw .usage("\(id) has no report from \(reportAuthor.name). " + (record.reports.isEmpty ? "It has no reports recorded."
                        : "Its reports are from: " + record.reports.map(\.from.name).joined(separator: ", ") + "."))
                }
                let reportID = record.reports[position].id
                changes.setOptional("report \(reportID) received", &record.reports[position].received, to: request.received.map { .some($0) }) { $0.description }
                changes.setOptional("report \(reportID) shared", &record.reports[position].sharedWithParents, to: request.shared.map { .some($0) }) { $0.description }
                try Case.checkReportDates(record.reports[position], in: record)
            }
            try Case.checkDecision(record)
            if let minutes = record.minutesSent, minutes < record.date {
                throw .usage("The minutes cannot be sent (\(minutes)) before the conference (\(record.date)).")
            }
        }
        line += try undoDecision(before, now: conferences[index], reason: reason, by: author, on: date)
        // A plan the conference started began on its day: a corrected day moves the start too.
        if let newDate = request.date, newDate != before.date,
           let planIndex = plans.firstIndex(where: { $0.conference == id && $0.start == before.date && !$0.isWithdrawn }) {
            let moved = try correct(\.plans, plans[planIndex].id, kind: .plan, reason: reason, by: author, on: date) { record, changes in
                changes.set("start", &record.start, to: newDate) { $0.description }
            }
            line += "; " + moved.prefix(1).lowercased() + moved.dropFirst()
        }
        if request.endPlan { line += "; " + (try endPlan(from: index)).joined(separator: "; ") }
        return line
    }

    /// A review or a core group is about a plan, so it cannot come before the plan started.
    private func checkMeetingDate(_ date: CalendarDate, of planID: String?, _ what: String) throws(CaseJourneyError) {
        guard let planID, let plan = plans.first(where: { $0.id == planID }), date < plan.start else { return }
        throw .usage("\(what.capitalizedFirst) for \(plan.id) cannot be on \(date): the plan started on \(plan.start). Check the date.")
    }

    /// When a correction takes back what a decision did, undo it; returns what was undone.
    mutating func undoDecision(_ before: Conference, now after: Conference, reason: String, by author: String, on date: CalendarDate) throws(CaseJourneyError) -> String {
        var undone: [String] = []
        let ending: Set<ConferenceDecision> = [.end, .stepDown]
        if let old = before.decision, ending.contains(old), after.decision.map({ !ending.contains($0) || $0 != old }) ?? true {
            let why = "the decision of \(before.id) was corrected: \(reason)"
            for plan in plans.inForce where plan.type == .childInNeed && plan.conference == before.id && old == .stepDown {
                undone.append(try withdraw(\.plans, plan.id, kind: .plan, reason: why, by: author, on: date))
            }
            for plan in plans.inForce where plan.end?.conference == before.id
                || (plan.end?.conference == nil && plan.id == before.plan && plan.end?.date == before.date && plan.end?.reason.contains(before.id) == true) {
                undone.append(try reopenPlan(plan.id, reason: why, by: author, on: date))
            }
        }
        if before.decision == .start, after.decision != .start {
            for plan in plans.inForce where plan.conference == before.id && plan.type == .childProtection
                || (plan.conference == nil && plan.id == before.plan && plan.start == before.date && before.kind == .initial) {
                undone.append(try withdraw(\.plans, plan.id, kind: .plan, reason: "the decision of \(before.id) was corrected: \(reason)", by: author, on: date))
                if let position = conferences.firstIndex(where: { $0.id == before.id }), conferences[position].plan == plan.id {
                    conferences[position].plan = nil
                }
            }
        }
        return undone.isEmpty ? "" : "; " + undone.map { $0.prefix(1).lowercased() + $0.dropFirst() }.joined(separator: "; ")
    }

    /// Corrects an allocation recorded with the wrong worker or dates; `reopen` takes back an end
    /// recorded in error (the latest allocation only).
    public mutating func correctAllocation(
        _ id: String, worker: String?, from: CalendarDate?, to: CalendarDate?, reopen: Bool = false,
        reason: String, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let worker = try worker.map { name throws(CaseJourneyError) in try Case.required(name, "The worker's name is empty.", multiline: false) }
        let live = allocations.inForce
        let position = live.firstIndex { $0.id == id }
        if reopen, let position, position != live.count - 1 {
            throw .usage("Only the latest allocation can be reopened; \(live[position + 1].worker) took over from \(live[position + 1].from).")
        }
        if reopen && to != nil { throw .usage("Give --reopen or --to, not both.") }
        // A handover moves both sides: the worker before held the case until this one started.
        var line = ""
        if let position, position > 0, let from, live[position - 1].to == live[position].from, from != live[position].from {
            let previous = live[position - 1]
            guard from > previous.from else {
                throw .usage("\(previous.worker) held the case from \(previous.from); \(live[position].worker)'s allocation cannot start on \(from).")
            }
            line = try correct(\.allocations, previous.id, kind: .allocation, reason: reason, by: author, on: date) { record, changes in
                changes.setOptional("to", &record.to, to: .some(from)) { $0.description }
            } + "; "
        }
        return try line + correct(\.allocations, id, kind: .allocation, reason: reason, by: author, on: date) { record, changes throws(CaseJourneyError) in
            changes.set("worker", &record.worker, to: worker) { $0 }
            changes.set("from", &record.from, to: from) { $0.description }
            changes.setOptional("to", &record.to, to: to.map { .some($0) }) { $0.description }
            if reopen, let end = record.to {
                changes.note(FieldChange(field: "to", was: end.description + (record.endReason.map { " (\($0))" } ?? ""), now: nil))
                record.to = nil
                record.endReason = nil
            }
            if let end = record.to, end <= record.from {
                throw .usage("An allocation from \(record.from) must end after that day, not on \(end).")
            }
            guard let position else { return }
            if position > 0 {
                let previous = live[position - 1]
                if record.from < (line.isEmpty ? previous.to ?? previous.from : previous.from) {
                    throw .usage("\(previous.worker) held the case until \(previous.to?.description ?? "now"); \(record.worker)'s allocation "
                        + "cannot start on \(record.from), before that. Put \(previous.worker)'s allocation (\(previous.id)) right first.")
                }
            }
            if position < live.count - 1 {
                let next = live[position + 1]
                if (record.to ?? next.from) > next.from || record.from >= next.from {
                    throw .usage("\(next.worker) took over on \(next.from); \(record.worker)'s allocation must end by then. "
                        + "Put \(next.worker)'s allocation (\(next.id)) right first.")
                }
            }
        }
    }

    /// Corrects a core group: its day, who came, when the notes were sent.
    public mutating func correctCoreGroup(
        _ id: String, date newDate: CalendarDate?, attended: [String], notAttended: [String], notesSent: CalendarDate?,
        reason: String, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let adding = try attended.map { reference throws(CaseJourneyError) in try participant(reference) }
        let removing = try notAttended.map { reference throws(CaseJourneyError) in try participant(reference) }
        if let newDate, let group = coreGroups.first(where: { $0.id == id }) { try checkMeetingDate(newDate, of: group.plan, "a core group") }
        return try correct(\.coreGroups, id, kind: .coreGroup, reason: reason, by: author, on: date) { record, changes throws(CaseJourneyError) in
            changes.set("date", &record.date, to: newDate) { $0.description }
            changes.setOptional("notes sent", &record.notesSent, to: notesSent.map { .some($0) }) { $0.description }
            changes.setAttendance(&record.attended, adding: adding, removing: removing)
            if let sent = record.notesSent, sent < record.date {
                throw .usage("The notes cannot be sent (\(sent)) before the meeting (\(record.date)).")
            }
        }
    }

    /// Corrects a strategy discussion: its day, whether it started an enquiry, its outcome.
    public mutating func correctStrategy(
        _ id: String, date newDate: CalendarDate?, section47Enquiry: Bool?, outcome: StrategyOutcome?,
        reason: String, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let line = try correct(\.strategyDiscussions, id, kind: .strategyDiscussion, reason: reason, by: author, on: date) { record, changes throws(CaseJourneyError) in
            changes.set("date", &record.date, to: newDate) { $0.description }
            changes.set("section 47 enquiry", &record.section47Enquiry, to: section47Enquiry) { $0 ? "yes" : "no" }
            if record.section47Enquiry == false && outcome == nil && record.outcome != .noEnquiry {
                changes.setOptional("outcome", &record.outcome, to: .some(.noEnquiry)) { $0.rawValue }
            }
            changes.setOptional("outcome", &record.outcome, to: outcome.map { .some($0) }) { $0.rawValue }
            if record.outcome != nil && record.outcomeDate == nil { record.outcomeDate = date }
            if record.outcome == .noEnquiry && record.section47Enquiry {
                throw .usage("A discussion that started a section 47 enquiry cannot have the outcome no-enquiry; give --no-enquiry as well if none was agreed.")
            }
            if let decided = record.outcomeDate, decided < record.date {
                throw .usage("The outcome (\(decided)) cannot come before the discussion (\(record.date)).")
            }
        }
        let discussion = strategyDiscussions.first { $0.id == id }!
        return line + cancelConferencesNotNeeded(after: discussion, by: author, on: date)
    }
}

extension FieldChanges {
    /// Adds people to a meeting's attendance and takes people off it (matched by name however
    /// typed), noting the list before and after when it changed.
    mutating func setAttendance(_ attended: inout [Participant], adding: [Participant], removing: [Participant]) {
        var list = attended
        for person in adding where !list.contains(where: { NameKey.same($0.name, person.name) }) { list.append(person) }
        list.removeAll { present in removing.contains { NameKey.same($0.name, present.name) } }
        guard list != attended else { return }
        note(FieldChange(field: "attended", was: attended.map(\.description).joined(separator: ", "),
                         now: list.map(\.description).joined(separator: ", ")))
        attended = list
    }
}
