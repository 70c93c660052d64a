/// A day on which something happened, as the case records it: a visit, a birth, an action done,
/// a report shared, a worker assigned. Booked meetings and due dates are plans, not facts, and
/// are not listed.
public struct HappenedDate: Sendable, Equatable, Hashable {
    /// Identifies the fact within its case ("visit v3", "action a2, event 3").
    public var key: String
    /// "the visit v3", "the day report rep2 was shared", for messages.
    public var what: String
    public var date: CalendarDate
}

extension Case {
    /// Every day on which the case says something happened.
    public var happenedDates: [HappenedDate] {
        var facts: [HappenedDate] = []
        func add(_ key: String, _ what: String, _ date: CalendarDate?) {
            if let date { facts.append(HappenedDate(key: key, what: what, date: date)) }
        }
        for person in people { add("born \(person.id)", "\(person.name)'s date of birth", person.born) }
        // Newest first, so a new allocation's own day is named before the end it gives the last one.
        for allocation in allocations.reversed() {
            add("allocation \(allocation.id) from", "the first day of \(allocation.worker)'s allocation", allocation.from)
            add("allocation \(allocation.id) to", "the end of \(allocation.worker)'s allocation", allocation.to)
        }
        for plan in plans {
            add("plan \(plan.id) start", "the start of plan \(plan.id)", plan.start)
            add("plan \(plan.id) end", "the end of plan \(plan.id)", plan.end?.date)
        }
        for visit in visits { add("visit \(visit.id)", "visit \(visit.id)", visit.date) }
        for expectation in expectations { add("expectation \(expectation.id)", "expectation \(expectation.id)", expectation.setOn) }
        for (noun, statements) in [("worry", worries), ("strength", strengths)] {
            for statement in statements { add("\(noun) \(statement.id)", "\(noun) \(statement.id)", statement.date) }
        }
        for outcome in outcomes { add("outcome \(outcome.id)", "outcome \(outcome.id)", outcome.date) }
        for action in actions {
            for (index, event) in action.history.enumerated() {
                add("action \(action.id) event \(index)", "action \(action.id) (\(event.kind.rawValue))", event.date)
            }
        }
        for rating in riskRatings { add("rating \(rating.id)", "risk rating \(rating.id)", rating.date) }
        for view in views { add("view \(view.id)", "view \(view.id)", view.date) }
        for proposal in endProposals { add("proposal \(proposal.id)", "proposal \(proposal.id)", proposal.date) }
        for discussion in strategyDiscussions {
            add("strategy \(discussion.id)", "strategy discussion \(discussion.id)", discussion.date)
            add("strategy \(discussion.id) outcome", "the outcome of strategy discussion \(discussion.id)", discussion.outcomeDate)
        }
        for conference in conferences {
            // A booked conference is a plan; one with a decision has been held.
            if conference.isHeld { add("conference \(conference.id) held", "conference \(conference.id) (held)", conference.date) }
            add("conference \(conference.id) minutes", "the day the minutes of \(conference.id) were sent", conference.minutesSent)
            add("conference \(conference.id) cancelled", "the cancellation of \(conference.id)", conference.cancellation?.date)
            for share in conference.fairness?.reportShares ?? [] {
                add("share \(conference.id) \(share.report) \(share.person)", "the day report \(share.report) was given to \(person(withID: share.person)?.name ?? share.person)", share.date)
            }
            add("conference \(conference.id) pre-meeting", "the pre-meeting for \(conference.id)", conference.fairness?.preMeetingHeld)
            add("conference \(conference.id) pre-meeting offered", "the offer of a pre-meeting for \(conference.id)", conference.fairness?.preMeetingOffered)
            for report in conference.reports {
                add("report \(conference.id) \(report.id) received", "the day report \(report.id) was received", report.received)
                add("report \(conference.id) \(report.id) shared", "the day report \(report.id) was shared with the parents", report.sharedWithParents)
            }
        }
        for allocation in allocations {
            add("handover \(allocation.id) family", "the day \(allocation.worker) met the family", allocation.handover?.metFamily)
            add("handover \(allocation.id) children", "the day \(allocation.worker) met the children", allocation.handover?.metChildren)
        }
        for worry in worries { add("worry \(worry.id) past", "the day worry \(worry.id) stopped applying", worry.historic?.until) }
        for agreement in agreements {
            add("agreement \(agreement.id) signed", "the day \(agreement.id) was signed", agreement.signed)
            add("agreement \(agreement.id) ended", "the day \(agreement.id) ended", agreement.ended)
            for checkIn in agreement.checkIns ?? [] { add("agreement \(agreement.id) check-in \(checkIn.date)", "a check-in of \(agreement.id)", checkIn.held) }
            for milestone in agreement.milestones ?? [] { add("agreement \(agreement.id) milestone \(milestone.text)", "a milestone of \(agreement.id)", milestone.reached) }
            for request in agreement.permissionRequests ?? [] {
                add("agreement \(agreement.id) \(request.id) asked", "request \(request.id) of \(agreement.id)", request.asked)
                add("agreement \(agreement.id) \(request.id) answered", "the answer to \(request.id) of \(agreement.id)", request.answered)
            }
        }
        for referral in services {
            for (label, day) in [("referred", referral.referred), ("accepted", referral.accepted), ("started", referral.started),
                                 ("ended", referral.ended)] {
                add("service \(referral.id) \(label)", "the day \(referral.id) was \(label)", day)
            }
            for (number, session) in (referral.sessions ?? []).enumerated() where session.outcome != .cancelledByFamily && session.outcome != .cancelledByProvider {
                add("service \(referral.id) session \(number)", "a session of \(referral.id)", session.date)
            }
        }
        for request in correctionRequests {
            add("request \(request.id)", "correction request \(request.id)", request.date)
            add("request \(request.id) answer", "the answer to correction request \(request.id)", request.answer?.date)
        }
        for item in evidence {
            add("evidence \(item.id)", "evidence \(item.id)", item.date)
            add("evidence \(item.id) recorded", "the day evidence \(item.id) was recorded", item.recordedOn)
        }
        for contact in contacts { add("contact \(contact.id)", "contact attempt \(contact.id)", contact.date) }
        for referral in referrals {
            add("referral \(referral.id)", "referral \(referral.id)", referral.date)
            add("referral \(referral.id) decided", "the decision on referral \(referral.id)", referral.decided)
            add("referral \(referral.id) closed", "the closing of referral \(referral.id)", referral.closed)
        }
        for assessment in assessments {
            add("assessment \(assessment.id)", "the start of assessment \(assessment.id)", assessment.started)
            add("assessment \(assessment.id) authorised", "the end of assessment \(assessment.id)", assessment.authorised)
        }
        for appointment in appointments {
            add("appointment \(appointment.id) booked", "the day appointment \(appointment.id) was booked", appointment.bookedOn)
            add("appointment \(appointment.id) result", "what came of appointment \(appointment.id)", appointment.resultDate)
            // An appointment that happened or was missed took place on its day.
            if appointment.result == .happened || appointment.result == .missed {
                add("appointment \(appointment.id) day", "appointment \(appointment.id)", appointment.date)
            }
        }
        for group in coreGroups {
            add("core group \(group.id)", "core group \(group.id)", group.date)
            add("core group \(group.id) notes", "the day the notes of \(group.id) were sent", group.notesSent)
        }
        return facts
    }

    /// The first thing in `self` dated after `today` that `before` did not already record, if any.
    public func newFutureDate(comparedWith before: Case, today: CalendarDate) -> HappenedDate? {
        let known = Set(before.happenedDates)
        return happenedDates.first { $0.date > today && !known.contains($0) }
    }
}

extension CaseValidator {
    /// Everything the case says happened after `today`: a hand-edited file, or a clock that was
    /// wrong. Reported by `cj validate`; a case is still read, so nothing is lost.
    public static func futureDates(in value: Case, today: CalendarDate) -> [CaseFileProblem] {
        value.happenedDates.filter { $0.date > today }.map { fact in
            CaseFileProblem(location: fact.what, found: "\"\(fact.date)\"", expected: "a day on or before today, \(today): only what has happened is recorded")
        }
    }
}
