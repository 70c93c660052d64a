/// `cj conference pack`: what a chair and a family need before a conference, in one document:
/// each action with its status and evidence, other evidence of progress, requests to correct a
/// record, each report and when each parent had it, the family's views, what was arranged for
/// the meeting, and the plan's changes since the last conference with their reasons.
///
/// Without a reader it is the professionals' pack (marked not for the family); with one, every
/// item passes the same disclosure policy as the parent summary.
public struct ConferencePack: Sendable {
    public let value: Case
    public let conference: Conference
    public let plan: Plan
    public let view: ReaderView
    public let asOf: CalendarDate
    let settings: StoreSettings

    public init(case recorded: Case, conference id: String, for readerReference: String?, settings: StoreSettings,
                asOf: CalendarDate) throws(CaseJourneyError) {
        let value = recorded.inForce
        guard let conference = value.conferences.first(where: { $0.id == id }) else {
            throw .usage("Case \(value.caseId) has no conference \(id); `cj conference list \(value.caseId)` shows them.")
        }
        guard let planID = conference.plan ?? value.openPlans.first(where: { $0.type == .childProtection })?.id,
              let plan = value.plans.first(where: { $0.id == planID }) else {
            throw .usage("\(id) is not linked to a plan yet, so there is no plan to put in a pack.")
        }
        let reader = try readerReference.map { reference throws(CaseJourneyError) in try value.person(reference) }
        if let reader, reader.isChild {
            throw .usage("\(reader.name) is a child. A pack is for an adult in the family, or (without --for) for the chair and the professionals.")
        }
        // A pack for a conference already held shows the case as it stood that day.
        let asOf = min(asOf, conference.date)
        self.value = value
        self.conference = conference
        self.plan = plan
        self.asOf = asOf
        self.settings = settings
        view = ReaderView(case: recorded, plan: plan, reader: reader, asOf: asOf)
    }

    private var reader: Person? { view.policy.reader }

    public func build() -> SummaryDocument {
        let title = "Conference pack: the \(conference.title) on \(SummaryDates.long(conference.date))"
        let subtitle = reader.map { "For \($0.name), as of \(SummaryDates.long(asOf))." }
            ?? "For the chair and the professionals, as of \(SummaryDates.long(asOf)). Not for the family: give them their own pack."
        let sections = [actions(), otherEvidence(), services(), agreements(), requests(), reports(), views(), arrangements(), changes()].compactMap { $0 }
        let mark = reader.map { "Private: for \($0.name)" } ?? "Private: for the chair and professionals only"
        // Kept details go first; then every professional's word a family member may not know is
        // explained where it first appears, as in the parent summary.
        let document = SummaryDocument(title: title, subtitle: subtitle, sections: sections, privateMark: mark).withholding(view.policy)
        return reader == nil ? document : JargonGlossing.apply(to: document).document
    }

    private func name(_ owner: ActionOwner) -> String {
        if let id = owner.person { return id == reader?.id ? "You" : value.person(withID: id)?.firstName ?? id }
        if let id = owner.professional, let professional = value.professionals.first(where: { $0.id == id }) { return professional.name }
        return owner.agency ?? "Someone"
    }

    private func evidenceLine(_ item: Evidence) -> SummaryText {
        SummaryText([.own("Evidence, \(SummaryDates.medium(item.date)): "), .quoted(item.text), .own(" (from "),
                     .data(item.from.agency ?? item.from.name), .own(")")])
    }

    private func actions() -> SummarySection? {
        guard !view.actions.isEmpty else { return nil }
        var items: [SummaryText] = []
        for visible in view.actions {
            let state = visible.state
            // A family is never given a weekend or a bank holiday as the day to do something by.
            let due = settings.workingCalendar.workingDay(onOrBefore: state.due)
            var parts: [SummaryText.Part] = [.data(state.owners.map(name).joined(separator: " and ")), .own(": "), .quoted(state.text)]
            if let repeats = state.repeats, state.status.isLive {
                // Something to keep doing: how often and how it is going, never a missed deadline.
                parts += [.own(" (\(visible.action.id), ongoing: "), .data(repeats), .own("; looked at again by \(SummaryDates.medium(due)))")]
                if let progress = visible.progress {
                    parts += [.own(". How it is going, on \(SummaryDates.medium(progress.date)): "), .quoted(progress.note)]
                }
            } else {
                let status = switch state.status {
                case .done: "done on \(SummaryDates.medium(state.since))"
                case .dropped: "taken out on \(SummaryDates.medium(state.since))"
                default: state.due < asOf ? "not done; was due by \(SummaryDates.medium(due))" : "to do by \(SummaryDates.medium(due))"
                }
                parts.append(.own(" (\(visible.action.id), \(status))"))
            }
            items.append(SummaryText(parts))
            for item in view.evidence where (item.actions ?? []).contains(visible.action.id) {
                items.append(SummaryText([.own("   ")] + evidenceLine(item).parts))
            }
        }
        return SummarySection("Each action, with its evidence", [.bullets(items)])
    }

