/// One plan as it stands on a day: what it says, every action with its current state, the risk
/// ratings, the views, and the next meetings. `cj plan show` prints it; anything written for
/// the family starts from it.
public struct PlanOverview: Codable, Sendable {
    public var caseId: String
    public var asOf: CalendarDate
    public var plan: Plan
    public var worker: String?
    public var worries: [PlanStatement]
    public var strengths: [PlanStatement]
    public var outcomes: [OutcomeOverview]
    /// Oldest first: the first is where the plan started, the last is where it is now.
    public var riskRatings: [RiskRating]
    public var views: [PersonView]
    public var endProposal: EndProposal?
    public var nextReview: NextMeeting?
    public var nextCoreGroup: NextMeeting?
    /// The earliest day a child on the plan is due to be seen; nil when the plan is not active.
    public var nextVisit: CalendarDate?

    public init(plan reference: String?, in recorded: Case, settings: StoreSettings, asOf: CalendarDate) throws(CaseJourneyError) {
        let value = recorded.inForce
        let plan = try value.planForReport(reference)
        caseId = value.caseId
        self.asOf = asOf
        self.plan = plan
        worker = value.worker(on: asOf)
        worries = value.worries.filter { $0.plan == plan.id && $0.date <= asOf }
        strengths = value.strengths.filter { $0.plan == plan.id && $0.date <= asOf }
        outcomes = value.outcomes.filter { $0.plan == plan.id && $0.date <= asOf }.map { outcome in
            OutcomeOverview(outcome: outcome, actions: value.actions.filter { $0.outcome == outcome.id }.compactMap { action in
                action.state(on: asOf).map { ActionOverview(id: action.id, state: $0, in: value, asOf: asOf) }
            })
        }
        riskRatings = value.riskRatings.filter { $0.plan == plan.id && $0.date <= asOf }.sorted { $0.date < $1.date }
        views = value.views.filter { ($0.plan == plan.id || $0.plan == nil) && $0.date <= asOf }
        endProposal = value.endProposal(for: plan.id).flatMap { $0.date <= asOf ? $0 : nil }
        let meetings = MeetingSchedule(settings: settings)
        nextReview = meetings.nextReview(of: plan, in: value, asOf: asOf).map(NextMeeting.init)
        nextCoreGroup = meetings.nextCoreGroup(of: plan, in: value, asOf: asOf).map(NextMeeting.init)
        nextVisit = VisitSchedule(settings: settings).statuses(in: value, asOf: asOf)
            .filter { $0.plan.id == plan.id }.map(\.visitsDue).min()
    }

    /// Every action on the plan, outcome by outcome.
    public var actions: [ActionOverview] { outcomes.flatMap(\.actions) }

    /// The actions for one person in the family (a parent's part of the plan).
    public func actions(for personID: String) -> [ActionOverview] {
        actions.filter { $0.owners.contains(.person(personID)) }
    }

    /// The actions professionals and agencies promised.
    public var professionalActions: [ActionOverview] { actions.filter { $0.owners.contains { !$0.isFamily } } }
}

public struct OutcomeOverview: Codable, Sendable {
    public var outcome: PlanOutcome
    public var actions: [ActionOverview]
}

/// An action as it stands on the overview's day.
public struct ActionOverview: Codable, Sendable {
    public var id: String
    public var text: String
    /// One or more: people in the family, professionals, agencies.
    public var owners: [ActionOwner]
    /// "Kelly Ashworth", "Priya Shah (health visitor, Northtown Community Health)", "Northtown Housing".
    public var ownerName: String
    public var due: CalendarDate
    public var status: ActionStatus
    /// The day of the latest change.
    public var since: CalendarDate
    /// The reason given with the latest change.
    public var reason: String?
    /// Still to be done and due before the overview's day.
    public var isOverdue: Bool

    init(id: String, state: ActionState, in value: Case, asOf: CalendarDate) {
        self.id = id
        text = state.text
        owners = state.owners
        ownerName = value.name(of: state.owners)
        due = state.due
        status = state.status
        since = state.since
        reason = state.reason
        isOverdue = state.status.isLive && state.due < asOf
    }
}

/// The next review or core group: its due day and, for a review, the day booked.
public struct NextMeeting: Codable, Sendable, Equatable {
    public var kind: ExpectationKind
    public var due: CalendarDate
    public var booked: CalendarDate?
    /// The booked day if there is one, else the due day.
    public var date: CalendarDate

    init(_ meeting: MeetingDue) {
        kind = meeting.kind
        due = meeting.due
        booked = meeting.booked?.date
        date = meeting.nextDate
    }
}
