/// The easy-read summary (`--easy-read`): the same plan, shorter, one idea to a line, in short
/// sentences of everyday words, in the style of easy-read guides. It passes the same disclosure
/// policy and explains professionals' words the same way; dates and names are details, not words
/// to read.
extension PlanSummaryBuilder {
    public func buildEasyRead() -> SummaryDocument {
        checkedBuild(easyRead: true).document
    }

    /// The easy-read summary before the last guard and before its jargon is explained.
    func easyReadDraft() -> SummaryDocument {
        let sections = [easyAbout(), easyWhy(), easyChanges(), easyYourPart(), easyOthers(), easyNext(), easyHelp()].compactMap { $0 }
        let title = reader == nil ? "Professionals' view: the plan, in easy words" : "Your plan, in easy words"
        let subtitle = reader.map { "For \($0.name). Written on \(SummaryDates.long(asOf))." }
            ?? "Not for family members. Written on \(SummaryDates.long(asOf))."
        return SummaryDocument(title: title, subtitle: subtitle, sections: sections,
                               privateMark: reader.map { "Private: for \($0.name)" } ?? "Private: for professionals only")
    }

    private func easyAbout() -> SummarySection {
        var lines: [SummaryText] = [SummaryText([.own("This plan is for "), .data(childNames), .own(".")])]
        switch plan.type {
        case .childProtection:
            lines.append(SummaryText([.own("It is a plan to keep "), .data(childSubject), .own(" safe.")]))
        case .childInNeed:
            lines += ["It is a plan to help your family.", "You can say yes or no to it."]
        }
        if view.hasWithheld { lines.append("Some parts are private. They are not in here.") }
        lines.append("Words in quote marks are what a worker wrote.")
        return SummarySection("About this plan", [.bullets(lines)])
    }

    private func easyWhy() -> SummarySection {
        let worries = view.worries.filter { $0.historic == nil }.map { SummaryText.quote($0.text) }
        let good = view.strengths.map { SummaryText.quote($0.text) }
        var blocks: [SummaryBlock] = []
        if worries.isEmpty {
            blocks.append(.bullets([withheld("worry") ? "Some worries are private." : "The worries are not written down yet. Ask your social worker."]))
        } else {
            blocks += [.paragraph("People are worried about this:"), .bullets(worries)]
        }
        if !good.isEmpty { blocks += [.paragraph("These things are going well:"), .bullets(good)] }
        return SummarySection("Why there is a plan", blocks)
    }

    private func easyChanges() -> SummarySection? {
        let outcomes = view.outcomes.map { SummaryText.quote($0.text) }
        guard !outcomes.isEmpty else { return nil }
        return SummarySection("What needs to change", [.bullets(outcomes)])
    }

    private func easyYourPart() -> SummarySection? {
        guard let reader else { return nil }
        let mine = view.actions(for: reader.id)
        let live = mine.filter(\.state.status.isLive)
        guard !live.isEmpty else {
            // Everything done is worth saying; it is not the same as never having been asked.
            let done = mine.contains { $0.state.status == .done }
            return SummarySection("What you need to do", [.bullets([done ? "You have done everything the plan asks of you so far."
                                                                        : "The plan does not ask you to do anything yet."])])
        }
        return SummarySection("What you need to do", [.bullets(live.map { easyLine($0, yours: true) })])
    }

    private func easyOthers() -> SummarySection? {
        let theirs = view.actions.filter { $0.state.status.isLive && $0.state.isProfessional }
        guard !theirs.isEmpty else { return nil }
        return SummarySection("What workers will do", [.bullets(theirs.map { easyLine($0, yours: false) })])
    }

