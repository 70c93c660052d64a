/// Writes any `Encodable` as one line of JSON, the text `JSONWriter.inline` gives for the value
/// `JSONValueEncoder` makes, but straight to bytes: the store's index writes a line for every
/// case it reads, and making a tree of every row only to write it out cost more than the rows.
///
/// Text written as it comes cannot be taken back, so only the way synthesised conformances
/// encode is written directly: each container asked for once, fields and elements written in
/// turn, a nested container finished before its parent moves on. Anything else (a key written
/// twice, a value written over, a container used after its parent has moved on, a super
/// encoder, a question about the coding path) hands the whole value to `JSONValueEncoder`,
/// whose answer is the one this must give.
enum InlineJSONEncoder {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        try encodedAsItComes(value) ?? JSONWriter.inlineUTF8(try JSONValueEncoder.encode(value))
    }

    /// The line written as the value is encoded; nil when its encoding cannot be written that way.
    static func encodedAsItComes(_ value: some Encodable) throws -> [UInt8]? {
        let stream = InlineStream()
        let slot = stream.beginValue()
        do {
            try value.encode(to: InlineEncoder(stream: stream, slot: slot))
        } catch {
            // What failed may have depended on something this encoder does not give (the coding path).
            if stream.failed { return nil }
            throw error
        }
        stream.endValue(slot)
        return stream.failed ? nil : stream.output.bytes
    }
}

/// The text being written, held where the encoder's containers can all reach it. Its state is
/// reached through a pointer: a class's own stored properties are checked for overlapping
/// access at run time on every change, which cost more than the writing.
private final class InlineStream {
    let state = UnsafeMutablePointer<InlineState>.allocate(capacity: 1)

    init() { state.initialize(to: InlineState()) }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    var failed: Bool { state.pointee.failed }
    var output: JSONWriter.Output { state.pointee.output }
    func fail() { state.pointee.failed = true }
    func beginValue() -> InlineState.Reference { state.pointee.beginValue() }
    func endValue(_ slot: InlineState.Reference) { state.pointee.endValue(slot) }
    func leaf(for slot: InlineState.Reference) -> Bool { state.pointee.leaf(for: slot) }
    func container(for slot: InlineState.Reference, isObject: Bool) -> InlineState.Reference { state.pointee.container(for: slot, isObject: isObject) }
    func nested(isObject: Bool) -> InlineState.Reference { state.pointee.nested(isObject: isObject) }
    func member(_ frame: InlineState.Reference, _ key: String) -> Bool { state.pointee.member(frame, key) }
    func element(_ frame: InlineState.Reference) -> Bool { state.pointee.element(frame) }
    func count(_ frame: InlineState.Reference) -> Int { state.pointee.count(frame) }
    func write(_ value: Bool) { value ? state.pointee.output.append("true") : state.pointee.output.append("false") }
    func write(_ value: String) { state.pointee.output.appendQuoted(value) }
    func write(_ value: JSONValue) { state.pointee.output.appendInline(value) }
}

/// The text written so far and the containers and values still open.
private struct InlineState {
    struct Slot {
        var id: Int
        /// How many containers were open when the value began: its own container, if it has one, is the next.
        var depth: Int
        var written = false
    }

    struct Frame {
        var id: Int
        var isObject: Bool
        /// The value the container belongs to; -1 for a nested container asked for by key or position.
        var slot: Int
        var count = 0
        var keysStart: Int
    }

    /// A value's or a container's place, checked before each use.
    struct Reference {
        var index: Int
        var id: Int
    }

    var output = JSONWriter.Output()
    /// Set when the value is encoded in a way that cannot be written as it comes.
    var failed = false
    private var slots: [Slot] = []
    private var frames: [Frame] = []
    /// The keys written in each open object, to find one written twice.
    private var keys: [String] = []
    private var nextID = 0

    mutating func fail() { failed = true }

    private mutating func makeID() -> Int {
        nextID += 1
        return nextID
    }

    // MARK: Values

    mutating func beginValue() -> Reference {
        slots.append(Slot(id: makeID(), depth: frames.count))
        return Reference(index: slots.count - 1, id: slots[slots.count - 1].id)
    }

