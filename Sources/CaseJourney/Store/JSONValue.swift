/// A JSON document as a tree that keeps everything exactly: key order, and numbers as written.
///
/// The store needs this besides `Codable` for three jobs `JSONDecoder` cannot do: report syntax
/// errors with line and column, show the offending value at a JSON path, and carry fields this
/// version does not know through a rewrite.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The number's text as written, so it round-trips unchanged.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// Where the document holds `null`, in document order.
    func nullPaths(at path: [JSONPathComponent] = []) -> [[JSONPathComponent]] {
        switch self {
        case .null: [path]
        case .array(let elements): elements.enumerated().flatMap { $1.nullPaths(at: path + [.index($0)]) }
        case .object(let members): members.flatMap { $0.value.nullPaths(at: path + [.key($0.key)]) }
        default: []
        }
    }

    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The value at a path of keys and indices, if there is one.
    public func value(at path: [JSONPathComponent]) -> JSONValue? {
        var current = self
        for component in path {
            switch (component, current) {
            case let (.key(key), .object):
                guard let next = current[key] else { return nil }
                current = next
            case let (.index(index), .array(elements)):
                guard elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// A short description for error messages: `"2026-13-01"`, `a number (5)`, `null`.
    public var shortDescription: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let text): return text
        case .string(let text):
            let clipped = text.count > 60 ? String(text.prefix(57)) + "..." : text
            return "\"\(clipped.oneLine)\""
        case .array(let elements): return "a list of \(elements.count)"
        case .object: return "an object"
        }
    }
}

/// One step in a JSON path: `visits[3].date` is `.key("visits"), .index(3), .key("date")`.
public enum JSONPathComponent: Equatable, Sendable {
    case key(String)
    case index(Int)
}

extension Array where Element == JSONPathComponent {
    /// `visits[3].date`; the empty path (the whole document) is `(top level)`.
    public var dottedPath: String {
        var text = ""
        for component in self {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(top level)" : text
    }
}
