import Foundation

/// Decodes any `Decodable` straight from JSON bytes, with no tree in between.
///
/// This is how every case file is read, by every command: the model's `Codable` conformance is
/// the one description of the file, and this decoder the one way of applying it. The case, the
/// records it holds by the hundred (visits, the children seen on them, history lines) and its
/// people, professionals, allocations and plans give that description as a list of fields their
/// `init(from:)` calls, which this decoder reads
/// without `Decoder`'s per-object costs (see `FieldReader`). It is built
/// to be cheap enough that reading every case in a large store costs little more than reading
/// its bytes: it keeps byte offsets instead of copies, and makes text only for the fields the
/// model asks for.
///
/// Before anything is decoded the whole document is checked once by `JSONCursor` (UTF-8,
/// syntax, depth, field names given twice), so a damaged part the model never looks at is
/// refused as surely as one it does.
enum JSONBytesDecoder {
    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: UnsafeBufferPointer<UInt8>) throws -> Value {
        let index = try JSONIndex(bytes)
        return try Value(from: ValueDecoder(index: index, entry: index.root))
    }

    /// The value at `path` in already-checked bytes, described for an error message: `"2026-13-01"`,
    /// `5`, `null`, `a list of 3`.
    static func describeValue(at path: [JSONPathComponent], in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var cursor = JSONCursor(bytes)
        cursor.skipWhitespace()
        for component in path {
            var found: Int?
            switch component {
            case .index(let index):
                try? cursor.array { cursor, at throws(JSONCursor.SyntaxError) in
                    if at == index, found == nil { found = cursor.position }
                    try cursor.skipValue()
                }
            case .key(let key):
                try? cursor.object { cursor, name throws(JSONCursor.SyntaxError) in
                    if found == nil, cursor.text(of: name) == key { found = cursor.position }
                    try cursor.skipValue()
                }
            }
            guard let found else { return nil }
            cursor.position = found
        }
        return (try? cursor.tree())?.shortDescription
    }
}

/// Where every value of a document is, found in one pass that also checks the whole document
/// (UTF-8, syntax, nesting depth, field names given twice): a part the model never asks for is
/// refused as surely as one it does.
///
/// Each object's fields and each list's elements sit side by side in `entries`, so a container
/// is a range and a field is found by comparing bytes. Nothing in the index changes after it is
/// built, which keeps decoding free of copies and of bookkeeping.
final class JSONIndex {
    struct Entry {
        /// The field name's bytes, without quotes; -1 for a list element and for the document.
        var nameStart: Int32 = -1
        var nameEnd: Int32 = -1
        var valueStart: Int32
        var valueEnd: Int32 = 0
        /// An object's fields or a list's elements.
        var childrenStart: Int32 = 0
        var childrenEnd: Int32 = 0
        var nameEscaped = false
        var valueEscaped = false

        var children: Range<Int> { Int(childrenStart)..<Int(childrenEnd) }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// Held as a plain buffer, freed with the index: entries are read millions of times in a
    /// store-wide reading, and an array would be retained and released around each read.
    let entries: UnsafeBufferPointer<Entry>
    var root: Int { entries.count - 1 }

    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONCursor.SyntaxError) {
        try JSONLimits.requireUTF8(bytes)
        guard bytes.count < Int32.max else { throw JSONCursor.SyntaxError(offset: 0, message: "the file is too large to be a case file") }
        var cursor = JSONCursor(bytes)
        cursor.skipWhitespace()
        var builder = Builder(forDocumentOf: bytes.count)
        do {
            let root = try builder.entry(&cursor)
            try cursor.finish()
            _ = withUnsafePointer(to: root) { builder.place(UnsafeBufferPointer(start: $0, count: 1)) }
        } catch {
            builder.discard()
            throw error
        }
        self.bytes = bytes
        entries = builder.finish()
    }

    deinit {
        entries.deallocate()
    }

    /// Builds the entries depth first: a container's children wait in `pending` until it closes,
    /// then move to `entries` together.
    private struct Builder {
        /// The entries placed so far, in a buffer that becomes the index's own (no copy at the end).
        private var entries: UnsafeMutableBufferPointer<Entry>
        private var count = 0
        /// Children of the containers still open, innermost last. A plain buffer rather than an
        /// array: every value of the document passes through it, and an array checks its
        /// capacity and uniqueness on each append and retains itself around each slice.
        private var pending = UnsafeMutableBufferPointer<Entry>.allocate(capacity: 256)
        private var pendingCount = 0