    mutating func endValue(_ slot: Reference) {
        guard !failed, isInnermost(slot) else { return fail() }
        close(downTo: slots[slot.index].depth)
        if !slots[slot.index].written { output.append("{}") }
        slots.removeLast()
    }

    private func isInnermost(_ slot: Reference) -> Bool {
        slot.index == slots.count - 1 && slots[slot.index].id == slot.id
    }

    /// Starts writing the innermost value itself, as a leaf: only once.
    mutating func leaf(for slot: Reference) -> Bool {
        guard !failed, isInnermost(slot), !slots[slot.index].written, frames.count == slots[slot.index].depth else {
            fail()
            return false
        }
        slots[slot.index].written = true
        return true
    }

    // MARK: Containers

    /// The container of the innermost value, opened now or, asked for again, the one it has.
    mutating func container(for slot: Reference, isObject: Bool) -> Reference {
        guard !failed, isInnermost(slot) else {
            fail()
            return Reference(index: -1, id: -1)
        }
        let depth = slots[slot.index].depth
        if slots[slot.index].written {
            guard frames.count > depth, frames[depth].slot == slot.id, frames[depth].isObject == isObject else {
                fail()
                return Reference(index: -1, id: -1)
            }
            close(downTo: depth + 1)
            return Reference(index: depth, id: frames[depth].id)
        }
        slots[slot.index].written = true
        return open(isObject: isObject, slot: slot.id)
    }

    /// A container nested in another by key or position, written after `member` or `element`.
    mutating func nested(isObject: Bool) -> Reference {
        guard !failed else { return Reference(index: -1, id: -1) }
        return open(isObject: isObject, slot: -1)
    }

    private mutating func open(isObject: Bool, slot: Int) -> Reference {
        isObject ? output.append("{") : output.append("[")
        frames.append(Frame(id: makeID(), isObject: isObject, slot: slot, keysStart: keys.count))
        return Reference(index: frames.count - 1, id: frames[frames.count - 1].id)
    }

    /// Writes `"key": ` in the object `frame`, closing any container nested in it before.
    mutating func member(_ frame: Reference, _ key: String) -> Bool {
        guard prepare(frame), frames[frame.index].isObject else {
            fail()
            return false
        }
        for earlier in frames[frame.index].keysStart..<keys.count where keys[earlier] == key {
            fail()
            return false
        }
        keys.append(key)
        output.appendQuoted(key)
        output.append(": ")
        return true
    }

    /// Readies the list `frame` for its next element.
    mutating func element(_ frame: Reference) -> Bool {
        guard prepare(frame), !frames[frame.index].isObject else {
            fail()
            return false
        }
        return true
    }

    mutating func count(_ frame: Reference) -> Int {
        guard !failed else { return 0 }
        guard isOpen(frame) else {
            // A finished list's count is no longer kept.
            fail()
            return 0
        }
        return frames[frame.index].count
    }

    private func isOpen(_ frame: Reference) -> Bool {
        frame.index >= 0 && frame.index < frames.count && frames[frame.index].id == frame.id
    }

    /// Only the innermost value's own containers can take a field or element: writing into an
    /// outer one while a value inside it is unfinished would put text in the middle of that value.
    private mutating func prepare(_ frame: Reference) -> Bool {
        guard !failed, isOpen(frame), let innermost = slots.last, frame.index >= innermost.depth else { return false }
        close(downTo: frame.index + 1)
        if frames[frame.index].count > 0 { output.append(", ") }
        frames[frame.index].count += 1
        return true
    }

    /// Closes the containers past the first `depth`, innermost first.
    private mutating func close(downTo depth: Int) {
        while frames.count > depth {
            let frame = frames.removeLast()
            frame.isObject ? output.append("}") : output.append("]")
            keys.removeLast(keys.count - frame.keysStart)
        }
    }
}


