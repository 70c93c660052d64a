/// Encodes any `Encodable` straight into a `JSONValue`, keeping fields in the order the type
/// encodes them (declaration order for synthesised conformances), so files and reports read in
/// a natural order and no text is produced only to be parsed again.
public enum JSONValueEncoder {
    public static func encode(_ value: some Encodable) throws -> JSONValue {
        let root = Node()
        try value.encode(to: TreeEncoder(node: root, path: CodingPath(parent: [], key: nil)))
        return root.value
    }
}

/// A value under construction; containers fill it in as they are written to. Members and
/// elements live in their own arrays so that appending never copies what is already there.
private final class Node {
    enum Kind { case empty, leaf, object, array }

    private(set) var kind = Kind.empty
    private var leafValue = JSONValue.null
    private var members: [(key: String, node: Node)] = []
    private var elements: [Node] = []

    var value: JSONValue {
        switch kind {
        case .empty: .object([])
        case .leaf: leafValue
        case .object: .object(members.map { (key: $0.key, value: $0.node.value) })
        case .array: .array(elements.map(\.value))
        }
    }

    var count: Int { elements.count }

    func setLeaf(_ value: JSONValue) {
        kind = .leaf
        leafValue = value
    }

    func member(_ key: String) -> Node {
        makeObject()
        if let existing = members.first(where: { $0.key == key }) { return existing.node }
        let node = Node()
        members.append((key, node))
        return node
    }

    func appendElement() -> Node {
        makeArray()
        let node = Node()
        elements.append(node)
        return node
    }

    func makeObject() { if kind != .object { kind = .object } }
    func makeArray() { if kind != .array { kind = .array } }
}

/// Where a value is, made into a list only when asked for: every field of every row is
/// encoded, and the list is needed only for an error, which the model's encoding never raises.
private struct CodingPath {
    let parent: [any CodingKey]
    let key: (any CodingKey)?

    var keys: [any CodingKey] { key.map { parent + [$0] } ?? parent }

    /// The path of a value inside this one, under `key`.
    func child(_ key: any CodingKey) -> CodingPath { CodingPath(parent: keys, key: key) }

    /// The same path, as a list made once for a container: its values' paths share it.
    var forContainer: CodingPath { key == nil ? self : CodingPath(parent: keys, key: nil) }
}

private struct TreeEncoder: Encoder {
    let node: Node
    let path: CodingPath
    var codingPath: [any CodingKey] { path.keys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedContainer(node: node, path: path.forContainer))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedContainer(node: node, path: path.forContainer)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(node: node, path: path)
    }
}

/// Numbers as JSON text, the way `JSONEncoder` writes them.
enum JSONNumber {
    static func of(_ value: some BinaryInteger) -> JSONValue { .number(String(value)) }
    static func of(_ value: Double) -> JSONValue {
        value == value.rounded() && abs(value) < 1e15 ? .number(String(Int64(value))) : .number(String(value))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    let path: CodingPath
    var codingPath: [any CodingKey] { path.keys }

    func leaf(_ value: JSONValue, _ key: Key) { node.member(key.stringValue).setLeaf(value) }

    mutating func encodeNil(forKey key: Key) throws { leaf(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { leaf(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { leaf(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { leaf(JSONNumber.of(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { leaf(JSONNumber.of(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { leaf(JSONNumber.of(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { leaf(JSONNumber.of(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { leaf(JSONNumber.of(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { leaf(JSONNumber.of(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { leaf(JSONNumber.of(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { leaf(JSONNumber.of(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { leaf(JSONNumber.of(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { leaf(JSONNumber.of(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { leaf(JSONNumber.of(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { leaf(JSONNumber.of(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: TreeEncoder(node: node.member(key.stringValue), path: path.child(key)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = node.member(key.stringValue)
        child.makeObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, path: path.child(key).forContainer))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = node.member(key.stringValue)
        child.makeArray()
        return UnkeyedContainer(node: child, path: path.child(key).forContainer)
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(node: node.member("super"), path: path) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { TreeEncoder(node: node.member(key.stringValue), path: path.child(key)) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: Node
    let path: CodingPath
    var codingPath: [any CodingKey] { path.keys }

    var count: Int { node.count }

    func leaf(_ value: JSONValue) { node.appendElement().setLeaf(value) }

    mutating func encodeNil() throws { leaf(.null) }
    mutating func encode(_ value: Bool) throws { leaf(.bool(value)) }
    mutating func encode(_ value: String) throws { leaf(.string(value)) }
    mutating func encode(_ value: Double) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: Float) throws { leaf(JSONNumber.of(Double(value))) }
    mutating func encode(_ value: Int) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: Int8) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: Int16) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: Int32) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: Int64) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: UInt) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: UInt8) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: UInt16) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: UInt32) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: UInt64) throws { leaf(JSONNumber.of(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: TreeEncoder(node: node.appendElement(), path: path))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = node.appendElement()
        child.makeObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, path: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = node.appendElement()
        child.makeArray()
        return UnkeyedContainer(node: child, path: path)
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(node: node.appendElement(), path: path) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let node: Node
    let path: CodingPath
    var codingPath: [any CodingKey] { path.keys }

    func leaf(_ value: JSONValue) { node.setLeaf(value) }

    mutating func encodeNil() throws { leaf(.null) }
    mutating func encode(_ value: Bool) throws { leaf(.bool(value)) }
    mutating func encode(_ value: String) throws { leaf(.string(value)) }
    mutating func encode(_ value: Double) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: Float) throws { leaf(JSONNumber.of(Double(value))) }
    mutating func encode(_ value: Int) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: Int8) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: Int16) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: Int32) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: Int64) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: UInt) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: UInt8) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: UInt16) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: UInt32) throws { leaf(JSONNumber.of(value)) }
    mutating func encode(_ value: UInt64) throws { leaf(JSONNumber.of(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: TreeEncoder(node: node, path: path))
    }
}