    private func otherEvidence() -> SummarySection? {
        let other = view.evidence.filter { ($0.actions ?? []).isEmpty }
        guard !other.isEmpty else { return nil }
        return SummarySection("Other evidence of progress", [.bullets(other.map(evidenceLine))])
    }

    /// Each referral with its wait and the sessions the provider missed: whose delays are whose.
    private func services() -> SummarySection? {
        let shown = reader == nil ? value.services.filter { $0.referred <= asOf } : view.services
        guard !shown.isEmpty else { return nil }
        let calendar = settings.workingCalendar
        return SummarySection("Help from services, and its delays", [.bullets(shown.map { referral in
            var parts: [SummaryText.Part] = [.data(value.person(withID: referral.person)?.firstName ?? referral.person), .own(": "),
                                             .data(referral.provider), .own(", "), .quoted(referral.purpose), .own(". Referred \(SummaryDates.medium(referral.referred))")]
            if let started = referral.started, started <= asOf {
                parts.append(.own("; started \(SummaryDates.medium(started)), \(calendar.workingDays(after: referral.referred, through: started)) working days later"))
            } else {
                parts.append(.own("; not started: \(calendar.workingDays(after: referral.referred, through: asOf)) working days so far, the provider's wait"))
            }
            let sessions = (referral.sessions ?? []).filter { $0.date <= asOf }
            let providers = sessions.filter(\.outcome.isProvidersFailure).count, family = sessions.filter { $0.outcome == .missedByFamily }.count
            if providers > 0 { parts.append(.own("; the provider cancelled or missed \(providers) session\(providers == 1 ? "" : "s")")) }
            if family > 0 { parts.append(.own("; \(family) missed by the family")) }
            if let ended = referral.ended, ended <= asOf { parts.append(.own("; ended \(SummaryDates.medium(ended)), \(referral.endReason?.displayName ?? "ended")")) }
            return SummaryText(parts + [.own(".")])
        })])
    }

    /// Written agreements in force, with their check-ins and requests for permission.
    private func agreements() -> SummarySection? {
        let shown = (reader == nil ? value.agreements : view.agreements).filter { $0.isInForce(on: asOf) }
        guard !shown.isEmpty else { return nil }
        var items: [SummaryText] = []
        for agreement in shown {
            items.append(SummaryText([.own("Signed \(SummaryDates.medium(agreement.signed)): ")] + agreement.terms.enumerated().flatMap { index, term in
                (index == 0 ? [] : [SummaryText.Part.own("; ")]) + [.quoted(term)]
            }))
            let checkIns = (agreement.checkIns ?? []).map { checkIn in
                "\(SummaryDates.medium(checkIn.date)) " + (checkIn.held != nil ? "held" : checkIn.missed == true ? "missed" : checkIn.date < asOf ? "not recorded" : "to come")
            }
            items.append(.own("Check-ins: " + (checkIns.isEmpty ? "none set." : checkIns.joined(separator: "; ") + ".")))
            for request in agreement.permissionRequests ?? [] where request.asked <= asOf && (reader == nil || request.from == reader?.id) {
                let who = value.person(withID: request.from)?.firstName ?? request.from
                var parts: [SummaryText.Part] = [.data(who), .own(" asked on \(SummaryDates.medium(request.asked)): "), .quoted(request.what)]
                parts.append(.own(request.answered.map {
                    ". Answered \(request.granted == true ? "yes" : "no") on \(SummaryDates.medium($0)), "
                        + "\(settings.workingCalendar.workingDays(after: request.asked, through: $0)) working days later."
                } ?? ". Not answered yet."))
                items.append(SummaryText(parts))
            }
        }
        return SummarySection("The written agreement", [.bullets(items)])
    }

    private func requests() -> SummarySection? {
        let requests = reader == nil ? value.correctionRequests.filter { $0.date <= asOf } : view.correctionRequests
        guard !requests.isEmpty else { return nil }
        return SummarySection("Requests to correct a record", [.bullets(requests.map { request in
            var parts: [SummaryText.Part] = [.data(request.from.name), .own(" asked on \(SummaryDates.medium(request.date)) to correct "),
                                             .quoted(request.wrong), .own(" to say "), .quoted(request.shouldSay), .own(". ")]
            if let answer = request.answer, answer.date <= asOf {
                parts += [.own(answer.accepted ? "Corrected. " : "Declined: "), .quoted(answer.reason)]
            } else {
                parts.append(.own("Not answered yet."))
            }
            return SummaryText(parts)
        })])
    }

