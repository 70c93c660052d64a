/// A strategy discussion between agencies. When it starts a section 47 enquiry, the initial
/// conference is expected within the team's timescale (by default 15 working days).
public struct StrategyDiscussion: Codable, Sendable, Equatable {
    public var id: String
    public var date: CalendarDate
    /// Whether agencies agreed to start a section 47 enquiry.
    public var section47Enquiry: Bool
    public var note: String?
    public var by: String

    public init(id: String, date: CalendarDate, section47Enquiry: Bool, note: String? = nil, by: String) {
        self.id = id
        self.date = date
        self.section47Enquiry = section47Enquiry
        self.note = note
        self.by = by
    }
}
