/// One row of `cj due`: something overdue or due soon, or a plan worth looking at.
public struct DueItem: Codable, Sendable, Equatable {
    public var caseId: String
    public var familyName: String
    /// The social worker holding the case on the as-of day.
    public var worker: String?
    public var kind: DueKind
    /// What is due, in plain words.
    public var what: String
    /// Who should do it: the worker, a parent, a professional, an agency, the chair.
    public var who: String
    /// Nil for checks, which are not tied to a day.
    public var due: CalendarDate?
    /// Working days after `due` up to and including the as-of day; 0 when not overdue.
    public var workingDaysOverdue: Int
    public var status: DueStatus
    public var plan: String?
    /// The id of the child, action, conference or core group the row is about.
    public var ref: String?

}

public enum DueStatus: String, Codable, Sendable {
    case overdue
    case dueSoon = "due soon"
    /// Not a deadline: a plan or a pattern worth a look.
    case information
}

public enum DueKind: String, Choice {
    /// Children on a plan and no social worker holding the case.
    case unallocated
    case visit
    case seenAlone = "seen-alone"
    /// A child on a plan not seen on the team's alert number of visits in a row.
    case childNotSeen = "child-not-seen"
    case initialConference = "initial-conference"
    case reviewConference = "review-conference"
    case coreGroup = "core-group"
    case reports
    case minutes
    case coreGroupNotes = "core-group-notes"
    /// An action for someone in the family.
    case familyAction = "family-action"
    /// An action for a professional or an agency.
    case professionalAction = "professional-action"
    case proposedEnd = "proposed-end"
    /// Every family action is done, but the next review is a long way off.
    case familyActionsDone = "family-actions-done"
    case actionsOnlyForMother = "actions-only-for-mother"
    case workerChangedBeforeConference = "worker-changed-before-conference"
    case longPlan = "long-plan"
    case repeatPlan = "repeat-plan"
    case openConflict = "open-conflict"
    case possibleDuplicate = "possible-duplicate"
    /// A referral a provider has not yet accepted or started.
    case serviceWaiting = "service-waiting"
    /// Sessions a provider cancelled or did not come to.
    case serviceProviderFailure = "service-provider-failure"
    /// Help that stopped, or stops with the plan, with nothing in its place.
    case helpStopping = "help-stopping"
    /// A written agreement's check-in to hold, or none set.
    case agreementCheckIn = "agreement-check-in"
    /// A request for permission under a written agreement, not yet answered.
    case permissionRequest = "permission-request"
    /// A written agreement still in force after its plan ended, with no reason.
    case agreementOutlivesPlan = "agreement-outlives-plan"
    /// A request to correct a record, not yet answered.
    case correctionRequest = "correction-request"
    /// An appointment whose day has passed with nothing recorded about it.
    case appointmentOutcome = "appointment-outcome"
    /// An appointment the service cancelled and did not book again.
    case appointmentNotRebooked = "appointment-not-rebooked"
    /// An adult with parental responsibility nobody has reached for the team's number of weeks.
    case adultNotReached = "adult-not-reached"
    /// Every open family action is for one adult who is not engaging; everyone else's are done.
    case waitingOnOneAdult = "waiting-on-one-adult"
    /// Something that would make a conference unfair to the family, before or after it.
    case conferenceCheck = "conference-check"
    /// A referral not decided within the team's time.
    case referralDecision = "referral-decision"
    /// An assessment not authorised within its timescale.
    case assessment
    /// A child referred again within 12 months: information, for a manager.
    case reReferral = "re-referral"
    /// A new worker's handover not finished within the team's time.
    case handover
    case manyWorkers = "many-workers"

    public var section: DueSection {
        switch self {
        case .referralDecision, .assessment: .referrals
        case .reReferral: .checks
        case .unallocated, .visit, .seenAlone, .childNotSeen: .visits
        case .handover: .handovers
        case .appointmentNotRebooked, .adultNotReached, .appointmentOutcome: .reachingAdults
        case .initialConference, .reviewConference, .coreGroup, .conferenceCheck, .agreementCheckIn: .meetings
        case .permissionRequest: .professionalActions
        case .agreementOutlivesPlan: .plansThatCouldEnd
        case .reports, .minutes, .coreGroupNotes, .correctionRequest: .papers
        case .familyAction: .familyActions
        case .professionalAction, .serviceWaiting, .serviceProviderFailure: .professionalActions
        case .helpStopping: .plansThatCouldEnd
        case .proposedEnd, .familyActionsDone: .plansThatCouldEnd
        case .actionsOnlyForMother, .workerChangedBeforeConference, .longPlan, .repeatPlan, .openConflict, .possibleDuplicate,
             .waitingOnOneAdult, .manyWorkers: .checks
        }
    }

    /// The agenda row for a check.
    public init(_ check: CheckKind) {
        switch check {
        case .actionsOnlyForMother: self = .actionsOnlyForMother
        case .workerChangedBeforeConference: self = .workerChangedBeforeConference
        case .longPlan: self = .longPlan
        case .repeatPlan: self = .repeatPlan
        case .openConflict: self = .openConflict
        case .possibleDuplicate: self = .possibleDuplicate
        case .waitingOnOneAdult: self = .waitingOnOneAdult
        case .manyWorkers: self = .manyWorkers
        }
    }
}

/// The parts of the agenda, in the order they are shown. Family and professionals' actions are
/// separate so neither hides behind the other.
public enum DueSection: Int, CaseIterable, Sendable, Comparable {
    case referrals, visits, reachingAdults, handovers, meetings, papers, familyActions, professionalActions, plansThatCouldEnd, checks

    public var title: String {
        switch self {
        case .referrals: "Referrals and assessments"
        case .visits: "Visits"
        case .reachingAdults: "Reaching the adults"
        case .handovers: "Handovers between social workers"
        case .meetings: "Conferences and core groups"
        case .papers: "Reports, minutes and notes"
        case .familyActions: "Family's actions"
        case .professionalActions: "Professionals' and agencies' actions"
        case .plansThatCouldEnd: "Plans that could end sooner"
        case .checks: "Worth a look (information, not blame)"
        }
    }

    public static func < (lhs: DueSection, rhs: DueSection) -> Bool { lhs.rawValue < rhs.rawValue }
}
