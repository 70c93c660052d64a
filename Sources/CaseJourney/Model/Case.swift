/// One family's case: everything CaseJourney knows about their journey, kept in one JSON file.
///
/// Due dates are never stored here: they are derived from this record and the store's settings
/// each time they are needed.
///
/// Its `Codable` conformance, and that of the records it holds, is the one description of the
/// case file: every command reads through it (see `JSONBytesDecoder`).
public struct Case: Codable, Sendable, Equatable, FieldDescribed {
    /// The newest case-file format this build reads and writes.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var caseId: String
    /// Goes up by one on every write, so a reader can tell two versions apart.
    public var revision: Int
    public var familyName: String
    public var people: [Person]
    public var professionals: [Professional]
    /// Social-worker allocations, oldest first.
    public var allocations: [Allocation]
    public var plans: [Plan]
    public var visits: [Visit]
    /// Expectations set for the case, a plan or a child, oldest first.
    public var expectations: [ExpectationOverride]
    /// What harm is feared, per plan.
    public var worries: [PlanStatement]
    /// What is going well, per plan.
    public var strengths: [PlanStatement]
    /// What needs to change, as behaviour, per plan.
    public var outcomes: [PlanOutcome]
    /// Who does what by when, each with its own history.
    public var actions: [PlanAction]
    public var riskRatings: [RiskRating]
    /// Parents' and children's views.
    public var views: [PersonView]
    /// Proposals that a plan could end, and their withdrawals.
    public var endProposals: [EndProposal]
    public var strategyDiscussions: [StrategyDiscussion]
    public var conferences: [Conference]
    public var coreGroups: [CoreGroup]
    /// Every attempt to reach an adult, whatever came of it.
    public var contacts: [ContactAttempt]
    /// Appointments with people in the family, kept after they happen or are cancelled.
    public var appointments: [Appointment]
    /// Dated progress from the family, agencies and professionals.
    public var evidence: [Evidence]
    /// Requests to put a record right, open until answered.
    public var correctionRequests: [CorrectionRequest]
    /// Help family members were referred to, with each session.
    public var services: [ServiceReferral]
    /// Written agreements signed with the family.
    public var agreements: [WrittenAgreement]
    /// Referrals to children's services: each starts a child in need episode.
    public var referrals: [Referral]
    /// Assessments of the children's needs after a referral.
    public var assessments: [Assessment]
    /// Changes that two copies of the case made differently, kept until someone settles them
    /// (see `MergeConflict`). Left out of the file while there are none.
    public var conflicts: [MergeConflict]
    /// Every change ever made to this case, oldest first.
    public var history: [HistoryEntry]

    public init(caseId: String, familyName: String) {
        self.schemaVersion = Case.currentSchemaVersion
        self.caseId = caseId
        self.revision = 0
        self.familyName = familyName
        self.people = []
        self.professionals = []
        self.allocations = []
        self.plans = []
        self.visits = []
        self.expectations = []
        self.worries = []
        self.strengths = []
        self.outcomes = []
        self.actions = []
        self.riskRatings = []
        self.views = []
        self.endProposals = []
        self.strategyDiscussions = []
        self.conferences = []
        self.coreGroups = []
        self.contacts = []
        self.appointments = []
        self.evidence = []
        self.correctionRequests = []
        self.services = []
        self.agreements = []
        self.referrals = []
        self.assessments = []
        self.conflicts = []
        self.history = []
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, caseId, revision, familyName, people, professionals, allocations, plans
        case visits, expectations, worries, strengths, outcomes, actions, riskRatings, views, endProposals
        case strategyDiscussions, conferences, coreGroups, contacts, appointments, evidence, correctionRequests, services, agreements, referrals, assessments, conflicts, history
    }

    /// Lists that are empty may be left out of a hand-written file.
    public init(from decoder: any Decoder) throws {
        var fields = try FieldReader<CodingKeys>(decoder)
        try self.init(fields: &fields)
    }