    /// One action on one line: what, then when, or how often for something to keep doing.
    /// `yours`: the reader's own, told as something to do; otherwise what a worker should do.
    private func easyLine(_ visible: VisibleAction, yours: Bool) -> SummaryText {
        let state = visible.state
        let due = familyDay(state.due)
        var parts: [SummaryText.Part] = [.quoted(state.text)]
        if let repeats = state.repeats {
            parts += [.own(". Keep doing this: "), .data(repeats), .own(".")]
        } else if value.providerDelay(for: visible.action.id, asOf: asOf) != nil && state.isFamily {
            // Held up by a service: not the family's lateness.
            parts += [.own(". The service this needs has not started. That is not your doing.")]
        } else if state.due < asOf {
            parts += [.own(". It is late. It was due by "), .data(SummaryDates.long(due)), .own(".")]
        } else {
            parts += [.own(yours ? ". Do it by " : ". It should be done by "), .data(SummaryDates.long(due)), .own(".")]
        }
        return SummaryText(parts)
    }

    private func easyNext() -> SummarySection? {
        let meetings = MeetingSchedule(settings: settings)
        var lines: [SummaryText] = []
        var next: [(MeetingDue, String)] = []
        if plan.isOpen, let first = pendingFirstConference { next.append((first, "a big meeting about the plan")) }
        if plan.isOpen, let review = meetings.nextReview(of: plan, in: value, asOf: asOf) { next.append((review, "a big meeting to check the plan")) }
        if let (meeting, what) = next.min(by: { $0.0.nextDate < $1.0.nextDate }) {
            if let booked = meeting.booked, booked.date >= asOf {
                lines.append(SummaryText([.own("There is \(what) on "), .data(SummaryDates.long(booked.date)), .own(".")]))
                // What the full summary puts first must not go missing from the short one.
                let reportsBy = familyDay(meetings.reportsDue(for: booked, in: value))
                for report in reportsNotGiven(for: booked) where reportsBy < asOf {
                    lines.append(SummaryText([.own("You should have had a report from "), .data(report.from.name), .own(". Ask for it today.")]))
                }
                if reader?.contactNeeds?.interpreter == true, booked.fairness?.interpreter?.booked != true {
                    lines.append("No interpreter is booked for you yet. Ask your social worker to book one.")
                }
                lines.append("You can come. You can bring a friend.")
                lines.append("If you cannot come, you can send what you think.")
            } else {
                let due = familyDay(meeting.due)
                lines.append(meeting.due < asOf
                    ? SummaryText([.own("There should have been \(what) by "), .data(SummaryDates.long(due)), .own(". It is late.")])
                    : SummaryText([.own("There will be \(what). It should be by "), .data(SummaryDates.long(due)), .own(".")]))
            }
        }
        let visits = VisitSchedule(settings: settings).statuses(in: value, asOf: asOf).filter { $0.plan.id == plan.id }
        if let soonest = visits.map(\.visitsDue).min() {
            let visit = familyDay(soonest)
            lines.append(soonest < asOf
                ? SummaryText([.own("A social worker should have seen "), .data(childSubject), .own(" by now. This is late.")])
                : SummaryText([.own("A social worker will see "), .data(childSubject), .own(" by "), .data(SummaryDates.long(visit)), .own(".")]))
        }
        guard !lines.isEmpty else { return nil }
        return SummarySection("What happens next", [.bullets(lines)])
    }

    private func easyHelp() -> SummarySection {
        var lines: [SummaryText] = []
        if let allocation = value.allocations.inForce.last(where: { $0.covers(asOf) }) {
            var parts: [SummaryText.Part] = [.own("Your social worker is "), .team(allocation.worker), .own(".")]
            if let phone = allocation.contact?.labelledValues.first(where: { $0.label == "phone" })?.value {
                parts += [.own(" Call them on "), .team(phone), .own(".")]
            }
            lines.append(SummaryText(parts))
        }
        lines += [
            "You can ask for help to read this.",
            "You can bring a friend to meetings.",
            "You can say what you think.",
            "You can ask for someone to speak your language. This is free.",
            "Using help will not count against you.",
            "If this is wrong, tell your social worker. They must put it right or say why not.",
            "If you get a letter about court, see a lawyer at once. It is free.",
        ]
        if let phone = settings.summary.outOfHours {
            lines.append(SummaryText([.own("At night or at the weekend, call "), .team(phone), .own(".")]))
        }
        lines.append("If a child is in danger now, call 999.")
        return SummarySection("Help and your rights", [.bullets(lines)])
    }
}
