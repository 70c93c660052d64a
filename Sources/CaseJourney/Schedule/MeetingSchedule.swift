/// When conferences, core groups, reports, minutes and notes are due, derived from the case and
/// the team's settings every time; never stored.
///
/// A conference counts as held once its decision is recorded; a cancelled one is neither held nor
/// booked. A child protection plan started without a recorded initial conference counts from its
/// start day. Withdrawn records do not count. A due day that would fall when the team does not
/// work is the working day before (`WorkingCalendar.deadline`).
public struct MeetingSchedule: Sendable {
    public let defaults: MeetingSettings
    public let calendar: WorkingCalendar

    public init(settings: StoreSettings) {
        defaults = settings.meetings
        calendar = settings.workingCalendar
    }

    /// The meeting expectation in force on `asOf`: the plan's own override, else the case's, else
    /// the team default. (Visit expectations are `VisitSchedule`'s.)
    public func expectation(_ kind: ExpectationKind, plan planID: String?, in value: Case, asOf: CalendarDate) -> ResolvedExpectation {
        let known = value.expectations.inForce.filter { $0.what == kind && $0.child == nil && $0.setOn <= asOf }
        for scope in (planID == nil ? [nil] : [planID, nil]) as [String?] {
            if let latest = known.last(where: { $0.plan == scope }), let interval = latest.interval {
                return ResolvedExpectation(interval: interval, override: latest)
            }
        }
        precondition(!kind.isVisit, "visit expectations are resolved by VisitSchedule")
        return ResolvedExpectation(interval: defaults.interval(for: kind)!, override: nil)
    }

    // MARK: Meetings

    /// The initial conference still to be held after the latest strategy discussion that started
    /// a section 47 enquiry, or nil when one has been held (or a plan started) since.
    public func initialConference(in recorded: Case, asOf: CalendarDate) -> MeetingDue? {
        let value = recorded.inForce
        guard let discussion = value.strategyDiscussions.filter({ $0.section47Enquiry && $0.date <= asOf }).max(by: { $0.date < $1.date }),
              // An enquiry that ended with no further action needs no conference.
              !(discussion.outcome == .noFurtherAction && (discussion.outcomeDate ?? discussion.date) <= asOf)
        else { return nil }
        let heldSince = value.conferences.contains { $0.kind == .initial && $0.isHeld && $0.date >= discussion.date }
        let planSince = value.plans.contains { $0.type == .childProtection && $0.start >= discussion.date }
        guard !heldSince && !planSince else { return nil }
        let expectation = expectation(.initialConference, plan: nil, in: value, asOf: asOf)
        let booked = value.conferences.filter { $0.kind == .initial && $0.isPending && $0.date >= discussion.date }
            .min { $0.date < $1.date }
        return MeetingDue(kind: .initialConference, plan: nil, clockStart: discussion.date, clockStartEvent: "the strategy discussion",
                          due: calendar.deadline(expectation.interval, after: discussion.date), expectation: expectation, booked: booked)
    }

    /// The next review conference of a child protection plan active on `asOf`.
    public func nextReview(of plan: Plan, in recorded: Case, asOf: CalendarDate) -> MeetingDue? {
        let value = recorded.inForce
        guard plan.type == .childProtection, plan.isActive(on: asOf) else { return nil }
        let planConferences = value.conferences.filter { $0.plan == plan.id }
        let last = planConferences.filter { $0.isHeld && $0.date <= asOf }.max { $0.date < $1.date }
        let kind: ExpectationKind = last.map { $0.kind == .initial ? .firstReview : .review } ?? .firstReview
        let start = last?.date ?? plan.start
        let expectation = expectation(kind, plan: plan.id, in: value, asOf: asOf)
        let booked = planConferences.filter { $0.kind == .review && $0.isPending && $0.date > start }.min { $0.date < $1.date }
        return MeetingDue(kind: kind, plan: plan, clockStart: start, clockStartEvent: last.map { "the \($0.title)" } ?? "the plan started",
                          due: calendar.deadline(expectation.interval, after: start), expectation: expectation, booked: booked)
    }

