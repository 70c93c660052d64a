/// `cj timeline`: the family's journey in date order, from everything the case file holds.
public struct TimelineEntry: Codable, Sendable, Equatable {
    public var date: CalendarDate
    /// `worker`, `strategy-discussion`, `conference`, `report`, `minutes`, `plan-started`,
    /// `plan-ended`, `worry`, `strength`, `outcome`, `action`, `risk-rating`, `view`,
    /// `end-proposal`, `core-group`, `core-group-notes`, `visit`, `expectation`, `birth`,
    /// `strategy-outcome`, `cancellation`, `allocation-ended`, `contact-attempt`, `appointment`,
    /// `appointment-cancelled`, `evidence`, `correction-request`, `service`, `service-session`,
    /// `agreement`, `agreement-check-in`, `permission-request`, `referral`, `referral-decision`,
    /// `referral-closed`, `assessment`, `assessment-authorised`, `correction` or `withdrawal`.
    public var kind: String
    public var text: String
}

public struct CaseTimeline: Sendable {
    public let meetings: MeetingSchedule

    public init(settings: StoreSettings) {
        meetings = MeetingSchedule(settings: settings)
    }

    /// Every entry, oldest first; entries on the same day keep the order of the journey
    /// (worker, strategy discussion, conference, plan, ...). What was withdrawn or corrected
    /// stays, marked, with an entry on the day it was put right saying what it said before.
    public func entries(for value: Case) -> [TimelineEntry] {
        var entries = referralEntries(value) + workerEntries(value) + meetingEntries(value) + planEntries(value)
        // A birth is part of the journey when the child was known before it (a pre-birth plan).
        for person in value.people where person.expectedBirth != nil {
            if let born = person.born { entries.append(TimelineEntry(date: born, kind: "birth", text: "\(person.name) was born")) }
        }
        let replaced = Set(value.visits.filter { !$0.isWithdrawn }.compactMap(\.amends))
        entries += value.visits.filter { !replaced.contains($0.id) }.map { visit in
            let children = value.describeSightings(visit, withReasons: true)
            let corrects = visit.amends.map { " (corrects \($0): \(visit.amendmentReason ?? ""))" } ?? ""
            return TimelineEntry(date: visit.date, kind: "visit",
                                 text: "\(visit.kind.rawValue.capitalized) visit by \(visit.by): \(children)\(corrects)" + withdrawn(visit))
        }
        entries += value.expectations.map { expectation in
            let scope = [expectation.child.map { value.person(withID: $0)?.firstName ?? $0 }, expectation.plan].compactMap { $0 }
            let target = scope.isEmpty ? "the case" : scope.joined(separator: " on ")
            let setting = expectation.interval.map { "set to \($0.length)" }
                ?? (expectation.notExpected == true ? "recorded as not expected" : "returned to the team default")
            return TimelineEntry(date: expectation.setOn, kind: "expectation",
                                 text: "\(expectation.what.displayName.capitalizedFirst) for \(target) \(setting) by \(expectation.setBy): \(expectation.reason)"
                                    + withdrawn(expectation))
        }
        entries += correctionEntries(value)
        return entries.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// The words as they were on the day they were written, not as later reworded: a journey
    /// in date order must not show what was only known later. The rewording has its own line
    /// on its own day (`correctionEntries`).
    private func asFirstWritten<Record: Correctable>(_ text: KeyPath<Record, String>, of record: Record) -> String {
        let original = record.correctionList.flatMap(\.changes).first { $0.field == "text" }?.was
        return original.map { "\($0) (reworded later)" } ?? record[keyPath: text]
    }

    /// " [withdrawn on 2026-11-30 by Sam Okafor: added twice]", or nothing.
    private func withdrawn(_ record: any Correctable) -> String {
        record.withdrawal.map { " [withdrawn on \($0.date) by \($0.by): \($0.reason)]" } ?? ""
    }

    /// An entry for each correction and withdrawal, on the day it was made.
    private func correctionEntries(_ value: Case) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        for (kind, record) in value.allRecords {
            for correction in record.correctionList {
                let changes = correction.changes.map(\.description).joined(separator: "; ")
                // A booked conference given another day was moved, not put right.
                let moved = kind == .conference && correction.changes.map(\.field) == ["date"]
                    && (value.conferences.first { $0.id == record.id }.map { !$0.isHeld } ?? false)
                let text = moved
                    ? "\(correction.by) moved conference \(record.id) from \(correction.changes[0].was ?? "?") to \(correction.changes[0].now ?? "?")"
                    : "\(correction.by) corrected \(kind.rawValue) \(record.id): \(changes)"
                entries.append(TimelineEntry(date: correction.date, kind: "correction", text: text + ". Why: \(correction.reason)"))
            }
            if let withdrawal = record.withdrawal {
                entries.append(TimelineEntry(date: withdrawal.date, kind: "withdrawal",
                    text: "\(withdrawal.by) withdrew \(kind.rawValue) \(record.id)" + (withdrawal.sameAs.map { " (the same as \($0))" } ?? "")
                        + ". Why: \(withdrawal.reason)"))
            }
        }
        return entries
    }