    private func reports() -> SummarySection? {
        let shown = conference.reports.filter { reader == nil || view.mayShow($0, of: conference) }
        guard !shown.isEmpty else { return nil }
        let parents = value.conferenceParents(conference)
        let fairness = conference.fairness ?? ConferenceFairness()
        let due = MeetingSchedule(settings: settings).reportsDue(for: conference, in: value)
        return SummarySection("Reports (every parent should have each by \(SummaryDates.long(due)))", [.bullets(shown.map { report in
            var parts: [SummaryText.Part] = [.own("From "), .data(report.from.description), .own(": ")]
            parts.append(.own(report.received.map { "received \(SummaryDates.medium($0))" } ?? "not received yet"))
            for parent in parents where reader == nil || parent.id == reader?.id {
                let given = fairness.dayGiven(report, to: parent.id)
                let you = parent.id == reader?.id
                parts.append(.own("; "))
                parts.append(you ? .own("you") : .data(parent.firstName))
                parts.append(.own(given.map { " had it on \(SummaryDates.medium($0))" } ?? (you ? " have not had it yet" : " has not had it yet")))
            }
            return SummaryText(parts + [.own(".")])
        })])
    }

    private func views() -> SummarySection? {
        var items: [SummaryText] = view.views.compactMap { personView in
            guard let speaker = value.person(withID: personView.person) else { return nil }
            return SummaryText([.data(speaker.id == reader?.id ? "You" : speaker.firstName),
                                .own(" said on \(SummaryDates.medium(personView.date)): "), .quoted(personView.text)])
        }
        items += view.parentsViews.compactMap { earlier in
            earlier.parentsView.map { SummaryText([.own("At the conference on \(SummaryDates.medium(earlier.date)) the parents said: "), .quoted($0)]) }
        }
        guard !items.isEmpty else { return nil }
        return SummarySection("What the family said", [.bullets(items)])
    }

    private func arrangements() -> SummarySection? {
        let fairness = conference.fairness ?? ConferenceFairness()
        var items: [SummaryText] = []
        items.append(.own(fairness.preMeetingHeld.map { "A meeting with the conference chair before it was held on \(SummaryDates.medium($0))." }
            ?? fairness.preMeetingOffered.map { "A meeting with the conference chair before it was offered on \(SummaryDates.medium($0))." }
            ?? "No meeting with the conference chair before it has been offered yet."))
        if reader == nil || reader?.contactNeeds?.interpreter == true {
            if let interpreter = fairness.interpreter {
                items.append(.own(interpreter.booked ? "An interpreter (\(interpreter.language)) is booked." : "No interpreter could be booked."))
            } else if reader?.contactNeeds?.interpreter == true || value.conferenceParents(conference).contains(where: { $0.contactNeeds?.interpreter == true }) {
                items.append(.own("An interpreter is needed and not booked yet."))
            }
        }
        items.append(.own(fairness.childcareOffered == true ? "Help with childcare is offered." : "Help with childcare has not been offered yet."))
        items.append(.own(fairness.travelOffered == true ? "Help with travel is offered." : "Help with travel has not been offered yet."))
        return SummarySection("What is arranged for the meeting", [.bullets(items)])
    }

    private func changes() -> SummarySection? {
        guard let changes = try? PlanChanges(plan: plan.id, since: nil, in: value, asOf: min(asOf, conference.date)) else { return nil }
        let outcomes = Set(view.outcomes.map(\.id))
        let actions = Dictionary(view.actions.map { ($0.action.id, $0) }, uniquingKeysWith: { first, _ in first })
        let visible: [SummaryText] = changes.changes.compactMap { change in
            var reason: String?
            if outcomes.contains(change.id) {
                reason = change.reason
            } else if let action = actions[change.id], let index = change.eventIndex {
                reason = reader == nil || action.shownReasons.contains(index) ? change.reason : nil
            } else {
                return nil
            }
            var parts: [SummaryText.Part] = [.own("\(change.kind.rawValue.capitalizedFirst) on \(SummaryDates.medium(change.date)): "), .quoted(change.what)]
            if let reason { parts += [.own(". Why: "), .quoted(reason)] }
            return SummaryText(parts)
        }
        guard !visible.isEmpty else { return nil }
        return SummarySection("What changed since \(changes.since)", [.bullets(visible)])
    }
}
