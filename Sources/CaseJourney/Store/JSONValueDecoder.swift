/// Decodes any `Decodable` from a `JSONValue` tree, reporting problems as `DecodingError`s with
/// the full coding path, as `JSONDecoder` does. The store parses each file once with
/// `JSONParser` (which also gives line and column for syntax errors) and decodes from the tree.
public enum JSONValueDecoder {
    public static func decode<Value: Decodable>(_ type: Value.Type, from tree: JSONValue) throws -> Value {
        try Value(from: TreeDecoder(value: tree, codingPath: []))
    }
}

private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private func describe(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool: "true or false"
    case .number: "a number"
    case .string: "text"
    case .array: "a list"
    case .object: "an object"
    }
}

private func mismatch(_ type: Any.Type, _ value: JSONValue, _ path: [any CodingKey]) -> DecodingError {
    if case .null = value {
        return .valueNotFound(type, .init(codingPath: path, debugDescription: "found null"))
    }
    return .typeMismatch(type, .init(codingPath: path, debugDescription: "found \(describe(value))"))
}

/// Scalars shared by the single-value and unkeyed containers.
private func scalar<T>(_ value: JSONValue, _ type: T.Type, _ path: [any CodingKey]) throws -> T {
    switch (value, type) {
    case let (.bool(flag), is Bool.Type): return flag as! T
    case let (.string(text), is String.Type): return text as! T
    case let (.number(text), is Int.Type): if let number = Int(text) { return number as! T }
    case let (.number(text), is Int64.Type): if let number = Int64(text) { return number as! T }
    case let (.number(text), is Int32.Type): if let number = Int32(text) { return number as! T }
    case let (.number(text), is UInt.Type): if let number = UInt(text) { return number as! T }
    case let (.number(text), is UInt64.Type): if let number = UInt64(text) { return number as! T }
    case let (.number(text), is Double.Type): if let number = Double(text) { return number as! T }
    case let (.number(text), is Float.Type): if let number = Float(text) { return number as! T }
    default: break
    }
    throw mismatch(type, value, path)
}

private struct TreeDecoder: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw mismatch([String: Any].self, value, codingPath) }
        return KeyedDecodingContainer(KeyedContainer<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw mismatch([Any].self, value, codingPath) }
        return UnkeyedContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleContainer(value: value, codingPath: codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [(key: String, value: JSONValue)]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { members.contains { $0.key == key.stringValue } }

    private func value(for key: Key) throws -> JSONValue {
        guard let member = members.first(where: { $0.key == key.stringValue }) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing"))
        }
        return member.value
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try value(for: key) { return true }
        return false
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try scalar(value(for: key), type, codingPath + [key]) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try scalar(value(for: key), type, codingPath + [key]) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try scalar(value(for: key), type, codingPath + [key]) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try scalar(value(for: key), type, codingPath + [key]) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try scalar(value(for: key), type, codingPath + [key]) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try scalar(value(for: key), type, codingPath + [key]) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try scalar(value(for: key), type, codingPath + [key]) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: TreeDecoder(value: value(for: key), codingPath: codingPath + [key]))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeDecoder(value: value(for: key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TreeDecoder(value: value(for: key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        TreeDecoder(value: members.first { $0.key == "super" }?.value ?? .null, codingPath: codingPath)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        TreeDecoder(value: try value(for: key), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(elements: [JSONValue], codingPath: [any CodingKey]) {
        self.elements = elements
        self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next(_ type: Any.Type) throws -> (JSONValue, [any CodingKey]) {
        let path = codingPath + [IndexKey(currentIndex)]
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: path, debugDescription: "the list has ended"))
        }
        defer { currentIndex += 1 }
        return (elements[currentIndex], path)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, case .null = elements[currentIndex] else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { let (value, path) = try next(type); return try scalar(value, type, path) }
    mutating func decode(_ type: String.Type) throws -> String { let (value, path) = try next(type); return try scalar(value, type, path) }
    mutating func decode(_ type: Double.Type) throws -> Double { let (value, path) = try next(type); return try scalar(value, type, path) }
    mutating func decode(_ type: Int.Type) throws -> Int { let (value, path) = try next(type); return try scalar(value, type, path) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (value, path) = try next(type)
        return try T(from: TreeDecoder(value: value, codingPath: path))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (value, path) = try next([String: Any].self)
        return try TreeDecoder(value: value, codingPath: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (value, path) = try next([Any].self)
        return try TreeDecoder(value: value, codingPath: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (value, path) = try next(Any.self)
        return TreeDecoder(value: value, codingPath: path)
    }
}

private struct SingleContainer: SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool {
        if case .null = value { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool { try scalar(value, type, codingPath) }
    func decode(_ type: String.Type) throws -> String { try scalar(value, type, codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try scalar(value, type, codingPath) }
    func decode(_ type: Float.Type) throws -> Float { try scalar(value, type, codingPath) }
    func decode(_ type: Int.Type) throws -> Int { try scalar(value, type, codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try scalar(value, type, codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try scalar(value, type, codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try scalar(value, type, codingPath) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: TreeDecoder(value: value, codingPath: codingPath))
    }
}
