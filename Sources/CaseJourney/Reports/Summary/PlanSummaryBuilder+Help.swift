/// The parts of the summary a parent needs before anything else (the box at the top), what
/// happens if things do not change, and their rights and where to get help.
extension PlanSummaryBuilder {
    /// The next meeting, what is missing for it, the reader's own late and soon-due actions, and
    /// whom to phone.
    func mostImportant() -> SummarySection? {
        var items: [SummaryText] = []
        if let meeting = nextMeeting() { items += meeting }
        if let reader {
            // An action held up by a service is not the reader's to be late with.
            let live = view.actions(for: reader.id).filter { visible in
                visible.state.status.isLive && visible.state.repeats == nil && value.providerDelay(for: visible.action.id, asOf: asOf) == nil
            }
            let late = live.filter { $0.state.due < asOf }
            for action in late.prefix(3) {
                items.append(SummaryText([.own("Late: "), .quoted(action.state.text), .own(". It was due by \(SummaryDates.long(familyDay(action.state.due))).")]))
            }
            if late.count > 3 { items.append(.own("\(late.count - 3) more of your actions are late. They are listed under Your part.")) }
            let soon = live.filter { $0.state.due >= asOf && familyDay($0.state.due) <= asOf.adding(days: 14) }
            for action in soon.prefix(3) {
                items.append(SummaryText([.own("Due soon: "), .quoted(action.state.text), .own(". Do it by \(SummaryDates.long(familyDay(action.state.due))).")]))
            }
        }
        // What professionals promised and have not done is as plain to the family as their own part.
        let othersLate = view.actions.filter { visible in
            visible.state.isProfessional && visible.state.status.isLive && visible.state.repeats == nil && visible.state.due < asOf
        }
        for action in othersLate.prefix(2) {
            items.append(SummaryText([.own("Late from "), .data(Self.list(action.state.owners.map(ownerName))), .own(": "),
                                      .quoted(action.state.text), .own(". It was due by \(SummaryDates.long(familyDay(action.state.due))).")]))
        }
        if othersLate.count > 2 {
            items.append(.own("\(othersLate.count - 2) more things others promised are late. They are listed under What others promised."))
        }
        items.append(whomToPhone())
        return SummarySection("The most important things now", [.keyFacts(items)])
    }

    /// The soonest meeting to come, booked or only due, and any conference booked after it, each
    /// with the reports the reader should have had for it and has not.
    private func nextMeeting() -> [SummaryText]? {
        let meetings = MeetingSchedule(settings: settings)
        var due: [(what: String, meeting: MeetingDue)] = []
        if plan.isOpen, let first = pendingFirstConference { due.append(("child protection conference", first)) }
        if plan.isOpen, let review = meetings.nextReview(of: plan, in: value, asOf: asOf) { due.append(("review conference", review)) }
        if plan.isOpen, let group = meetings.nextCoreGroup(of: plan, in: value, asOf: asOf) { due.append(("core group meeting", group)) }
        due.sort { $0.meeting.nextDate < $1.meeting.nextDate }
        guard let soonest = due.first else { return nil }
        // A conference booked soon matters most, even when a late core group comes first.
        let booked = due.dropFirst().filter { $0.meeting.booked.map { $0.date >= asOf } ?? false }
        return ([soonest] + booked.prefix(1)).flatMap { meetingFacts($0.what, $0.meeting, meetings: meetings) }
    }

    private func meetingFacts(_ what: String, _ meeting: MeetingDue, meetings: MeetingSchedule) -> [SummaryText] {
        guard let booked = meeting.booked, booked.date >= asOf else {
            let day = familyDay(meeting.due)
            return [.own(meeting.due < asOf
                ? "The next \(what) should have been held by \(SummaryDates.long(day)). It is late, and no date is set yet."
                : "The next \(what) should be held by \(SummaryDates.long(day)). No date is set yet.")]
        }
        var items: [SummaryText] = [.own("The next \(what) is on \(SummaryDates.long(booked.date)).")]
        // Booked after the day it should have been held by: the lateness is the professionals'.
        if booked.date > meeting.due {
            items.append(.own("It should have been held by \(SummaryDates.long(familyDay(meeting.due))), so it is late. That is not your doing."))
        }
        let reportsBy = familyDay(meetings.reportsDue(for: booked, in: value))
        let missing = reportsNotGiven(for: booked)
        if reportsBy < asOf {
            for report in missing {
                items.append(SummaryText([.own("You have not had the report from "), .data(report.from.name),
                                          .own(". You should have had it by \(SummaryDates.long(reportsBy)). Ask for it today.")]))
            }
        } else if !booked.reports.isEmpty || what != "core group meeting" {
            items.append(.own("You should have every report for it by \(SummaryDates.long(reportsBy))."))
        }
        return items
    }