    /// The start of the journey: each referral (and whether it is a re-referral), its decision
    /// and closing, and each assessment.
    private func referralEntries(_ value: Case) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        for referral in value.referrals {
            var text = "Referral \(referral.id) about \(value.firstNames(referral.children)) from \(referral.source.displayName): \(referral.reason)"
            for child in referral.children {
                if let earlier = value.previousReferral(of: child, before: referral) {
                    text += " (a re-referral for \(value.person(withID: child)?.firstName ?? child): \(earlier.id) on \(earlier.date))"
                }
            }
            entries.append(TimelineEntry(date: referral.date, kind: "referral", text: text + withdrawn(referral)))
            if let decision = referral.decision, let decided = referral.decided {
                entries.append(TimelineEntry(date: decided, kind: "referral-decision", text: "Referral \(referral.id) decided: \(decision.displayName)"
                    + (referral.primaryNeed.map { "; primary need \($0.rawValue) (\($0.displayName))" } ?? "")))
            }
            if let closed = referral.closed, let reason = referral.closureReason {
                entries.append(TimelineEntry(date: closed, kind: "referral-closed", text: "Episode from referral \(referral.id) closed: \(reason.displayName) (\(reason.rawValue))"))
            }
        }
        for assessment in value.assessments {
            entries.append(TimelineEntry(date: assessment.started, kind: "assessment",
                                         text: "Assessment \(assessment.id) started (referral \(assessment.referral))" + withdrawn(assessment)))
            if let authorised = assessment.authorised {
                entries.append(TimelineEntry(date: authorised, kind: "assessment-authorised",
                    text: "Assessment \(assessment.id) authorised, \(referralDays(assessment, authorised, value)) working days after the referral; factors: "
                        + (assessment.factors ?? []).joined(separator: ", ")))
            }
        }
        return entries
    }

    /// Working days from an assessment's referral to its authorisation.
    private func referralDays(_ assessment: Assessment, _ authorised: CalendarDate, _ value: Case) -> Int {
        let start = value.referrals.first { $0.id == assessment.referral }?.date ?? assessment.started
        return meetings.calendar.workingDays(after: start, through: authorised)
    }

    private func workerEntries(_ value: Case) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        var previous: Allocation?
        for allocation in value.allocations {
            let taking = previous.flatMap { $0.to == allocation.from ? " (taking over from \($0.worker))" : nil } ?? ""
            entries.append(TimelineEntry(date: allocation.from, kind: "worker",
                                         text: "\(allocation.worker) became the social worker\(taking)" + withdrawn(allocation)))
            if let end = allocation.to, let reason = allocation.endReason {
                entries.append(TimelineEntry(date: end, kind: "allocation-ended",
                                             text: "\(allocation.worker)'s allocation ended: \(reason). The case was unallocated"))
            }
            if !allocation.isWithdrawn { previous = allocation }
        }
        return entries
    }

    private func meetingEntries(_ value: Case) -> [TimelineEntry] {
        var entries = value.strategyDiscussions.map { discussion in
            TimelineEntry(date: discussion.date, kind: "strategy-discussion",
                          text: "Strategy discussion \(discussion.id): " + (discussion.section47Enquiry ? "a section 47 enquiry starts" : "no section 47 enquiry")
                            + (discussion.note.map { ". \($0)" } ?? "") + withdrawn(discussion))
        }
        for discussion in value.strategyDiscussions where discussion.section47Enquiry {
            if let outcome = discussion.outcome, let date = discussion.outcomeDate {
                entries.append(TimelineEntry(date: date, kind: "strategy-outcome",
                                             text: "The enquiry from strategy discussion \(discussion.id) ended: \(outcome.displayName)"))
            }
        }
        for conference in value.conferences {
            entries.append(TimelineEntry(date: conference.date, kind: "conference", text: describe(conference) + withdrawn(conference)))
            if let cancellation = conference.cancellation {
                entries.append(TimelineEntry(date: cancellation.date, kind: "cancellation",
                    text: "\(cancellation.by) cancelled the \(conference.title) booked for \(conference.date): \(cancellation.reason)"))
            }
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
            entries.append(TimelineEntry(date: group.date, kind: "core-group", text: text + withdrawn(group)))
            if let sent = group.notesSent {
                entries.append(TimelineEntry(date: sent, kind: "core-group-notes", text: "Notes of the core group on \(group.date) sent"))
            }
        }
        return entries + contactEntries(value) + progressEntries(value)
    }

    /// Evidence, requests to correct a record, services and written agreements, each on its day.
    private func progressEntries(_ value: Case) -> [TimelineEntry] {
        func name(_ id: String) -> String { value.person(withID: id)?.name ?? id }
        var entries = value.evidence.map { item in
            TimelineEntry(date: item.date, kind: "evidence", text: "Evidence \(item.id)" + (item.person.map { " for \(name($0))" } ?? "")
                + " from \(item.from.description): \(item.text)" + withdrawn(item))
        }
        for request in value.correctionRequests {
            entries.append(TimelineEntry(date: request.date, kind: "correction-request",
                text: "\(request.from.name) asked to correct \(request.record): \"\(request.wrong)\" should say \"\(request.shouldSay)\"" + withdrawn(request)))
            if let answer = request.answer {
                entries.append(TimelineEntry(date: answer.date, kind: "correction-request",
                    text: "\(answer.accepted ? "Accepted" : "Declined") \(request.from.name)'s request \(request.id): \(answer.reason)"))
            }
        }
        for referral in value.services {
            let who = name(referral.person)
            entries.append(TimelineEntry(date: referral.referred, kind: "service",
                text: "\(who) referred to \(referral.provider): \(referral.purpose)" + withdrawn(referral)))
            for (label, day) in [("accepted", referral.accepted), ("started", referral.started)] {
                if let day { entries.append(TimelineEntry(date: day, kind: "service", text: "\(referral.provider) \(label) \(who)'s referral")) }
            }
            for session in referral.sessions ?? [] where session.outcome != .held {
                entries.append(TimelineEntry(date: session.date, kind: "service-session", text: "\(referral.provider) session: \(session.outcome.displayName)"))
            }
            if let ended = referral.ended {
                entries.append(TimelineEntry(date: ended, kind: "service", text: "\(referral.provider) for \(who) \(referral.endReason?.displayName ?? "ended")"))
            }
        }
        for agreement in value.agreements {
            entries.append(TimelineEntry(date: agreement.signed, kind: "agreement",
                text: "Written agreement \(agreement.id) signed by \(agreement.agreedBy.map(name).joined(separator: ", ")): "
                    + agreement.terms.joined(separator: "; ") + withdrawn(agreement)))
            for checkIn in agreement.checkIns ?? [] where checkIn.held != nil || checkIn.missed == true {
                entries.append(TimelineEntry(date: checkIn.date, kind: "agreement-check-in",
                    text: "Check-in on \(agreement.id) " + (checkIn.held != nil ? "held" : "missed" + (checkIn.reason.map { ": \($0)" } ?? ""))))
            }
            for request in agreement.permissionRequests ?? [] {
                var text = "\(name(request.from)) asked under \(agreement.id): \(request.what)"
                if let answered = request.answered {
                    text += "; answered \(request.granted == true ? "yes" : "no") on \(answered) (\(meetings.calendar.workingDays(after: request.asked, through: answered)) working days)"
                }
                entries.append(TimelineEntry(date: request.asked, kind: "permission-request", text: text))
            }
            if let ended = agreement.ended {
                entries.append(TimelineEntry(date: ended, kind: "agreement", text: "Written agreement \(agreement.id) ended: \(agreement.endReason ?? "")"))
            }
        }
        return entries
    }

    /// Each attempt to reach an adult, and each appointment: booked, and what came of it.
    private func contactEntries(_ value: Case) -> [TimelineEntry] {
        func name(_ id: String) -> String { value.person(withID: id)?.name ?? id }
        var entries = value.contacts.map { contact in
            TimelineEntry(date: contact.date, kind: "contact-attempt",
                          text: "\(contact.method.displayName.capitalizedFirst) to \(name(contact.person))"
                            + (contact.via.map { " through \($0)" } ?? "") + ": \(contact.outcome.displayName)" + withdrawn(contact))
        }
        for appointment in value.appointments {
            let with = appointment.with.map(name).joined(separator: ", ")
            switch appointment.result {
            case .cancelled?:
                entries.append(TimelineEntry(date: appointment.resultDate ?? appointment.date, kind: "appointment-cancelled",
                    text: "Appointment with \(with) on \(appointment.date) (\(appointment.purpose)) cancelled by "
                        + "\(appointment.cancelledBy?.displayName ?? "someone"): \(appointment.reason ?? "no reason given")" + withdrawn(appointment)))
            case let result?:
                entries.append(TimelineEntry(date: appointment.date, kind: "appointment",
                    text: "Appointment with \(with) (\(appointment.purpose)): \(result == .happened ? "it happened" : "missed")"
                        + (appointment.reason.map { " (\($0))" } ?? "") + withdrawn(appointment)))
            case nil:
                entries.append(TimelineEntry(date: appointment.date, kind: "appointment",
                    text: "Appointment booked with \(with) (\(appointment.purpose))" + withdrawn(appointment)))
            }
        }
        return entries
    }

    private func describe(_ conference: Conference) -> String {
        var text = conference.title.capitalizedFirst + (conference.chair.map { " (chair \($0))" } ?? "")
        if conference.isCancelled { return text + ": booked, then cancelled" }
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
                                         text: "\(plan.type.displayName.capitalizedFirst) plan \(plan.id)\(category) started for \(names)" + withdrawn(plan)))
        }
        let statements = value.worries.map { ("worry", "Worry", $0) } + value.strengths.map { ("strength", "Strength", $0) }
        entries += statements.map { kind, title, statement in
            TimelineEntry(date: statement.date, kind: kind,
                          text: "\(title) \(statement.id) (\(statement.plan)): \(asFirstWritten(\.text, of: statement))" + withdrawn(statement))
        }
        entries += value.outcomes.map { outcome in
            TimelineEntry(date: outcome.date, kind: "outcome",
                          text: "Outcome \(outcome.id) (\(outcome.plan)): \(asFirstWritten(\.text, of: outcome))"
                            + (outcome.reason.map { ". Why: \($0)" } ?? "") + withdrawn(outcome))
        }
        for action in value.actions {
            entries += action.steps.map { step in
                var text = "Action \(action.id) " + ActionChangeText.describe(step, in: value) + ": \(step.after.text)"
                if let reason = step.event.reason { text += ". Why: \(reason)" }
                if let note = step.event.note { text += ". \(note)" }
                return TimelineEntry(date: step.event.date, kind: "action", text: text + withdrawn(action))
            }
        }
        entries += value.riskRatings.map { rating in
            TimelineEntry(date: rating.date, kind: "risk-rating",
                          text: "Risk rating \(rating.score) out of 10 for \(rating.plan) (\(rating.ratedBy)): \(rating.reason)" + withdrawn(rating))
        }
        entries += value.views.map { view in
            let name = value.person(withID: view.person)?.name ?? view.person
            let sharing = view.childAgreedToShare == false ? " (not to be shared with the parents)" : ""
            return TimelineEntry(date: view.date, kind: "view", text: "\(name)'s view\(sharing): \(view.text)" + withdrawn(view))
        }
        entries += value.endProposals.map { proposal in
            TimelineEntry(date: proposal.date, kind: "end-proposal",
                          text: "\(proposal.by) \(proposal.proposed ? "proposed ending" : "withdrew the proposal to end") \(proposal.plan): \(proposal.reason)"
                            + withdrawn(proposal))
        }
        for plan in value.plans {
            if let end = plan.end {
                entries.append(TimelineEntry(date: end.date, kind: "plan-ended", text: "Plan \(plan.id) ended: \(end.reason)" + withdrawn(plan)))
            }
        }
        return entries
    }
}