    /// The next core group of a child protection plan active on `asOf`.
    public func nextCoreGroup(of plan: Plan, in recorded: Case, asOf: CalendarDate) -> MeetingDue? {
        let value = recorded.inForce
        guard plan.type == .childProtection, plan.isActive(on: asOf) else { return nil }
        let initial = value.conferences.first { $0.plan == plan.id && $0.kind == .initial && $0.isHeld }
        let start = initial?.date ?? plan.start
        let last = value.coreGroups.filter { $0.plan == plan.id && $0.date >= start && $0.date <= asOf }.max { $0.date < $1.date }
        let kind: ExpectationKind = last == nil ? .firstCoreGroup : .coreGroup
        let expectation = expectation(kind, plan: plan.id, in: value, asOf: asOf)
        let from = last?.date ?? start
        return MeetingDue(kind: kind, plan: plan, clockStart: from,
                          clockStartEvent: last != nil ? "the last core group" : initial != nil ? "the initial conference" : "the plan started",
                          due: calendar.deadline(expectation.interval, after: from), expectation: expectation, booked: nil)
    }

    // MARK: Referrals and assessments

    /// The day a referral should be decided by: the team's time (or the case's own) after it
    /// came in.
    public func decisionDue(for referral: Referral, in value: Case, asOf: CalendarDate) -> (due: CalendarDate, expectation: ResolvedExpectation) {
        let expectation = expectation(.referralDecision, plan: nil, in: value, asOf: asOf)
        return (calendar.deadline(expectation.interval, after: referral.date), expectation)
    }

    /// The day an assessment should be authorised by: the team's time from its referral, as
    /// Working Together counts it. A longer time set for the case while this assessment ran
    /// applies to it, and is not carried to the next one.
    public func assessmentDue(
        _ assessment: Assessment, of referral: Referral, in value: Case, asOf: CalendarDate
    ) -> (due: CalendarDate, expectation: ResolvedExpectation) {
        let override = value.expectations.inForce.last {
            $0.what == .assessment && $0.child == nil && $0.plan == nil && $0.setOn >= assessment.started && $0.setOn <= asOf
        }
        let expectation = ResolvedExpectation(interval: override?.interval ?? defaults.assessment, override: override)
        return (calendar.deadline(expectation.interval, after: referral.date), expectation)
    }

    // MARK: Papers

    /// The last day the parents should have a conference's reports.
    public func reportsDue(for conference: Conference, in value: Case) -> CalendarDate {
        calendar.workingDay(onOrBefore: expectation(.reportsToParents, plan: conference.plan, in: value, asOf: conference.date).interval.before(conference.date, in: calendar))
    }

    /// How many working days after `reportsDue` the parents had the report: 0 when on time, nil
    /// when it has not been shared.
    public func workingDaysLate(_ report: ConferenceReport, for conference: Conference, in value: Case) -> Int? {
        guard let shared = report.sharedWithParents else { return nil }
        return calendar.workingDays(after: reportsDue(for: conference, in: value), through: shared)
    }

    public func minutesDue(for conference: Conference, in value: Case) -> CalendarDate {
        calendar.deadline(expectation(.minutes, plan: conference.plan, in: value, asOf: conference.date).interval, after: conference.date)
    }

    public func notesDue(for group: CoreGroup, in value: Case) -> CalendarDate {
        calendar.deadline(expectation(.coreGroupNotes, plan: group.plan, in: value, asOf: group.date).interval, after: group.date)
    }
}

/// A meeting that is due: what it is, when its clock started, when it is due, and the
/// conference already booked for it, if any.
public struct MeetingDue: Sendable, Equatable {
    /// `initialConference`, `firstReview`, `review`, `firstCoreGroup` or `coreGroup`.
    public var kind: ExpectationKind
    public var plan: Plan?
    public var clockStart: CalendarDate
    /// "the strategy discussion", "the initial conference", "the last core group", "the plan started".
    public var clockStartEvent: String
    public var due: CalendarDate
    public var expectation: ResolvedExpectation
    /// A conference booked but not yet recorded as held.
    public var booked: Conference?

    /// The day to tell people about: the booked day if there is one, otherwise the due day.
    public var nextDate: CalendarDate { booked?.date ?? due }
}
