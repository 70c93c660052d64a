/// A forward-only reader over JSON bytes that decodes the values asked for and skips the rest
/// without building them, checking the syntax of everything it passes over.
///
/// It exists for speed: reading every case in a large store only for due dates should cost
/// little more than reading the bytes. Errors carry the JSON path and line and column.
import Foundation

struct JSONCursor: ~Copyable {
    struct Failure: Error {
        var location: String
        var found: String?
        var expected: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// How many lists and objects the cursor is inside.
    private var depth = 0
    /// Where the cursor is, kept as byte offsets so that tracking it allocates nothing; turned
    /// into a readable path only when there is an error to report.
    private var steps: [Step] = []

    private enum Step {
        case key(start: Int, end: Int)
        case index(Int)
    }

    /// The JSON path of the value at the cursor, e.g. `visits[3].date`.
    var path: [JSONPathComponent] {
        steps.map { step in
            switch step {
            case let .key(start, end): .key(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            case let .index(index): .index(index)
            }
        }
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Containers

    /// Calls `member` for each key of an object; `member` must read or skip the value.
    mutating func object(_ member: (inout JSONCursor, JSONKey) throws(Failure) -> Void) throws(Failure) {
        try expect(UInt8(ascii: "{"), "expected an object in { }")
        try enter()
        defer { depth -= 1 }
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return }
        var seen: [JSONKey] = []
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw syntax("expected a field name in double quotes") }
            let start = position
            let escaped = try skipString()
            let keyEnd = position - 1
            let key = escaped
                ? JSONKey(decoded: try decodeString(from: start))
                : JSONKey(raw: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(position - 1)]))
            // Two values for one field: the full reader refuses them, and so does this one.
            if seen.contains(where: { $0.sameName(as: key) }) {
                position = start
                throw syntax("the field \"\(key.string)\" appears twice in the same object")
            }
            seen.append(key)
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { throw syntax("expected ':' after the field name \"\(key.string)\"") }
            skipWhitespace()
            steps.append(.key(start: start + 1, end: keyEnd))
            try member(&self, key)
            steps.removeLast()
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "}")) { return }
            throw syntax("expected ',' or '}' after the value of \"\(key.string)\"")
        }
    }

    /// Calls `element` for each element of a list; `element` must read or skip it.
    mutating func array(_ element: (inout JSONCursor, Int) throws(Failure) -> Void) throws(Failure) {
        try expect(UInt8(ascii: "["), "expected a list in [ ]")
        try enter()
        defer { depth -= 1 }
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return }
        var index = 0
        while true {
            skipWhitespace()
            steps.append(.index(index))
            try element(&self, index)
            steps.removeLast()
            index += 1
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "]")) { return }
            throw syntax("expected ',' or ']' in a list")
        }
    }

    /// Goes one level deeper, refusing nesting past the limit every reader shares.
    private mutating func enter() throws(Failure) {
        depth += 1
        guard depth <= JSONLimits.maximumDepth else {
            position -= 1
            throw syntax("lists and objects are nested more than \(JSONLimits.maximumDepth) deep")
        }
    }

    // MARK: Values

    mutating func string() throws(Failure) -> String {
        guard peek == UInt8(ascii: "\"") else { throw mismatch("expected text in quotes") }
        return try rawString()
    }

    mutating func int() throws(Failure) -> Int {
        let start = position
        guard let first = peek, first == UInt8(ascii: "-") || isDigit(first) else { throw mismatch("expected a whole number") }
        try skipNumber()
        guard let value = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)) else {
            position = start
            throw mismatch("expected a whole number")
        }
        return value
    }

    mutating func bool() throws(Failure) -> Bool {
        if matchWord("true") { return true }
        if matchWord("false") { return false }
        throw mismatch("expected true or false")
    }

    mutating func date() throws(Failure) -> CalendarDate {
        let start = position
        let text = try string()
        guard let date = CalendarDate(text) else {
            position = start
            throw mismatch("expected a calendar date written YYYY-MM-DD, such as 2026-11-23")
        }
        return date
    }

    mutating func choice<Value: Choice>(_ type: Value.Type) throws(Failure) -> Value {
        let start = position
        let text = try string()
        guard let value = Value(rawValue: text) else {
            position = start
            throw mismatch("expected one of: \(Value.acceptedValues)")
        }
        return value
    }

    mutating func strings() throws(Failure) -> [String] {
        var values: [String] = []
        try array { cursor, _ throws(Failure) in values.append(try cursor.string()) }
        return values
    }

    /// Consumes `null` if it is next.
    mutating func null() -> Bool {
        matchWord("null")
    }

    /// Passes over one value of any kind, checking its syntax.
    mutating func skipValue() throws(Failure) {
        guard let byte = peek else { throw syntax("the document ends where a value was expected") }
        switch byte {
        case UInt8(ascii: "{"): try object { cursor, _ throws(Failure) in try cursor.skipValue() }

        case UInt8(ascii: "["): try array { cursor, _ throws(Failure) in try cursor.skipValue() }
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        default:
            guard matchWord("true") || matchWord("false") || matchWord("null") else {
                throw syntax("expected a value (text in quotes, a number, true, false, null, { or [)")
            }
        }
    }

    /// Checks that nothing but whitespace follows the document.
    mutating func finish() throws(Failure) {
        skipWhitespace()
        guard position == bytes.count else { throw syntax("unexpected text after the end of the document") }
    }

    // MARK: Errors

    /// A value of the wrong kind at the current path, or a syntax error if what is there is not
    /// a JSON value at all.
    func mismatch(_ expected: String) -> Failure {
        guard startsValue else { return syntax("expected a value (text in quotes, a number, true, false, null, { or [)") }
        return Failure(location: path.dottedPath, found: excerpt, expected: expected)
    }

    private var startsValue: Bool {
        guard let byte = peek else { return false }
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return ["true", "false", "null"].contains { word in
                bytes.count - position >= word.utf8.count
                    && word.utf8.elementsEqual(bytes[position..<(position + word.utf8.count)])
            }
        }
    }

    /// A rule broken at the current path.
    func problem(_ expected: String) -> Failure {
        Failure(location: path.dottedPath, found: nil, expected: expected)
    }

    private func syntax(_ message: String) -> Failure {
        var line = 1
        var lineStart = 0
        for index in 0..<min(position, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<min(position, bytes.count)]), as: UTF8.self).count + 1
        return Failure(location: "line \(line), column \(column)", found: nil, expected: "this is not valid JSON: \(message)")
    }

    /// The value at the current position as written, shortened.
    private var excerpt: String {
        var end = position
        var inString = false
        while end < bytes.count, end - position < 60 {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") { if inString { end += 1; break }; inString = true }
            if !inString, byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte == 0x0A { break }
            end += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
    }

    // MARK: Scanning

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        position += 1
        return true
    }

    private mutating func expect(_ byte: UInt8, _ expected: String) throws(Failure) {
        guard consume(byte) else { throw peek == nil ? syntax("the document ends too early") : mismatch(expected) }
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func matchWord(_ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard position + length <= bytes.count else { return false }
        for offset in 0..<length where bytes[position + offset] != word.utf8Start[offset] { return false }
        position += length
        return true
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private mutating func skipDigits() throws(Failure) {
        guard let byte = peek, isDigit(byte) else { throw syntax("a number needs digits") }
        while let byte = peek, isDigit(byte) { position += 1 }
    }

    private mutating func skipNumber() throws(Failure) {
        _ = consume(UInt8(ascii: "-"))
        if consume(UInt8(ascii: "0")) {
            if let byte = peek, isDigit(byte) { throw syntax("a number cannot start with 0") }
        } else {
            try skipDigits()
        }
        if consume(UInt8(ascii: ".")) { try skipDigits() }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            _ = consume(UInt8(ascii: "+")) || consume(UInt8(ascii: "-"))
            try skipDigits()
        }
    }

    /// Skips a string, checking escapes and control characters, without building it.
    /// Returns whether it contained any escape.
    @discardableResult
    private mutating func skipString() throws(Failure) -> Bool {
        position += 1
        var escaped = false
        while position < bytes.count {
            skipPlainTextWords()
            guard position < bytes.count else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return escaped
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                guard position + 1 < bytes.count else { break }
                switch bytes[position + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    position += 2
                case UInt8(ascii: "u"):
                    guard position + 6 <= bytes.count,
                          (2..<6).allSatisfy({ isHex(bytes[position + $0]) }) else {
                        throw syntax("a \\u escape needs four hex digits")
                    }
                    position += 6
                default:
                    position += 1
                    throw syntax("unknown escape in text")
                }
                continue
            }
            if byte < 0x20 { throw syntax("a line break or control character inside text must be written as an escape such as \\n") }
            position += 1
        }
        throw syntax("text in quotes is not closed")
    }

    /// Moves past whole 16-byte blocks that hold no quote, backslash or control character,
    /// testing all sixteen bytes at once. Most of a case file is note text, so this is where
    /// reading a large store spends its time.
    private mutating func skipPlainTextWords() {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let quote = SIMD16<UInt8>(repeating: UInt8(ascii: "\""))
        let backslash = SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))
        let space = SIMD16<UInt8>(repeating: 0x20)
        while position + 16 <= bytes.count {
            let block = raw.loadUnaligned(fromByteOffset: position, as: SIMD16<UInt8>.self)
            let special = (block .== quote) .| (block .== backslash) .| (block .< space)
            if any(special) { return }
            position += 16
        }
    }

    private func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }

    /// Reads a string at the cursor. Plain strings are copied straight from the bytes; strings
    /// with escapes go through the full parser, which knows every escape.
    private mutating func rawString() throws(Failure) -> String {
        let start = position
        let escaped = try skipString()
        if !escaped {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(position - 1)]), as: UTF8.self)
        }
        return try decodeString(from: start)
    }

    /// The text of the already-skipped string literal that opens at `start`.
    private func decodeString(from start: Int) throws(Failure) -> String {
        let literal = Array(bytes[start..<position])
        guard case .string(let text)? = try? JSONParser.parse(literal) else {
            throw syntax("text in quotes could not be read")
        }
        return text
    }
}

/// An object's field name as it appears in the bytes, compared without building a `String`.
struct JSONKey {
    private let raw: UnsafeBufferPointer<UInt8>?
    private let decoded: String?

    init(raw: UnsafeBufferPointer<UInt8>) {
        self.raw = raw
        self.decoded = nil
    }

    init(decoded: String) {
        self.raw = nil
        self.decoded = decoded
    }

    var string: String {
        decoded ?? String(decoding: raw!, as: UTF8.self)
    }

    /// True when both name the same field; compares bytes where it can, building no strings.
    func sameName(as other: JSONKey) -> Bool {
        if let raw, let otherRaw = other.raw {
            guard raw.count == otherRaw.count else { return false }
            guard let base = raw.baseAddress, let otherBase = otherRaw.baseAddress else { return raw.isEmpty }
            return memcmp(base, otherBase, raw.count) == 0
        }
        return string == other.string
    }

    static func ~= (pattern: StaticString, key: JSONKey) -> Bool {
        guard let raw = key.raw else { return key.decoded == pattern.description }
        let length = pattern.utf8CodeUnitCount
        guard raw.count == length, let base = raw.baseAddress else { return length == 0 && raw.isEmpty }
        return memcmp(base, pattern.utf8Start, length) == 0
    }
}
