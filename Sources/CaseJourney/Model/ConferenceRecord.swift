/// What a worker says about a conference, before it is applied to the case: people are named as
/// typed on the command line. Anything left nil or empty is left as it was.
public struct ConferenceRecord: Sendable {
    public var chair: String?
    public var invited: [String]
    public var attended: [String]
    public var recommendation: ConferenceDecision?
    public var decision: ConferenceDecision?
    public var reason: String?
    public var parentsView: String?
    public var minutesSent: CalendarDate?
    /// Start a child protection plan with this category (an initial conference deciding `start`).
    public var startPlanCategory: PlanCategory?
    /// The children for that plan, as typed; empty for every child not already on a plan.
    public var startPlanChildren: [String]
    /// End the plan reviewed (a review deciding `end` or `step-down`; a step-down also starts a
    /// child in need plan for the same children).
    public var endPlan: Bool

    public init(
        chair: String? = nil, invited: [String] = [], attended: [String] = [],
        recommendation: ConferenceDecision? = nil, decision: ConferenceDecision? = nil, reason: String? = nil,
        parentsView: String? = nil, minutesSent: CalendarDate? = nil,
        startPlanCategory: PlanCategory? = nil, startPlanChildren: [String] = [], endPlan: Bool = false
    ) {
        self.chair = chair
        self.invited = invited
        self.attended = attended
        self.recommendation = recommendation
        self.decision = decision
        self.reason = reason
        self.parentsView = parentsView
        self.minutesSent = minutesSent
        self.startPlanCategory = startPlanCategory
        self.startPlanChildren = startPlanChildren
        self.endPlan = endPlan
    }
}