        /// Room for a document of `size` bytes: a written case file has about one value for
        /// every 30 bytes, so the buffer is seldom grown (and copied) while the index is built.
        /// A huge file starts no larger than a large case needs, and grows only if it must.
        init(forDocumentOf size: Int) {
            entries = .allocate(capacity: min(max(64, size / 24), 1 << 16))
        }

        /// Hands over the entries; the index frees them.
        func finish() -> UnsafeBufferPointer<Entry> {
            pending.deallocate()
            return UnsafeBufferPointer(rebasing: entries[..<count])
        }

        /// Frees the entries of a document that turned out not to be JSON.
        func discard() {
            pending.deallocate()
            entries.deallocate()
        }

        mutating func entry(_ cursor: inout JSONCursor, name: JSONCursor.Name? = nil) throws(JSONCursor.SyntaxError) -> Entry {
            var entry = Entry(valueStart: Int32(cursor.position))
            if let name {
                entry.nameStart = Int32(name.start)
                entry.nameEnd = Int32(name.end)
                entry.nameEscaped = name.escaped
            }
            switch cursor.peek {
            case UInt8(ascii: "{"):
                let firstPending = pendingCount
                try cursor.object { cursor, name throws(JSONCursor.SyntaxError) in
                    push(try self.entry(&cursor, name: name))
                }
                (entry.childrenStart, entry.childrenEnd) = placePending(from: firstPending)
            case UInt8(ascii: "["):
                let firstPending = pendingCount
                try cursor.array { cursor, _ throws(JSONCursor.SyntaxError) in
                    push(try self.entry(&cursor))
                }
                (entry.childrenStart, entry.childrenEnd) = placePending(from: firstPending)
            case UInt8(ascii: "\""):
                entry.valueEscaped = try cursor.skipString()
            default:
                try cursor.skipValue()
            }
            entry.valueEnd = Int32(cursor.position)
            return entry
        }

        private mutating func push(_ entry: Entry) {
            if pendingCount == pending.count { pending = grown(pending, keeping: pendingCount, toHold: pendingCount + 1) }
            (pending.baseAddress! + pendingCount).initialize(to: entry)
            pendingCount += 1
        }

        /// Moves the children of the container just closed from `pending` into `entries`, side
        /// by side.
        private mutating func placePending(from first: Int) -> (Int32, Int32) {
            let (start, end) = place(UnsafeBufferPointer(rebasing: pending[first..<pendingCount]))
            pendingCount = first
            return (start, end)
        }

        /// Moves entries into `entries`, side by side.
        @discardableResult
        mutating func place(_ children: UnsafeBufferPointer<Entry>) -> (Int32, Int32) {
            if count + children.count > entries.count { entries = grown(entries, keeping: count, toHold: count + children.count) }
            let start = count
            // Most containers hold a few values: copied one by one, which costs less than calling out.
            if children.count <= 8 {
                for offset in 0..<children.count { (entries.baseAddress! + count + offset).initialize(to: children[offset]) }
            } else {
                (entries.baseAddress! + count).initialize(from: children.baseAddress!, count: children.count)
            }
            count += children.count
            return (Int32(start), Int32(count))
        }

        /// A buffer at least twice as large holding the first `kept` entries of `buffer`, which is freed.
        private func grown(_ buffer: UnsafeMutableBufferPointer<Entry>, keeping kept: Int, toHold needed: Int) -> UnsafeMutableBufferPointer<Entry> {
            let larger = UnsafeMutableBufferPointer<Entry>.allocate(capacity: max(buffer.count * 2, needed))
            larger.baseAddress!.moveInitialize(from: buffer.baseAddress!, count: kept)
            buffer.deallocate()
            return larger
        }
    }

    // MARK: Reading entries

    func name(of entry: Int) -> String {
        let value = entries[entry]
        return (try? JSONCursor(bytes).text(from: Int(value.nameStart), to: Int(value.nameEnd), escaped: value.nameEscaped)) ?? ""
    }

    /// The path to an entry, for an error message. Found by searching, since it is needed only
    /// when something is wrong.
    func codingPath(_ entry: Int) -> [any CodingKey] {
        var path: [any CodingKey] = []
        var current = entry
        while let parent = entries.indices.first(where: { entries[$0].children.contains(current) }) {
            path.append(entries[current].nameStart >= 0
                        ? FieldKey(stringValue: name(of: current))
                        : FieldKey(intValue: current - Int(entries[parent].childrenStart)))
            current = parent
        }
        return path.reversed()
    }

    /// The field of the object `entry` named `key`, comparing bytes, not text.
    func member(of entry: Int, named key: String) -> Int? {
        var hint = Int(entries[entry].childrenStart)
        return member(of: entry, named: key, after: &hint)
    }