    private func whomToPhone() -> SummaryText {
        if let allocation = value.allocations.inForce.last(where: { $0.covers(asOf) }) {
            var parts: [SummaryText.Part] = [.own("To ask anything, contact "), .team(allocation.worker), .own(", your social worker")]
            if let phone = allocation.contact?.labelledValues.first(where: { $0.label == "phone" })?.value {
                parts += [.own(", on "), .team(phone)]
            }
            return SummaryText(parts + [.own(".")])
        }
        if let phone = settings.summary.teamContact?.labelledValues.first(where: { $0.label == "phone" })?.value {
            return SummaryText([.own("No social worker is named yet. To ask anything, phone the team on "), .team(phone), .own(".")])
        }
        return .own("No social worker is named yet. To ask anything, phone the council's children's services.")
    }

    /// What could happen if the changes the plan asks for do not happen, said calmly, with free
    /// legal advice. Only for a plan still open.
    func ifThingsDoNotChange() -> SummarySection? {
        guard plan.isOpen else { return nil }
        let changes = view.outcomes.count
        let what = changes == 0 ? "the plan's changes do not happen"
            : changes == 1 ? "the change under What needs to change does not happen"
            : "the \(changes) changes under What needs to change do not happen"
        var items: [SummaryText] = []
        switch plan.type {
        case .childProtection:
            items += [
                .own("The plan will go on for longer. The review conference may add to it."),
                .own("The council may ask its lawyers if it should go to court. This is a big step."),
                .own("Usually you would get a letter first. It is called a letter before proceedings."),
            ]
        case .childInNeed where pendingFirstConference != nil:
            items.append(.own("A child protection conference is coming up. It will decide if a child protection plan is needed."))
        case .childInNeed:
            items += [
                .own("This plan is voluntary. You can say no to it, and stop it at any time."),
                .own("If the worries grow, the council may call a child protection conference. It could decide on a child protection plan."),
            ]
        }
        items.append(.own("If you ever get a letter about court, take it to a solicitor straight away. Legal advice is free for parents then."))
        if let advice = settings.summary.advice.first {
            var parts: [SummaryText.Part] = [.own("To find a solicitor who knows this work, ask "), .team(advice.name)]
            if let phone = advice.phone { parts += [.own(" on "), .team(phone)] }
            items.append(SummaryText(parts + [.own(".")]))
        }
        return SummarySection("If things do not change", [.paragraph(.own("If \(what), this is what could happen.")), .bullets(items)])
    }

    func yourRights() -> SummarySection {
        let meetings = MeetingSchedule(settings: settings)
        let notice = meetings.expectation(.reportsToParents, plan: plan.id, in: value, asOf: asOf).interval
        let answerWithin = settings.checks.answerCorrectionRequest.length
        var rights: [SummaryText] = [
            .own("You can see the reports for a conference at least \(notice.length) before it."),
            "You can ask to meet the conference chair before it starts.",
            "If you cannot come to a meeting, you can send your views. Write them down, or ask someone to pass them on.",
            "You can ask for help with childcare or travel, so that you can get to meetings.",
            "You can bring a friend, a relative or an advocate to meetings.",
            "You can say what you think. You can ask for it to be written down.",
            "You can ask for an interpreter. This is free.",
            .own("Visits are to see how \(childSubject) \(childVerb("is", "are")) doing, and to talk with you about the plan."),
            "Using help, like a course or someone to talk to, will never count against you.",
            .own("If \(childSubject) \(childVerb("has", "have")) an accident, get medical help first. Then tell your social worker what happened, as soon as you can."),
        ]
        var mistake: [SummaryText.Part] = [.own("If something written about you is wrong, tell your social worker or their manager")]
        if let phone = settings.summary.managerPhone { mistake += [.own(". The manager's phone is "), .team(phone)] }
        mistake.append(.own(". They must answer within \(answerWithin)."))
        rights.append(SummaryText(mistake))
        rights.append("If you do not agree with what a conference decided, ask the conference chair how to challenge it.")
        rights.append(.own(settings.summary.complaints))
        if reader != nil, !readerHasParentalResponsibility {
            rights.append("Some of these rights are for people with parental responsibility. Ask your social worker which rights you have.")
        }
        var blocks: [SummaryBlock] = [.bullets(rights)]
        var urgent: [SummaryText] = []
        if let phone = settings.summary.outOfHours {
            urgent.append(SummaryText([.own("At night, at weekends and on bank holidays, phone the council's out-of-hours team on "), .team(phone), .own(".")]))
        } else {
            urgent.append("At night, at weekends and on bank holidays, phone the council's out-of-hours team. The number is on the council's website.")
        }
        urgent.append("If a child is in danger now, phone 999.")
        blocks += [.paragraph("When the office is closed:"), .bullets(urgent)]
        if !settings.summary.advice.isEmpty {
            blocks.append(.paragraph("You can get free advice from people who do not work for the council:"))
            blocks.append(.bullets(settings.summary.advice.map { service in
                var parts: [SummaryText.Part] = [.team(service.name), .own(". \(service.about)")]
                if let phone = service.phone { parts += [.own(" Phone: "), .team(phone), .own(".")] }
                if let website = service.website { parts += [.own(" Website: "), .team(website), .own(".")] }
                return SummaryText(parts)
            }))
        }
        return SummarySection("Your rights, and where to get help", blocks)
    }

