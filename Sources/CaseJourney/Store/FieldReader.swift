/// The fields of one object, read by name: how the case, the records it holds by the hundred
/// (visits, the children seen on them, history lines) and the people, professionals, allocations
/// and plans every store-wide report reads describe what they hold.
///
/// Such a type lists its fields once for reading, in `init(fields:)`, and its `init(from:)` calls
/// that same list, so every decoder reads it alike. Writing uses the type's `CodingKeys`; a test
/// fills every field and reads it back, so a field missing from either list is caught. Reading a
/// case file, the reader finds
/// each field straight in the document's index: no box, no generic lookup and no list container
/// per object, which is most of what `Decoder` costs when a case has hundreds of them. Given any
/// other decoder, it asks that decoder's keyed container the same questions, in the same order,
/// so the value and the first problem found are the same either way.
struct FieldReader<Key: CodingKey> {
    /// The document and the object's entry in it, when reading a case file. Not counted as a
    /// reference: readers over a document are made only in this file, from a decoder or an index
    /// that the caller holds for as long as the reader is used.
    private unowned(unsafe) let index: JSONIndex?
    private let entry: Int
    /// Where to look for the next field first.
    private var hint = 0
    /// Whether every field before `hint` has been read, each found right where the last one
    /// ended. Then a field not found from `hint` on is not in the object at all, and a field
    /// left out costs no search of those before it. (A type reads each of its fields once.)
    private var readInOrder = true
    /// Any other decoder's container. Kept in a class so that the reader's layout is fixed and
    /// choosing between the two costs a test, not a runtime enum lookup.
    private let foreign: ForeignContainer<Key>?

    init(_ decoder: any Decoder) throws {
        if let document = decoder as? ValueDecoder {
            self = try FieldReader(document.index, entry: document.entry)
        } else {
            index = nil
            entry = 0
            foreign = ForeignContainer(try decoder.container(keyedBy: Key.self))
        }
    }

    fileprivate init(_ index: JSONIndex, entry: Int) throws {
        guard index.firstByte(entry) == UInt8(ascii: "{") else { throw index.mismatch([String: Any].self, entry) }
        self.index = index
        self.entry = entry
        hint = Int(index.entries[entry].childrenStart)
        foreign = nil
    }

    // MARK: Required fields

    mutating func decode(_ type: String.Type, _ key: Key) throws -> String {
        guard let index else { return try foreign!.container.decode(type, forKey: key) }
        return try index.string(field(key, in: index))
    }

    mutating func decode(_ type: Bool.Type, _ key: Key) throws -> Bool {
        guard let index else { return try foreign!.container.decode(type, forKey: key) }
        return try index.bool(field(key, in: index))
    }

    mutating func decode(_ type: Int.Type, _ key: Key) throws -> Int {
        guard let index else { return try foreign!.container.decode(type, forKey: key) }
        return try index.int(field(key, in: index))
    }

    mutating func decode(_ type: CalendarDate.Type, _ key: Key) throws -> CalendarDate {
        guard let index else { return try foreign!.container.decode(type, forKey: key) }
        return try index.date(field(key, in: index))
    }

    mutating func decode<Value: Choice>(_ type: Value.Type, _ key: Key) throws -> Value {
        guard let index else { return try foreign!.container.decode(type, forKey: key) }
        return try index.choice(type, field(key, in: index))
    }

    mutating func decode<Value: Decodable>(_ type: Value.Type, _ key: Key) throws -> Value {
        guard let index else { return try foreign!.container.decode(type, forKey: key) }
        return try index.value(type, at: field(key, in: index))
    }

    /// A required list whose elements describe their own fields.
    mutating func decode<Element: FieldDescribed>(_ type: [Element].Type, _ key: Key) throws -> [Element] {
        guard let index else { return try foreign!.container.decode(type, forKey: key) }
        return try [Element].read(index, entry: field(key, in: index))
    }

    // MARK: Fields that may be left out or null

    mutating func decodeIfPresent(_ type: String.Type, _ key: Key) throws -> String? {
        guard let index else { return try foreign!.container.decodeIfPresent(type, forKey: key) }
        return try presentField(key, in: index).map(index.string)
    }

    mutating func decodeIfPresent(_ type: Bool.Type, _ key: Key) throws -> Bool? {
        guard let index else { return try foreign!.container.decodeIfPresent(type, forKey: key) }
        return try presentField(key, in: index).map(index.bool)
    }

    mutating func decodeIfPresent(_ type: Int.Type, _ key: Key) throws -> Int? {
        guard let index else { return try foreign!.container.decodeIfPresent(type, forKey: key) }
        return try presentField(key, in: index).map(index.int)
    }

    mutating func decodeIfPresent(_ type: CalendarDate.Type, _ key: Key) throws -> CalendarDate? {
        guard let index else { return try foreign!.container.decodeIfPresent(type, forKey: key) }
        return try presentField(key, in: index).map(index.date)
    }

    mutating func decodeIfPresent<Value: Choice>(_ type: Value.Type, _ key: Key) throws -> Value? {
        guard let index else { return try foreign!.container.decodeIfPresent(type, forKey: key) }
        return try presentField(key, in: index).map { try index.choice(type, $0) }
    }