    /// The field named `key`, looked for first from `hint` on, then (if `lookingBehind`) before
    /// it: a type reads its fields in the order it writes them, so the next one wanted is usually
    /// the next one there. `hint` moves past the field found.
    func member(of entry: Int, named key: String, after hint: inout Int, lookingBehind: Bool = true) -> Int? {
        var key = key
        let children = entries[entry].children
        let start = min(max(hint, children.lowerBound), children.upperBound)
        let found = key.withUTF8 { wanted -> Int? in
            func matches(_ index: Int) -> Bool {
                let name = entries[index]
                if name.nameEscaped { return self.name(of: index).utf8.elementsEqual(wanted) }
                return UnsafeBufferPointer(rebasing: bytes[Int(name.nameStart)..<Int(name.nameEnd)]).hasSameBytes(as: wanted)
            }
            // A name is given once in an object (the cursor refuses it twice), so the first match is the only one.
            for index in start..<children.upperBound where matches(index) { return index }
            guard lookingBehind else { return nil }
            for index in children.lowerBound..<start where matches(index) { return index }
            return nil
        }
        if let found { hint = found + 1 }
        return found
    }

    func firstByte(_ entry: Int) -> UInt8 { bytes[Int(entries[entry].valueStart)] }

    func isNull(_ entry: Int) -> Bool { firstByte(entry) == UInt8(ascii: "n") }

    func string(_ entry: Int) throws -> String {
        let value = entries[entry]
        guard firstByte(entry) == UInt8(ascii: "\"") else { throw mismatch(String.self, entry) }
        return try JSONCursor(bytes).text(from: Int(value.valueStart) + 1, to: Int(value.valueEnd) - 1, escaped: value.valueEscaped)
    }

    func bool(_ entry: Int) throws -> Bool {
        switch firstByte(entry) {
        case UInt8(ascii: "t"): true
        case UInt8(ascii: "f"): false
        default: throw mismatch(Bool.self, entry)
        }
    }

    /// A whole number, read from the digits without making text.
    func int(_ entry: Int) throws -> Int {
        let value = entries[entry]
        var index = Int(value.valueStart)
        let end = Int(value.valueEnd)
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < end, (0x30...0x39).contains(bytes[index]) else { throw mismatch(Int.self, entry) }
        var number = 0
        while index < end {
            let byte = bytes[index]
            guard (0x30...0x39).contains(byte) else {
                throw DecodingError.typeMismatch(Int.self, .init(codingPath: codingPath(entry), debugDescription: "found a number with a fraction"))
            }
            let (times, overflowTimes) = number.multipliedReportingOverflow(by: 10)
            let digit = Int(byte - 0x30)
            let (sum, overflowSum) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !overflowTimes, !overflowSum else {
                throw DecodingError.dataCorrupted(.init(codingPath: codingPath(entry), debugDescription: "expected a whole number no larger than \(Int.max)"))
            }
            number = sum
            index += 1
        }
        return number
    }

    func double(_ entry: Int) throws -> Double {
        let value = entries[entry]
        let first = firstByte(entry)
        guard first == UInt8(ascii: "-") || (0x30...0x39).contains(first) else { throw mismatch(Double.self, entry) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(value.valueStart)..<Int(value.valueEnd)]), as: UTF8.self)
        guard let number = Double(text), number.isFinite else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath(entry), debugDescription: "this number is too large"))
        }
        return number
    }

    func integer<Value: FixedWidthInteger>(_ type: Value.Type, _ entry: Int) throws -> Value {
        guard let value = Value(exactly: try int(entry)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath(entry), debugDescription: "this number is out of range"))
        }
        return value
    }

    func mismatch(_ type: Any.Type, _ entry: Int) -> DecodingError {
        let found: String
        switch firstByte(entry) {
        case UInt8(ascii: "n"): return .valueNotFound(type, .init(codingPath: codingPath(entry), debugDescription: "found null"))
        case UInt8(ascii: "\""): found = "text"
        case UInt8(ascii: "{"): found = "an object"
        case UInt8(ascii: "["): found = "a list"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): found = "true or false"
        default: found = "a number"
        }
        return .typeMismatch(type, .init(codingPath: codingPath(entry), debugDescription: "found \(found)"))
    }
}

/// A coding key made from a field name or a list index.
private struct FieldKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init(intValue: Int) {
        stringValue = "Index \(intValue)"
        self.intValue = intValue
    }
}

struct ValueDecoder: Decoder {
    let index: JSONIndex
    let entry: Int

