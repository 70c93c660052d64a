/// A visit by a social worker, recording each child: seen, seen alone, or not seen and why.
///
/// A visit is never edited. A correction is a new visit whose `amends` names the one it replaces;
/// both stay in the file so anyone can see what was recorded at the time.
public struct Visit: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    public var date: CalendarDate
    /// The worker who made the visit.
    public var by: String
    public var kind: VisitKind
    public var unannounced: Bool
    public var bedroomSeen: Bool
    public var children: [ChildSighting]
    /// Adults seen on the visit: for a child not yet born, the visit counts when the mother is seen.
    public var adultsSeen: [String]?
    public var note: String?
    /// The id of the visit this one corrects.
    public var amends: String?
    /// Why the earlier record was wrong (required with `amends`).
    public var amendmentReason: String?
    public var privateFrom: [String]?
    public var notForFamily: Bool?
    /// Visits are corrected by a replacement (`amends`); this notes only what merging a person
    /// added twice changed in it.
    public var corrections: [Correction]?
    /// Set when the visit was logged in error (to the wrong family, say).
    public var withdrawal: Withdrawal?

    public init(
        id: String, date: CalendarDate, by: String, kind: VisitKind = .home,
        unannounced: Bool = false, bedroomSeen: Bool = false, children: [ChildSighting],
        note: String? = nil, amends: String? = nil, amendmentReason: String? = nil
    ) {
        self.id = id
        self.date = date
        self.by = by
        self.kind = kind
        self.unannounced = unannounced
        self.bedroomSeen = bedroomSeen
        self.children = children
        self.note = note
        self.amends = amends
        self.amendmentReason = amendmentReason
    }

    public func sighting(of childID: String) -> ChildSighting? {
        children.first { $0.child == childID }
    }
}

extension Visit: FieldDescribed {
    enum CodingKeys: String, CodingKey {
        case id, date, by, kind, unannounced, bedroomSeen, children, adultsSeen, note, amends, amendmentReason
        case privateFrom, notForFamily, corrections, withdrawal
    }

    public init(from decoder: any Decoder) throws {
        var fields = try FieldReader<CodingKeys>(decoder)
        try self.init(fields: &fields)
    }

    /// What a visit holds in the case file, in the order it is written.
    init(fields: inout FieldReader<CodingKeys>) throws {
        id = try fields.decode(String.self, .id)
        date = try fields.decode(CalendarDate.self, .date)
        by = try fields.decode(String.self, .by)
        kind = try fields.decode(VisitKind.self, .kind)
        unannounced = try fields.decode(Bool.self, .unannounced)
        bedroomSeen = try fields.decode(Bool.self, .bedroomSeen)
        children = try fields.decode([ChildSighting].self, .children)
        adultsSeen = try fields.decodeIfPresent([String].self, .adultsSeen)
        note = try fields.decodeIfPresent(String.self, .note)
        amends = try fields.decodeIfPresent(String.self, .amends)
        amendmentReason = try fields.decodeIfPresent(String.self, .amendmentReason)
        privateFrom = try fields.decodeIfPresent([String].self, .privateFrom)
        notForFamily = try fields.decodeIfPresent(Bool.self, .notForFamily)
        corrections = try fields.decodeIfPresent([Correction].self, .corrections)
        withdrawal = try fields.decodeIfPresent(Withdrawal.self, .withdrawal)
    }
}

public struct ChildSighting: Codable, Sendable, Equatable {
    /// Person id of the child.
    public var child: String
    public var outcome: SightingOutcome
    /// Why the child was not seen ("at his grandmother's"); optional for seen children.
    public var reason: String?

    public init(child: String, outcome: SightingOutcome, reason: String? = nil) {
        self.child = child
        self.outcome = outcome
        self.reason = reason
    }
}

extension ChildSighting: FieldDescribed {
    enum CodingKeys: String, CodingKey {
        case child, outcome, reason
    }

    public init(from decoder: any Decoder) throws {
        var fields = try FieldReader<CodingKeys>(decoder)
        try self.init(fields: &fields)
    }

    init(fields: inout FieldReader<CodingKeys>) throws {
        child = try fields.decode(String.self, .child)
        outcome = try fields.decode(SightingOutcome.self, .outcome)
        reason = try fields.decodeIfPresent(String.self, .reason)
    }
}

public enum SightingOutcome: String, Choice {
    case seen
    case seenAlone = "seen-alone"
    case notSeen = "not-seen"
    /// The worker did not say: the child was left out of the visit log. Not counted as seen,
    /// and shown as such, so nobody reads it as "not seen" (or as seen).
    case notRecorded = "not-recorded"

    public var countsAsSeen: Bool { self == .seen || self == .seenAlone }

    /// How much the line says, for merging two lines about one child: seen alone says most.
    public var strength: Int {
        switch self {
        case .seenAlone: 3
        case .seen: 2
        case .notSeen: 1
        case .notRecorded: 0
        }
    }

    public var displayName: String {
        switch self {
        case .seen: "seen"
        case .seenAlone: "seen alone"
        case .notSeen: "not seen"
        case .notRecorded: "not recorded"
        }
    }
}

public enum VisitKind: String, Choice {
    case home
    case school
    case office
    case other
}
