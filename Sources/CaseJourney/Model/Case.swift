/// One family's case: everything CaseJourney knows about their journey, kept in one JSON file.
///
/// Due dates are never stored here: they are derived from this record and the store's settings
/// each time they are needed.
public struct Case: Codable, Sendable, Equatable {
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
    /// Visit expectations set for a plan or a child, oldest first.
    public var expectations: [ExpectationOverride]
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
        self.history = []
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, caseId, revision, familyName, people, professionals, allocations, plans
        case visits, expectations, history
    }

    /// Lists that are empty may be left out of a hand-written file.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        caseId = try container.decode(String.self, forKey: .caseId)
        revision = try container.decode(Int.self, forKey: .revision)
        familyName = try container.decode(String.self, forKey: .familyName)
        people = try container.decodeIfPresent([Person].self, forKey: .people) ?? []
        professionals = try container.decodeIfPresent([Professional].self, forKey: .professionals) ?? []
        allocations = try container.decodeIfPresent([Allocation].self, forKey: .allocations) ?? []
        plans = try container.decodeIfPresent([Plan].self, forKey: .plans) ?? []
        visits = try container.decodeIfPresent([Visit].self, forKey: .visits) ?? []
        expectations = try container.decodeIfPresent([ExpectationOverride].self, forKey: .expectations) ?? []
        history = try container.decodeIfPresent([HistoryEntry].self, forKey: .history) ?? []
    }
}

extension Case {
    public var children: [Person] { people.filter(\.isChild) }
    public var adults: [Person] { people.filter { !$0.isChild } }

    public func person(withID id: String) -> Person? {
        people.first { $0.id == id }
    }

    public var currentAllocation: Allocation? {
        allocations.last(where: \.isCurrent)
    }

    /// The worker holding the case now, if any.
    public var currentWorker: String? { currentAllocation?.worker }

    /// Plans that have not ended, oldest first.
    public var openPlans: [Plan] { plans.filter(\.isOpen) }

    /// The open plan covering `childID`, if any.
    public func openPlan(for childID: String) -> Plan? {
        openPlans.first { $0.children.contains(childID) }
    }

    /// Visits as they stand after corrections: a visit replaced by an amendment is left out.
    public var effectiveVisits: [Visit] {
        let replaced = Set(visits.compactMap(\.amends))
        return visits.filter { !replaced.contains($0.id) }
    }
}
