/// A child protection or child in need plan covering one or more children.
public struct Plan: Codable, Sendable, Equatable, Correctable {
    public var id: String
    public var type: PlanType
    /// Person ids of the children the plan covers.
    public var children: [String]
    /// Required for child protection plans, absent for child in need plans.
    public var category: PlanCategory?
    public var start: CalendarDate
    public var end: PlanEnd?
    /// The conference whose decision started it (an initial conference, or a review that
    /// stepped a plan down), so a corrected decision can undo it.
    public var conference: String?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(
        id: String, type: PlanType, children: [String], category: PlanCategory? = nil,
        start: CalendarDate, end: PlanEnd? = nil
    ) {
        self.id = id
        self.type = type
        self.children = children
        self.category = category
        self.start = start
        self.end = end
    }

    /// A plan is active on `date` from its start until the day before it ended.
    public func isActive(on date: CalendarDate) -> Bool {
        start <= date && (end.map { date < $0.date } ?? true)
    }

    public var isOpen: Bool { end == nil }
}

extension Plan: FieldDescribed {
    enum CodingKeys: String, CodingKey {
        case id, type, children, category, start, end, conference, corrections, withdrawal
    }

    public init(from decoder: any Decoder) throws {
        var fields = try FieldReader<CodingKeys>(decoder)
        try self.init(fields: &fields)
    }

    /// What a plan holds in the case file, in the order it is written.
    init(fields: inout FieldReader<CodingKeys>) throws {
        id = try fields.decode(String.self, .id)
        type = try fields.decode(PlanType.self, .type)
        children = try fields.decode([String].self, .children)
        category = try fields.decodeIfPresent(PlanCategory.self, .category)
        start = try fields.decode(CalendarDate.self, .start)
        end = try fields.decodeIfPresent(PlanEnd.self, .end)
        conference = try fields.decodeIfPresent(String.self, .conference)
        corrections = try fields.decodeIfPresent([Correction].self, .corrections)
        withdrawal = try fields.decodeIfPresent(Withdrawal.self, .withdrawal)
    }
}

public struct PlanEnd: Codable, Sendable, Equatable {
    public var date: CalendarDate
    /// Why the plan ended, in the words of whoever ended it.
    public var reason: String
    /// The conference whose decision ended it, if one did.
    public var conference: String?

    public init(date: CalendarDate, reason: String, conference: String? = nil) {
        self.date = date
        self.reason = reason
        self.conference = conference
    }
}

public enum PlanType: String, Choice {
    case childProtection = "child-protection"
    case childInNeed = "child-in-need"

    /// The short form workers type on the command line.
    public var shortName: String {
        switch self {
        case .childProtection: "cp"
        case .childInNeed: "cin"
        }
    }

    public var displayName: String {
        switch self {
        case .childProtection: "child protection"
        case .childInNeed: "child in need"
        }
    }

    public init?(shortName: String) {
        guard let match = PlanType.allCases.first(where: {
            $0.shortName == shortName.lowercased() || $0.rawValue == shortName.lowercased()
        }) else { return nil }
        self = match
    }
}

/// The category of a child protection plan (the national codes are NEG, PHY, EMO, SAB, MUL).
public enum PlanCategory: String, Choice {
    case neglect
    case physical
    case emotional
    case sexual
    case multiple
}

extension Case {
    /// The child protection plans `child` was on before `plan` started: what makes it a repeat
    /// plan (the census's "number of previous plans", Annex A's, the caseload's and the checks').
    public func earlierChildProtectionPlans(of child: String, before plan: Plan) -> [Plan] {
        plans.inForce.filter { $0.type == .childProtection && $0.id != plan.id && $0.children.contains(child) && $0.start < plan.start }
    }
}