private struct InlineEncoder: Encoder {
    let stream: InlineStream
    let slot: InlineState.Reference
    var codingPath: [any CodingKey] {
        // Not kept, to keep writing cheap: asking hands the value to the encoder that keeps it.
        stream.fail()
        return []
    }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(InlineKeyedContainer(stream: stream, frame: stream.container(for: slot, isObject: true)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        InlineUnkeyedContainer(stream: stream, frame: stream.container(for: slot, isObject: false))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        InlineSingleContainer(stream: stream, slot: slot)
    }
}

private struct InlineKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let stream: InlineStream
    let frame: InlineState.Reference
    var codingPath: [any CodingKey] {
        stream.fail()
        return []
    }

    private func leaf(_ key: Key, _ value: JSONValue) {
        if stream.member(frame, key.stringValue) { stream.write(value) }
    }

    mutating func encodeNil(forKey key: Key) throws { leaf(key, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { if stream.member(frame, key.stringValue) { stream.write(value) } }
    mutating func encode(_ value: String, forKey key: Key) throws { if stream.member(frame, key.stringValue) { stream.write(value) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { leaf(key, JSONNumber.of(value)) }
    mutating func encode(_ value: Float, forKey key: Key) throws { leaf(key, JSONNumber.of(Double(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { leaf(key, JSONNumber.of(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { leaf(key, JSONNumber.of(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { leaf(key, JSONNumber.of(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { leaf(key, JSONNumber.of(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { leaf(key, JSONNumber.of(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { leaf(key, JSONNumber.of(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { leaf(key, JSONNumber.of(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { leaf(key, JSONNumber.of(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { leaf(key, JSONNumber.of(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { leaf(key, JSONNumber.of(value)) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        guard stream.member(frame, key.stringValue) else { return }
        let slot = stream.beginValue()
        try value.encode(to: InlineEncoder(stream: stream, slot: slot))
        stream.endValue(slot)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        _ = stream.member(frame, key.stringValue)
        return KeyedEncodingContainer(InlineKeyedContainer<NestedKey>(stream: stream, frame: stream.nested(isObject: true)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        _ = stream.member(frame, key.stringValue)
        return InlineUnkeyedContainer(stream: stream, frame: stream.nested(isObject: false))
    }

    mutating func superEncoder() -> any Encoder { stream.fail(); return InlineEncoder(stream: stream, slot: .init(index: -1, id: -1)) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder() }
}

private struct InlineUnkeyedContainer: UnkeyedEncodingContainer {
    let stream: InlineStream
    let frame: InlineState.Reference
    var codingPath: [any CodingKey] {
        stream.fail()
        return []
    }
    var count: Int { stream.count(frame) }

    private func leaf(_ value: JSONValue) {
        if stream.element(frame) { stream.write(value) }
    }

    mutating func encodeNil() throws { leaf(.null) }
    mutating func encode(_ value: Bool) throws { if stream.element(frame) { stream.write(value) } }
    mutating func encode(_ value: String) throws { if stream.element(frame) { stream.write(value) } }
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
        guard stream.element(frame) else { return }
        let slot = stream.beginValue()
        try value.encode(to: InlineEncoder(stream: stream, slot: slot))
        stream.endValue(slot)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        _ = stream.element(frame)
        return KeyedEncodingContainer(InlineKeyedContainer<NestedKey>(stream: stream, frame: stream.nested(isObject: true)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        _ = stream.element(frame)
        return InlineUnkeyedContainer(stream: stream, frame: stream.nested(isObject: false))
    }

    mutating func superEncoder() -> any Encoder { stream.fail(); return InlineEncoder(stream: stream, slot: .init(index: -1, id: -1)) }
}

private struct InlineSingleContainer: SingleValueEncodingContainer {
    let stream: InlineStream
    let slot: InlineState.Reference
    var codingPath: [any CodingKey] {
        stream.fail()
        return []
    }

    private func leaf(_ value: JSONValue) {
        if stream.leaf(for: slot) { stream.write(value) }
    }

    mutating func encodeNil() throws { leaf(.null) }
    mutating func encode(_ value: Bool) throws { if stream.leaf(for: slot) { stream.write(value) } }
    mutating func encode(_ value: String) throws { if stream.leaf(for: slot) { stream.write(value) } }
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
        // The value takes this one's place: its own container or leaf is this value's.
        try value.encode(to: InlineEncoder(stream: stream, slot: slot))
    }
}
