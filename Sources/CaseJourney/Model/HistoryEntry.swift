/// One change to a case: who made it, when (UTC), and what it was. Appended, never edited.
public struct HistoryEntry: Codable, Sendable, Equatable {
    /// ISO 8601 in UTC, e.g. `2026-11-23T17:09:07Z`.
    public var at: String
    public var by: String
    public var change: String
    /// The revision the case reached with this change.
    public var revision: Int?

    public init(at: String, by: String, change: String, revision: Int? = nil) {
        self.at = at
        self.by = by
        self.change = change
        self.revision = revision
    }
}

extension HistoryEntry: FieldDescribed {
    enum CodingKeys: String, CodingKey {
        case at, by, change, revision
    }

    public init(from decoder: any Decoder) throws {
        var fields = try FieldReader<CodingKeys>(decoder)
        try self.init(fields: &fields)
    }

    init(fields: inout FieldReader<CodingKeys>) throws {
        at = try fields.decode(String.self, .at)
        by = try fields.decode(String.self, .by)
        change = try fields.decode(String.self, .change)
        revision = try fields.decodeIfPresent(Int.self, .revision)
    }
}
