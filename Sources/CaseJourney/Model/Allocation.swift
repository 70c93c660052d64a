/// A period during which one social worker held the case.
///
/// The list is never rewritten: assigning a new worker closes the open allocation (its `to` is the
/// new worker's first day) and appends a new one, so the number of changes stays visible. Ending
/// an allocation with no one to take over (`endReason`) leaves the case unallocated from `to`.
public struct Allocation: Codable, Sendable, Equatable, Correctable {
    /// `al1`, `al2`, ...; files written before allocations had ids get them when read.
    public var id: String
    public var worker: String
    /// First day the worker held the case.
    public var from: CalendarDate
    /// The first day the worker no longer held it; nil while this worker holds the case.
    public var to: CalendarDate?
    /// Why the allocation ended when no one took over at once ("Sam left the team").
    public var endReason: String?
    public var contact: ContactDetails?
    public var manager: String?
    /// For a worker taking over from another: what passed between them.
    public var handover: Handover?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(
        id: String = "", worker: String, from: CalendarDate, to: CalendarDate? = nil,
        contact: ContactDetails? = nil, manager: String? = nil
    ) {
        self.id = id
        self.worker = worker
        self.from = from
        self.to = to
        self.contact = contact
        self.manager = manager
    }

    private enum CodingKeys: String, CodingKey { case id, worker, from, to, endReason, contact, manager, handover, corrections, withdrawal }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        worker = try container.decode(String.self, forKey: .worker)
        from = try container.decode(CalendarDate.self, forKey: .from)
        to = try container.decodeIfPresent(CalendarDate.self, forKey: .to)
        endReason = try container.decodeIfPresent(String.self, forKey: .endReason)
        contact = try container.decodeIfPresent(ContactDetails.self, forKey: .contact)
        manager = try container.decodeIfPresent(String.self, forKey: .manager)
        handover = try container.decodeIfPresent(Handover.self, forKey: .handover)
        corrections = try container.decodeIfPresent([Correction].self, forKey: .corrections)
        withdrawal = try container.decodeIfPresent(Withdrawal.self, forKey: .withdrawal)
    }

    public var isCurrent: Bool { to == nil }

    /// True when the worker held the case on `date`.
    public func covers(_ date: CalendarDate) -> Bool {
        from <= date && (to.map { date < $0 } ?? true)
    }
}
