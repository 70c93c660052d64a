/// One thing that would make a conference unfair to the family, found before it (so it can be
/// put right) or after it (so it is on record).
public struct ConferenceFlag: Sendable, Equatable {
    public enum When: String, Sendable { case before, after }
    public var when: When
    /// True for a report not yet received or given to a parent: the agenda has rows of its own for those.
    public var isAboutAReport = false
    /// The parent it is about, when it is about one.
    public var person: String?
    public var message: String
}

/// `cj conference check`: before a conference, what is not yet arranged (each report shared with
/// each parent in time, the pre-meeting, an interpreter a parent needs, help with childcare and
/// travel); after it, who did not come and whether their views reached it, the interpreter, the
/// reports that never came, and who left before the decision.
public struct ConferenceCheck: Sendable {
    public let meetings: MeetingSchedule

    public init(settings: StoreSettings) {
        meetings = MeetingSchedule(settings: settings)
    }

    public func flags(for conference: Conference, in recorded: Case, asOf: CalendarDate) -> [ConferenceFlag] {
        let value = recorded.inForce
        guard !conference.isCancelled else { return [] }
        let fairness = conference.fairness ?? ConferenceFairness()
        let parents = value.conferenceParents(conference)
        let held = conference.isHeld || conference.date < asOf
        var flags: [ConferenceFlag] = []
        func flag(_ when: ConferenceFlag.When, _ person: Person?, _ message: String, report: Bool = false) {
            flags.append(ConferenceFlag(when: when, isAboutAReport: report, person: person?.id, message: message))
        }

        // Reports: each one, to each parent, in time.
        let due = meetings.reportsDue(for: conference, in: value)
        for report in conference.reports {
            if report.received == nil {
                let came = conference.attended.contains { $0.name == report.from.name || ($0.agency != nil && $0.agency == report.from.agency) }
                if held {
                    flag(.after, nil, "The report from \(report.from.description) never came" + (came ? "." : ", and nobody from them came either."), report: true)
                } else {
                    flag(.before, nil, "The report from \(report.from.description) has not been received; the parents need it by \(due).", report: true)
                }
                continue
            }
            for parent in parents {
                let given = fairness.dayGiven(report, to: parent.id)
                if let given {
                    // A weekend day just after the deadline is not a working day late.
                    let late = given > due ? meetings.calendar.workingDays(after: due, through: given) : 0
                    if late > 0 {
                        let onTheDay = given >= conference.date ? " (on or after the day of the conference)" : ""
                        flag(held ? .after : .before, parent, "\(parent.firstName) had the report from \(report.from.name) on \(given)\(onTheDay): "
                            + "\(late) working day\(late == 1 ? "" : "s") late (it was due by \(due)).", report: true)
                    }
                } else {
                    flag(held ? .after : .before, parent, held
                        ? "\(parent.firstName) was never given the report from \(report.from.name)."
                        : "Give \(parent.firstName) the report from \(report.from.name) " + (due < asOf ? "now: it was due by \(due)." : "by \(due)."), report: true)
                }
            }
        }

        // What is arranged beforehand.
        if fairness.preMeetingOffered == nil && fairness.preMeetingHeld == nil {
            flag(held ? .after : .before, nil, held ? "No meeting with the chair before the conference was offered to the parents."
                : "Offer the parents a meeting with the chair before the conference.")
        }
        let needInterpreter = parents.filter { $0.contactNeeds?.interpreter == true }
        if !needInterpreter.isEmpty && fairness.interpreter?.booked != true {
            let languages = Set(needInterpreter.compactMap { $0.contactNeeds?.language }).sorted()
            flag(held ? .after : .before, needInterpreter.first, "\(Case.list(needInterpreter.map(\.firstName))) "
                + "need\(needInterpreter.count == 1 ? "s" : "") an interpreter" + (languages.isEmpty ? "" : " (\(languages.joined(separator: ", ")))")
                + (held ? " and none was booked." : ": book one."))
        }
        // Help recorded as not offered is flagged as surely as help nobody recorded.
        let missing = [fairness.childcareOffered == true ? nil : "childcare", fairness.travelOffered == true ? nil : "travel"].compactMap { $0 }
        if !missing.isEmpty {
            let help = missing.joined(separator: " and ")
            let refused = fairness.childcareOffered == false || fairness.travelOffered == false
            flag(held ? .after : .before, nil, held ? (refused ? "Help with \(help) was not offered." : "Nobody recorded offering help with \(help).")
                : "Offer the parents help with \(help) to get there.")
        }

        guard held else { return flags }
        // What happened on the day.
        if let interpreter = fairness.interpreter, interpreter.booked {
            if interpreter.arrivedLate == true { flag(.after, nil, "The \(interpreter.language) interpreter arrived late.") }
            if interpreter.leftBeforeDecision == true {
                flag(.after, nil, "The \(interpreter.language) interpreter left before the decision: make sure it is explained to the parents in their language.")
            }
            if interpreter.atPreMeeting == false { flag(.after, nil, "The \(interpreter.language) interpreter was not at the pre-meeting.") }
        }
        for parent in parents {
            guard let attendance = fairness.attendance(of: parent.id) else {
                if !conference.attended.contains(where: { $0.person == parent.id }) {
                    flag(.after, parent, "Record whether \(parent.firstName) came, and if not, why and whether their views were sent.")
                }
                continue
            }
            switch attendance.status {
            case .attended: break
            case .leftEarly:
                flag(.after, parent, "\(parent.firstName) left early (\(attendance.left ?? "time not given")): make sure they hear the decision and why.")
            case .apologies, .didNotAttend:
                if attendance.reason == nil { flag(.after, parent, "Say why \(parent.firstName) was not there: what happened, not a label.") }
                if attendance.reason == .notToldInTime {
                    flag(.after, parent, "\(parent.firstName) was not told about the conference in time: that is the service's to put right.")
                }
                switch attendance.viewsSent {
                case nil: flag(.after, parent, "Record whether \(parent.firstName)'s views reached the conference (--views-sent or --no-views-sent).")
                case false?:
                    flag(.after, parent, "\(parent.firstName)'s views did not reach the conference"
                        + (attendance.helpedBy == nil ? "; nobody is recorded as helping to prepare them." : "."))
                case true?: break
                }
            }
        }
        return flags
    }
}