    /// Each section 47 enquiry, in plain words, with what it found. One that found nothing says
    /// so, and that it is not a worry in the plan: an enquiry must not follow a family as a
    /// concern it never was.
    func checksMade() -> SummarySection? {
        let readerID = reader?.id
        let enquiries = value.strategyDiscussions.inForce.filter { discussion in
            discussion.section47Enquiry && discussion.date <= asOf && !(reader != nil && discussion.notForFamily == true)
                && !(readerID.map { (discussion.privateFrom ?? []).contains($0) } ?? false)
        }.sorted { $0.date < $1.date }
        guard !enquiries.isEmpty else { return nil }
        let items = enquiries.enumerated().map { index, discussion -> SummaryText in
            let start = SummaryDates.medium(discussion.date)
            let decided = discussion.outcomeDate.map { $0 <= asOf } ?? false
            // A conference after a later enquiry began belongs to that one.
            let next = enquiries.dropFirst(index + 1).first?.date
            let held = value.conferences.contains { conference in
                conference.kind == .initial && conference.isHeld && conference.date >= discussion.date && conference.date <= asOf
                    && (next.map { conference.date < $0 } ?? true)
            }
            switch decided ? discussion.outcome : nil {
            case .noFurtherAction?, .noEnquiry?:
                return .own("Checks from \(start) to \(SummaryDates.medium(discussion.outcomeDate!)) found no need for a child protection conference. "
                    + "So they are not a worry in this plan.")
            case .conference?:
                return .own("Checks that began on \(start) led to a child protection conference.")
            case nil:
                return .own(held ? "Checks that began on \(start) led to a child protection conference."
                    : "Checks began on \(start). They are still going on. Your social worker will tell you what they find.")
            }
        }
        return SummarySection("Checks about \(childPossessive) safety", [
            .paragraph("When someone is worried a child may be harmed, the council must check. This is called a section 47 enquiry."),
            .bullets(items),
        ])
    }

    // MARK: Wording for this family

    /// A day a family must do something by, moved back to the working day before when it falls
    /// on a weekend, a bank holiday or a day the council is closed: nobody is told "by Sunday".
    /// Whether something is late still goes by the day recorded, as the worker's agenda does.
    func familyDay(_ date: CalendarDate) -> CalendarDate {
        settings.workingCalendar.workingDay(onOrBefore: date)
    }

    /// The plan's children as the object of a sentence: "Ellie", "your child", "your children".
    var childObject: String {
        let children = plan.children.compactMap { value.person(withID: $0) }
        if children.count == 1 { return children[0].isUnborn ? "the baby" : children[0].firstName }
        return reader == nil || !readerHasParentalResponsibility ? "the children" : "your children"
    }

    /// The plan's children as the subject: "Ellie", "the baby" (not yet born), "the children".
    var childSubject: String {
        let children = plan.children.compactMap { value.person(withID: $0) }
        if children.count == 1, children[0].isUnborn { return "the baby" }
        return children.count == 1 ? children[0].firstName : childObject
    }

    /// "is" for one child, "are" for several.
    func childVerb(_ one: String, _ several: String) -> String {
        plan.children.count == 1 ? one : several
    }

    /// The plan's children with 's: "Ellie's", "your children's".
    var childPossessive: String {
        childSubject + "'s"
    }
}
