/// Conferences, core groups, and the papers that go with them.
extension Agenda {
    func meetingItems(_ rows: inout RowMaker) {
        let value = rows.value
        if let initial = meetings.initialConference(in: value, asOf: asOf) {
            rows.add(.initialConference, "Initial conference (\(describe(initial)))", who: initial.booked?.chair ?? rows.workerName,
                     due: initial.due, plan: nil, ref: initial.booked?.id)
        }
        for plan in value.plans {
            if let review = meetings.nextReview(of: plan, in: value, asOf: asOf) {
                rows.add(.reviewConference, "Review conference for \(plan.id) (\(describe(review)))",
                         who: review.booked?.chair ?? rows.workerName, due: review.due, plan: plan.id, ref: review.booked?.id)
            }
            if let group = meetings.nextCoreGroup(of: plan, in: value, asOf: asOf) {
                let first = group.kind == .firstCoreGroup ? "First core group" : "Core group"
                rows.add(.coreGroup, "\(first) for \(plan.id) (\(describe(group)))", who: rows.workerName,
                         due: group.due, plan: plan.id)
            }
        }
    }

    /// `cj conference check` for conferences coming up by the horizon, and for those held in the
    /// last 10 working days; reports not yet shared are already rows of their own.
    func fairnessItems(_ rows: inout RowMaker) {
        let value = rows.value
        let recent = meetings.calendar.adding(workingDays: -10, to: asOf)
        for conference in value.conferences.inForce where !conference.isCancelled {
            let upcoming = conference.isPending && conference.date >= asOf && conference.date <= horizon
            let justHeld = (conference.isHeld || conference.date < asOf) && conference.date >= recent && conference.date <= asOf
            guard upcoming || justHeld else { continue }
            for flag in conferenceCheck.flags(for: conference, in: value, asOf: asOf)
            where !(flag.when == .before && flag.isAboutAReport) {
                rows.information(.conferenceCheck, "\(conference.title.capitalizedFirst) \(conference.id) on \(conference.date): \(flag.message)",
                                 who: rows.workerName, due: conference.date, plan: conference.plan, ref: conference.id)
            }
        }
    }

    func paperItems(_ rows: inout RowMaker) {
        let value = rows.value
        for conference in value.conferences {
            if conference.isPending && conference.date >= asOf {
                let due = meetings.reportsDue(for: conference, in: value)
                let occasion = "\(conference.title) on \(conference.date)"
                if conference.reports.isEmpty {
                    rows.add(.reports, "Share the reports for the \(occasion) with the parents (none recorded yet)",
                             who: rows.workerName, due: due, plan: conference.plan, ref: conference.id)
                }
                for report in conference.reports where report.sharedWithParents == nil {
                    // Once one parent has it, say who is still waiting.
                    let (given, waiting) = value.reportRecipients(of: report, in: conference)
                    let whom = !given.isEmpty && !waiting.isEmpty ? Case.list(waiting.map(\.name)) : "the parents"
                    rows.add(.reports, "Share the report from \(report.from.name) with \(whom) before the \(occasion)",
                             who: report.from.description, due: due, plan: conference.plan, ref: conference.id)
                }
            }
            if conference.isHeld && conference.minutesSent == nil {
                rows.add(.minutes, "Send the minutes of the \(conference.title) on \(conference.date)",
                         who: conference.chair ?? "the conference chair", due: meetings.minutesDue(for: conference, in: value),
                         plan: conference.plan, ref: conference.id)
            }
        }
        for request in value.correctionRequests where request.isOpen && request.date <= asOf {
            let kind = value.recordKind(of: request.record)?.rawValue ?? "record"
            rows.add(.correctionRequest, "Answer \(request.from.name)'s request of \(request.date) to correct \(kind) \(request.record): "
                + "\"\(request.wrong.oneLine)\" should say \"\(request.shouldSay.oneLine)\". Correct it and `cj request accept`, "
                + "or `cj request decline` with the reason", who: rows.workerName,
                due: checks.settings.answerCorrectionRequest.after(request.date, in: meetings.calendar), plan: nil, ref: request.id)
        }
        for group in value.coreGroups where group.notesSent == nil && group.date <= asOf {
            rows.add(.coreGroupNotes, "Send the notes of the core group on \(group.date)", who: rows.workerName,
                     due: meetings.notesDue(for: group, in: value), plan: group.plan, ref: group.id)
        }
    }

    /// "within 6 months of the review conference on 2026-05-18; booked for 2026-11-16".
    func describe(_ meeting: MeetingDue) -> String {
        var text = "within \(meeting.expectation.interval.length) of \(meeting.clockStartEvent) on \(meeting.clockStart)"
        if let override = meeting.expectation.override { text += ", set by \(override.setBy): \(override.reason)" }
        if let booked = meeting.booked {
            text += booked.date < asOf ? "; booked for \(booked.date), outcome not recorded" : "; booked for \(booked.date)"
        }
        return text
    }
}