    var codingPath: [any CodingKey] { index.codingPath(entry) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard index.firstByte(entry) == UInt8(ascii: "{") else { throw index.mismatch([String: Any].self, entry) }
        return KeyedDecodingContainer(ObjectContainer<Key>(index: index, entry: entry))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard index.firstByte(entry) == UInt8(ascii: "[") else { throw index.mismatch([Any].self, entry) }
        return ListContainer(index: index, entry: entry)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(index: index, entry: entry)
    }
}

private struct ObjectContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let index: JSONIndex
    let entry: Int

    var codingPath: [any CodingKey] { index.codingPath(entry) }
    var allKeys: [Key] { index.entries[entry].children.compactMap { Key(stringValue: index.name(of: $0)) } }

    private func field(_ key: Key) throws -> Int {
        guard let field = index.member(of: entry, named: key.stringValue) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing"))
        }
        return field
    }

    func contains(_ key: Key) -> Bool { index.member(of: entry, named: key.stringValue) != nil }

    /// The field's entry when it is there and not null: one search where the standard
    /// `decodeIfPresent` makes three.
    private func presentField(_ key: Key) -> Int? {
        guard let field = index.member(of: entry, named: key.stringValue), !index.isNull(field) else { return nil }
        return field
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try presentField(key).map(index.string) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try presentField(key).map(index.bool) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try presentField(key).map(index.int) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let field = presentField(key) else { return nil }
        return try index.value(T.self, at: field)
    }
    func decodeNil(forKey key: Key) throws -> Bool { index.isNull(try field(key)) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try index.bool(field(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try index.string(field(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try index.double(field(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try index.double(field(key))) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try index.int(field(key)) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try index.value(T.self, at: try field(key))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try ValueDecoder(index: index, entry: try field(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try ValueDecoder(index: index, entry: try field(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "case files do not use inherited fields"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "case files do not use inherited fields"))
    }
}

private struct ListContainer: UnkeyedDecodingContainer {
    let index: JSONIndex
    let entry: Int
    var currentIndex = 0

    init(index: JSONIndex, entry: Int) {
        self.index = index
        self.entry = entry
    }

    var codingPath: [any CodingKey] { index.codingPath(entry) }
    var count: Int? { index.entries[entry].children.count }
    var isAtEnd: Bool { currentIndex >= index.entries[entry].children.count }

    /// The next element's entry, moving past it.
    private mutating func next(_ type: Any.Type) throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "the list has ended"))
        }
        defer { currentIndex += 1 }
        return Int(index.entries[entry].childrenStart) + currentIndex
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, index.isNull(Int(index.entries[entry].childrenStart) + currentIndex) else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try index.bool(next(type)) }
    mutating func decode(_ type: String.Type) throws -> String { try index.string(next(type)) }
    mutating func decode(_ type: Double.Type) throws -> Double { try index.double(next(type)) }
    mutating func decode(_ type: Int.Type) throws -> Int { try index.int(next(type)) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try index.value(T.self, at: try next(type))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try ValueDecoder(index: index, entry: try next([String: Any].self)).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try ValueDecoder(index: index, entry: try next([Any].self)).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        ValueDecoder(index: index, entry: try next(Any.self))
    }
}

private struct SingleValueContainer: SingleValueDecodingContainer {
    let index: JSONIndex
    let entry: Int

    var codingPath: [any CodingKey] { index.codingPath(entry) }

    func decodeNil() -> Bool { index.isNull(entry) }
    func decode(_ type: Bool.Type) throws -> Bool { try index.bool(entry) }
    func decode(_ type: String.Type) throws -> String { try index.string(entry) }
    func decode(_ type: Double.Type) throws -> Double { try index.double(entry) }
    func decode(_ type: Float.Type) throws -> Float { Float(try index.double(entry)) }
    func decode(_ type: Int.Type) throws -> Int { try index.int(entry) }
    // Every other whole-number type, each spelled out: left to the generic `decode` below, they
    // would call themselves for ever.
    func decode(_ type: Int8.Type) throws -> Int8 { try index.integer(type, entry) }
    func decode(_ type: Int16.Type) throws -> Int16 { try index.integer(type, entry) }
    func decode(_ type: Int32.Type) throws -> Int32 { try index.integer(type, entry) }
    func decode(_ type: Int64.Type) throws -> Int64 { try index.integer(type, entry) }
    func decode(_ type: UInt.Type) throws -> UInt { try index.integer(type, entry) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try index.integer(type, entry) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try index.integer(type, entry) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try index.integer(type, entry) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try index.integer(type, entry) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: ValueDecoder(index: index, entry: entry))
    }
}
