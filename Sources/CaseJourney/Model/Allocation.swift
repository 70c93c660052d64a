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

    public var isCurrent: Bool { to == nil }

    /// True when the worker held the case on `date`.
    public func covers(_ date: CalendarDate) -> Bool {
        from <= date && (to.map { date < $0 } ?? true)
    }
}

extension Allocation: FieldDescribed {
    enum CodingKeys: String, CodingKey { case id, worker, from, to, endReason, contact, manager, handover, corrections, withdrawal }

    public init(from decoder: any Decoder) throws {
        var fields = try FieldReader<CodingKeys>(decoder)
        try self.init(fields: &fields)
    }

    /// What an allocation holds in the case file, in the order it is written.
    init(fields: inout FieldReader<CodingKeys>) throws {
        // Files written before allocations had ids get them when read.
        id = try fields.decodeIfPresent(String.self, .id) ?? ""
        worker = try fields.decode(String.self, .worker)
        from = try fields.decode(CalendarDate.self, .from)
        to = try fields.decodeIfPresent(CalendarDate.self, .to)
        endReason = try fields.decodeIfPresent(String.self, .endReason)
        contact = try fields.decodeIfPresent(ContactDetails.self, .contact)
        manager = try fields.decodeIfPresent(String.self, .manager)
        handover = try fields.decodeIfPresent(Handover.self, .handover)
        corrections = try fields.decodeIfPresent([Correction].self, .corrections)
        withdrawal = try fields.decodeIfPresent(Withdrawal.self, .withdrawal)
    }
}
