/// `cj timeline`: the family's journey in date order, from everything the case file holds.
public struct TimelineEntry: Codable, Sendable, Equatable {
    public var date: CalendarDate
    /// `worker`, `strategy-discussion`, `conference`, `report`, `minutes`, `plan-started`,
    /// `plan-ended`, `worry`, `strength`, `outcome`, `action`, `risk-rating`, `view`,
    /// `end-proposal`, `core-group`, `core-group-notes`, `visit` or `expectation`.
    public var kind: String
    public var text: String
}

public struct CaseTimeline: Sendable {
    public let meetings: MeetingSchedule

    public init(settings: StoreSettings) {
        meetings = MeetingSchedule(settings: settings)
    }

    /// Every entry, oldest first; entries on the same day keep the order of the journey
    /// (worker, strategy discussion, conference, plan, ...).
    public func entries(for value: Case) -> [TimelineEntry] {
        var entries = workerEntries(value) + meetingEntries(value) + planEntries(value)
        entries += value.effectiveVisits.map { visit in
            let children = value.describeSightings(visit, withReasons: true)
            return TimelineEntry(date: visit.date, kind: "visit", text: "\(visit.kind.rawValue.capitalized) visit by \(visit.by): \(children)")
        }
        entries += value.expectations.map { expectation in
            let scope = [expectation.child.map { value.person(withID: $0)?.firstName ?? $0 }, expectation.plan].compactMap { $0 }
            let target = scope.isEmpty ? "the case" : scope.joined(separator: " on ")
            let setting = expectation.interval.map { "set to \($0.length)" } ?? "returned to the team default"
            return TimelineEntry(date: expectation.setOn, kind: "expectation",
                                 text: "\(expectation.what.displayName.capitalizedFirst) for \(target) \(setting) by \(expectation.setBy): \(expectation.reason)")
        }
        return entries.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    private func workerEntries(_ value: Case) -> [TimelineEntry] {
        value.allocations.enumerated().map { index, allocation in
            let previous = index > 0 ? " (taking over from \(value.allocations[index - 1].worker))" : ""
            return TimelineEntry(date: allocation.from, kind: "worker", text: "\(allocation.worker) became the social worker\(previous)")
        }
    }

    private func meetingEntries(_ value: Case) -> [TimelineEntry] {
        var entries = value.strategyDiscussions.map { discussion in
            TimelineEntry(date: discussion.date, kind: "strategy-discussion",
                          text: "Strategy discussion: " + (discussion.section47Enquiry ? "a section 47 enquiry starts" : "no section 47 enquiry")
                            + (discussion.note.map { ". \($0)" } ?? ""))
        }
        for conference in value.conferences {
            entries.append(TimelineEntry(date: conference.date, kind: "conference", text: describe(conference)))
            for report in conference.reports {
                entries.append(reportEntry(report, conference, value))
            }
            if let sent = conference.minutesSent {
                entries.append(TimelineEntry(date: sent, kind: "minutes", text: "Minutes of the \(conference.title) on \(conference.date) sent"))
            }
        }
        for group in value.coreGroups {
            var text = "Core group (\(group.plan))"
            if !group.attended.isEmpty { text += ": attended by " + group.attended.map(\.description).joined(separator: ", ") }
            if !group.actionsReviewed.isEmpty { text += "; reviewed actions " + group.actionsReviewed.joined(separator: ", ") }
            if let note = group.note { text += ". \(note)" }
            entries.append(TimelineEntry(date: group.date, kind: "core-group", text: text))
            if let sent = group.notesSent {
                entries.append(TimelineEntry(date: sent, kind: "core-group-notes", text: "Notes of the core group on \(group.date) sent"))
            }
        }
        return entries
    }

    private func describe(_ conference: Conference) -> String {
        var text = conference.title.capitalizedFirst + (conference.chair.map { " (chair \($0))" } ?? "")
        guard let decision = conference.decision else { return text + ": booked" }
        text += ": decided that " + decision.describe(at: conference.kind)
        if let recommendation = conference.recommendation {
            text += recommendation == decision ? ", as the social worker recommended"
                : " (the social worker recommended that \(recommendation.describe(at: conference.kind)))"
        }
        if let reason = conference.decisionReason { text += ". Why: \(reason)" }
        if !conference.attended.isEmpty { text += ". Attended: " + conference.attended.map(\.description).joined(separator: ", ") }
        if let view = conference.parentsView { text += ". The parents' view: \(view)" }
        return text
    }

    /// Report sharing, with how late it was in working days.
    private func reportEntry(_ report: ConferenceReport, _ conference: Conference, _ value: Case) -> TimelineEntry {
        let occasion = "the \(conference.title) on \(conference.date)"
        guard let shared = report.sharedWithParents, let late = meetings.workingDaysLate(report, for: conference, in: value) else {
            return TimelineEntry(date: report.received ?? conference.date, kind: "report",
                                 text: "Report from \(report.from.description) for \(occasion): not recorded as shared with the parents")
        }
        let before = meetings.calendar.workingDays(after: shared, through: conference.date)
        let expected = meetings.expectation(.reportsToParents, plan: conference.plan, in: value, asOf: conference.date).interval
        var text = "Report from \(report.from.description) shared with the parents, "
            + (shared == conference.date ? "on the day of \(occasion)"
                : shared > conference.date ? "after \(occasion)" : "\(before) working day\(before == 1 ? "" : "s") before \(occasion)")
        text += late == 0 ? " (on time)" : " (\(late) working day\(late == 1 ? "" : "s") late: expected \(expected.length) before)"
        return TimelineEntry(date: shared, kind: "report", text: text)
    }

    private func planEntries(_ value: Case) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        for plan in value.plans {
            let names = plan.children.map { value.person(withID: $0)?.firstName ?? $0 }.joined(separator: ", ")
            let category = plan.category.map { " (\($0.rawValue))" } ?? ""
            entries.append(TimelineEntry(date: plan.start, kind: "plan-started",
                                         text: "\(plan.type.displayName.capitalizedFirst) plan \(plan.id)\(category) started for \(names)"))
        }
        let statements = value.worries.map { ("worry", "Worry", $0) } + value.strengths.map { ("strength", "Strength", $0) }
        entries += statements.map { kind, title, statement in
            TimelineEntry(date: statement.date, kind: kind, text: "\(title) \(statement.id) (\(statement.plan)): \(statement.text)")
        }
        entries += value.outcomes.map { outcome in
            TimelineEntry(date: outcome.date, kind: "outcome",
                          text: "Outcome \(outcome.id) (\(outcome.plan)): \(outcome.text)" + (outcome.reason.map { ". Why: \($0)" } ?? ""))
        }
        for action in value.actions {
            entries += action.steps.map { step in
                var text = "Action \(action.id) " + ActionChangeText.describe(step, in: value) + ": \(step.after.text)"
                if let reason = step.event.reason { text += ". Why: \(reason)" }
                if let note = step.event.note { text += ". \(note)" }
                return TimelineEntry(date: step.event.date, kind: "action", text: text)
            }
        }
        entries += value.riskRatings.map { rating in
            TimelineEntry(date: rating.date, kind: "risk-rating",
                          text: "Risk rating \(rating.score) out of 10 for \(rating.plan) (\(rating.ratedBy)): \(rating.reason)")
        }
        entries += value.views.map { view in
            let name = value.person(withID: view.person)?.name ?? view.person
            let sharing = view.childAgreedToShare == false ? " (not to be shared with the parents)" : ""
            return TimelineEntry(date: view.date, kind: "view", text: "\(name)'s view\(sharing): \(view.text)")
        }
        entries += value.endProposals.map { proposal in
            TimelineEntry(date: proposal.date, kind: "end-proposal",
                          text: "\(proposal.by) \(proposal.proposed ? "proposed ending" : "withdrew the proposal to end") \(proposal.plan): \(proposal.reason)")
        }
        for plan in value.plans {
            if let end = plan.end {
                entries.append(TimelineEntry(date: end.date, kind: "plan-ended", text: "Plan \(plan.id) ended: \(end.reason)"))
            }
        }
        return entries
    }
}