    mutating func decodeIfPresent<Value: Decodable>(_ type: Value.Type, _ key: Key) throws -> Value? {
        guard let index else { return try foreign!.container.decodeIfPresent(type, forKey: key) }
        return try presentField(key, in: index).map { try index.value(type, at: $0) }
    }

    // MARK: Lists that may be left out (an empty list) but are never null

    mutating func decodeList<Element: Decodable>(_ type: [Element].Type, _ key: Key) throws -> [Element] {
        guard let index else { return try foreign!.container.decodeList(type, forKey: key) }
        guard let field = try listField(key, in: index) else { return [] }
        return try index.value(type, at: field)
    }

    mutating func decodeList<Element: FieldDescribed>(_ type: [Element].Type, _ key: Key) throws -> [Element] {
        guard let index else { return try foreign!.container.decodeList(type, forKey: key) }
        guard let field = try listField(key, in: index) else { return [] }
        return try [Element].read(index, entry: field)
    }

    // MARK: Finding a field, as the keyed container does

    /// The field named `key`, if the object has it.
    private mutating func member(_ key: Key, in index: JSONIndex) -> Int? {
        let expected = hint
        let found = index.member(of: entry, named: key.stringValue, after: &hint, lookingBehind: !readInOrder)
        if let found, found != expected { readInOrder = false }
        return found
    }

    private mutating func field(_ key: Key, in index: JSONIndex) throws -> Int {
        guard let field = member(key, in: index) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: index.codingPath(entry), debugDescription: "missing"))
        }
        return field
    }

    private mutating func presentField(_ key: Key, in index: JSONIndex) -> Int? {
        guard let field = member(key, in: index), !index.isNull(field) else { return nil }
        return field
    }

    private mutating func listField(_ key: Key, in index: JSONIndex) throws -> Int? {
        guard let field = member(key, in: index) else { return nil }
        if index.isNull(field) {
            throw DecodingError.dataCorrupted(.init(codingPath: index.codingPath(entry) + [key], debugDescription: JSONLimits.nullListMessage))
        }
        return field
    }
}

/// Another decoder's keyed container, for `FieldReader`.
private final class ForeignContainer<Key: CodingKey> {
    let container: KeyedDecodingContainer<Key>

    init(_ container: KeyedDecodingContainer<Key>) {
        self.container = container
    }
}

/// A record type that lists its fields once, in `init(fields:)`, for every decoder.
protocol FieldDescribed: Decodable {
    associatedtype FieldKey: CodingKey
    init(fields: inout FieldReader<FieldKey>) throws
}

/// A list read straight from the document, element by element, when its elements describe
/// their own fields: the same checks, in the same order, as a list read through `Decoder`.
protocol DocumentList {
    static func read(_ index: JSONIndex, entry: Int) throws -> Self
}

extension Array: DocumentList where Element: FieldDescribed {
    static func read(_ index: JSONIndex, entry: Int) throws -> [Element] {
        guard index.firstByte(entry) == UInt8(ascii: "[") else { throw index.mismatch([Any].self, entry) }
        let elements = index.entries[entry].children
        var list: [Element] = []
        list.reserveCapacity(elements.count)
        for element in elements {
            var fields = try FieldReader<Element.FieldKey>(index, entry: element)
            list.append(try Element(fields: &fields))
        }
        return list
    }
}

extension JSONIndex {
    /// The choice written at `entry`. Written plainly, it is found by comparing bytes rather than
    /// by making text first; anything else is decided by `Choice.read`, the rule every reader shares.
    func choice<Value: Choice>(_ type: Value.Type, _ entry: Int) throws -> Value {
        if let written = plainText(entry) {
            for value in Value.allCases {
                var name = value.rawValue
                if name.withUTF8({ $0.hasSameBytes(as: written) }) { return value }
            }
        }
        return try Value.read(try string(entry), at: codingPath(entry))
    }

    /// The date written at `entry`. Written plainly, it is read from its bytes rather than made
    /// into text first; anything else is decided by `CalendarDate.read`, the rule every reader shares.
    func date(_ entry: Int) throws -> CalendarDate {
        if let written = plainText(entry), let date = CalendarDate(utf8: written) { return date }
        return try CalendarDate.read(try string(entry), at: codingPath(entry))
    }

    /// The bytes between the quotes of text at `entry` written without escapes; nil otherwise.
    private func plainText(_ entry: Int) -> UnsafeBufferPointer<UInt8>? {
        let value = entries[entry]
        guard firstByte(entry) == UInt8(ascii: "\""), !value.valueEscaped else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[Int(value.valueStart + 1)..<Int(value.valueEnd - 1)])
    }

    /// Any value at `entry`; a list of field-described records is read without `Decoder`.
    func value<Value: Decodable>(_ type: Value.Type, at entry: Int) throws -> Value {
        if firstByte(entry) == UInt8(ascii: "["), let list = type as? any DocumentList.Type {
            // The cast cannot fail: `list` is `Value`'s own type, seen through the protocol.
            return try list.read(self, entry: entry) as! Value
        }
        return try Value(from: ValueDecoder(index: self, entry: entry))
    }
}
