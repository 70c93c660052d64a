/// A closed set of values stored as strings in the case file (roles, plan types, categories ...).
///
/// Decoding an unknown value fails with a message that lists every accepted value, so a typing
/// mistake in a hand-edited file tells the reader what would have been right.
public protocol Choice: RawRepresentable, CaseIterable, Codable, Sendable, Hashable
where RawValue == String {}

extension Choice {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = try Self.read(try container.decode(String.self), at: container.codingPath)
    }

    /// The value a case file writes as `text`, or the problem every reader reports for it.
    static func read(_ text: String, at codingPath: @autoclosure () -> [any CodingKey]) throws -> Self {
        guard let value = Self(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath(), debugDescription: "expected one of: \(Self.acceptedValues)"))
        }
        return value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// "a, b or c", for messages.
    public static var acceptedValues: String {
        let names = allCases.map(\.rawValue)
        guard names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