    init(fields: inout FieldReader<CodingKeys>) throws {
        schemaVersion = try fields.decode(Int.self, .schemaVersion)
        caseId = try fields.decode(String.self, .caseId)
        revision = try fields.decode(Int.self, .revision)
        familyName = try fields.decode(String.self, .familyName)
        people = try fields.decodeList([Person].self, .people)
        professionals = try fields.decodeList([Professional].self, .professionals)
        allocations = try fields.decodeList([Allocation].self, .allocations)
        plans = try fields.decodeList([Plan].self, .plans)
        visits = try fields.decodeList([Visit].self, .visits)
        expectations = try fields.decodeList([ExpectationOverride].self, .expectations)
        worries = try fields.decodeList([PlanStatement].self, .worries)
        strengths = try fields.decodeList([PlanStatement].self, .strengths)
        outcomes = try fields.decodeList([PlanOutcome].self, .outcomes)
        actions = try fields.decodeList([PlanAction].self, .actions)
        riskRatings = try fields.decodeList([RiskRating].self, .riskRatings)
        views = try fields.decodeList([PersonView].self, .views)
        endProposals = try fields.decodeList([EndProposal].self, .endProposals)
        strategyDiscussions = try fields.decodeList([StrategyDiscussion].self, .strategyDiscussions)
        conferences = try fields.decodeList([Conference].self, .conferences)
        coreGroups = try fields.decodeList([CoreGroup].self, .coreGroups)
        contacts = try fields.decodeList([ContactAttempt].self, .contacts)
        appointments = try fields.decodeList([Appointment].self, .appointments)
        evidence = try fields.decodeList([Evidence].self, .evidence)
        correctionRequests = try fields.decodeList([CorrectionRequest].self, .correctionRequests)
        services = try fields.decodeList([ServiceReferral].self, .services)
        agreements = try fields.decodeList([WrittenAgreement].self, .agreements)
        referrals = try fields.decodeList([Referral].self, .referrals)
        assessments = try fields.decodeList([Assessment].self, .assessments)
        conflicts = try fields.decodeList([MergeConflict].self, .conflicts)
        history = try fields.decodeList([HistoryEntry].self, .history)
        assignMissingAllocationIDs()
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(caseId, forKey: .caseId)
        try container.encode(revision, forKey: .revision)
        try container.encode(familyName, forKey: .familyName)
        try container.encode(people, forKey: .people)
        try container.encode(professionals, forKey: .professionals)
        try container.encode(allocations, forKey: .allocations)
        try container.encode(plans, forKey: .plans)
        try container.encode(visits, forKey: .visits)
        try container.encode(expectations, forKey: .expectations)
        try container.encode(worries, forKey: .worries)
        try container.encode(strengths, forKey: .strengths)
        try container.encode(outcomes, forKey: .outcomes)
        try container.encode(actions, forKey: .actions)
        try container.encode(riskRatings, forKey: .riskRatings)
        try container.encode(views, forKey: .views)
        try container.encode(endProposals, forKey: .endProposals)
        try container.encode(strategyDiscussions, forKey: .strategyDiscussions)
        try container.encode(conferences, forKey: .conferences)
        try container.encode(coreGroups, forKey: .coreGroups)
        try container.encode(contacts, forKey: .contacts)
        try container.encode(appointments, forKey: .appointments)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(correctionRequests, forKey: .correctionRequests)
        try container.encode(services, forKey: .services)
        try container.encode(agreements, forKey: .agreements)
        // Older cases have none; their files stay as they were until one is recorded.
        if !referrals.isEmpty { try container.encode(referrals, forKey: .referrals) }
        if !assessments.isEmpty { try container.encode(assessments, forKey: .assessments) }
        // Most cases never meet a conflict; their files do not carry an empty list for it.
        if !conflicts.isEmpty { try container.encode(conflicts, forKey: .conflicts) }
        try container.encode(history, forKey: .history)
    }

    /// Allocations written before they had ids get `al1`, `al2`, ... in list order.
    mutating func assignMissingAllocationIDs() {
        guard allocations.contains(where: { $0.id.isEmpty }) else { return }
        var used = Set(allocations.map(\.id))
        for index in allocations.indices where allocations[index].id.isEmpty {
            allocations[index].id = Case.firstUnused("al\(index + 1)", among: used)
            used.insert(allocations[index].id)
        }
    }
}

extension Case {
    /// Children not withdrawn, in the order they were added.
    public var children: [Person] { people.filter { $0.isChild && !$0.isWithdrawn } }
    /// Adults not withdrawn, in the order they were added.
    public var adults: [Person] { people.filter { !$0.isChild && !$0.isWithdrawn } }

    public func person(withID id: String) -> Person? {
        people.first { $0.id == id }
    }

    public var currentAllocation: Allocation? {
        allocations.inForce.last(where: \.isCurrent)
    }

    /// The worker holding the case now, if any.
    public var currentWorker: String? { currentAllocation?.worker }

    /// Plans that have not ended, oldest first (withdrawn plans are left out).
    public var openPlans: [Plan] { plans.filter { $0.isOpen && !$0.isWithdrawn } }

    /// The open plan covering `childID`, if any.
    public func openPlan(for childID: String) -> Plan? {
        openPlans.first { $0.children.contains(childID) }
    }

    /// Visits as they stand after corrections: a visit replaced by an amendment, or withdrawn,
    /// is left out.
    public var effectiveVisits: [Visit] {
        // Most cases have no corrected or withdrawn visit: then the list stands as it is, shared
        // rather than copied (reports ask for it once per child and per adult).
        guard visits.contains(where: { $0.amends != nil || $0.isWithdrawn }) else { return visits }
        // A correction that was itself withdrawn no longer replaces the visit it corrected.
        let replaced = Set(visits.filter { !$0.isWithdrawn }.compactMap(\.amends))
        return visits.filter { !replaced.contains($0.id) && !$0.isWithdrawn }
    }
}
