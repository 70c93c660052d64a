/// A period during which one social worker held the case.
///
/// The list is never rewritten: assigning a new worker closes the open allocation (its `to` is the
/// new worker's first day) and appends a new one, so the number of changes stays visible.
public struct Allocation: Codable, Sendable, Equatable {
    public var worker: String
    /// First day the worker held the case.
    public var from: CalendarDate
    /// The day the next worker took over; nil while this worker holds the case.
    public var to: CalendarDate?
    public var contact: ContactDetails?
    public var manager: String?

    public init(
        worker: String, from: CalendarDate, to: CalendarDate? = nil,
        contact: ContactDetails? = nil, manager: String? = nil
    ) {
        self.worker = worker
        self.from = from
        self.to = to
        self.contact = contact
        self.manager = manager
    }

    public var isCurrent: Bool { to == nil }
}
