import Foundation

/// The one implementation of JSON syntax in CaseJourney: a forward reader over bytes that checks
/// everything it passes (strings, escapes, numbers, nesting depth, field names given twice)
/// and builds nothing unless asked.
///
/// Every reader stands on it: the case decoder, the tree parser that carries unknown fields
/// through a rewrite, and the settings reader. So a file one of them refuses, all of them refuse,
/// with the same message at the same line and column.
struct JSONCursor {
    /// Where the text stops being JSON (a byte offset) and why.
    struct SyntaxError: Error {
        var offset: Int
        var message: String
    }

    /// A field name's place in the bytes, without its quotes.
    struct Name {
        var start: Int
        var end: Int
        /// Whether it holds a backslash escape, so the bytes are not the name itself.
        var escaped: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// How many lists and objects the cursor is inside.
    private var depth = 0
    /// The names seen so far in each object the cursor is inside, innermost last, to refuse a
    /// name given twice. One buffer for all of them, so checking allocates nothing.
    private var openNames: [Name] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    // MARK: Containers

    /// Reads the object at the cursor, calling `member` with each field name once the cursor is
    /// on its value; `member` must read or skip the value.
    mutating func object(_ member: (inout JSONCursor, Name) throws(SyntaxError) -> Void) throws(SyntaxError) {
        try enter(UInt8(ascii: "{"))
        let firstName = openNames.count
        defer {
            depth -= 1
            openNames.removeLast(openNames.count - firstName)
        }
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return }
        // Past a few dozen names, comparing each with all before it would take time growing with
        // the square of their number: a damaged file could stall every command. Then names are
        // looked up by their text instead.
        var manyNames: Set<String>?
        // A mark for each name's length and first and last bytes: a name whose mark is not yet
        // set is new, and needs no comparing (escaped names are always compared).
        var marks: UInt64 = 0
        var anyEscaped = false
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw error("expected a field name in double quotes") }
            let start = position
            let escaped = try skipString()
            let name = Name(start: start + 1, end: position - 1, escaped: escaped)
            // Two values for one field: which is meant cannot be known, and keeping either would
            // lose the other on the next write.
            let repeated: Bool
            let mark = self.mark(of: name)
            if manyNames == nil, openNames.count - firstName < 32 {
                // By index: a slice of the names would be retained and released each time.
                repeated = (escaped || anyEscaped || marks & mark != 0)
                    && (firstName..<openNames.count).contains { sameName(openNames[$0], name) }
            } else {
                if manyNames == nil { manyNames = Set(openNames[firstName...].map(text(of:))) }
                repeated = !manyNames!.insert(text(of: name)).inserted
            }
            if repeated {
                position = start
                throw error("the field \"\(text(of: name))\" appears twice in the same object")
            }
            openNames.append(name)
            marks |= mark
            anyEscaped = anyEscaped || escaped
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { throw error("expected ':' after the field name \"\(text(of: name))\"") }
            skipWhitespace()
            try member(&self, name)
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "}")) { return }
            throw error("expected ',' or '}' after the value of \"\(text(of: name))\"")
        }
    }

    /// Reads the list at the cursor, calling `element` with each index once the cursor is on the
    /// element; `element` must read or skip it.
    mutating func array(_ element: (inout JSONCursor, Int) throws(SyntaxError) -> Void) throws(SyntaxError) {
        try enter(UInt8(ascii: "["))
        defer { depth -= 1 }
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return }
        var index = 0
        while true {
            skipWhitespace()
            try element(&self, index)
            index += 1
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "]")) { return }
            throw error("expected ',' or ']' in a list")
        }
    }

    /// Goes one level deeper, refusing nesting past the limit every reader shares.
    private mutating func enter(_ opening: UInt8) throws(SyntaxError) {
        guard consume(opening) else { throw error(opening == UInt8(ascii: "{") ? "expected an object in { }" : "expected a list in [ ]") }
        depth += 1
        guard depth <= JSONLimits.maximumDepth else {
            position -= 1
            throw error("lists and objects are nested more than \(JSONLimits.maximumDepth) deep")
        }
    }

    // MARK: Values

    /// Passes over one value of any kind, checking its syntax.
    mutating func skipValue() throws(SyntaxError) {
        guard let byte = peek else { throw error("the document ends where a value was expected") }
        switch byte {
        case UInt8(ascii: "{"): try object { cursor, _ throws(SyntaxError) in try cursor.skipValue() }
        case UInt8(ascii: "["): try array { cursor, _ throws(SyntaxError) in try cursor.skipValue() }
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        default:
            guard matchWord("true") || matchWord("false") || matchWord("null") else {
                throw error("expected a value (text in quotes, a number, true, false, null, { or [)")
            }
        }
    }

    /// Checks that nothing but whitespace follows the document.
    mutating func finish() throws(SyntaxError) {
        skipWhitespace()
        guard position == bytes.count else { throw error("unexpected text after the end of the document") }
    }

    /// Consumes `true`, `false` or `null` if it is next.
    mutating func matchWord(_ word: StaticString) -> Bool {
        guard startsWith(word, at: position) else { return false }
        position += word.utf8CodeUnitCount
        return true
    }

    func startsWith(_ word: StaticString, at offset: Int) -> Bool {
        let length = word.utf8CodeUnitCount
        guard offset >= 0, offset + length <= bytes.count else { return false }
        for index in 0..<length where bytes[offset + index] != word.utf8Start[index] { return false }
        return true
    }

    /// Reads the string at the cursor.
    mutating func string() throws(SyntaxError) -> String {
        let start = position
        let escaped = try skipString()
        return try text(from: start + 1, to: position - 1, escaped: escaped)
    }

    /// A field name as text.
    func text(of name: Name) -> String {
        (try? text(from: name.start, to: name.end, escaped: name.escaped)) ?? ""
    }

    /// The text between two offsets of a string already checked by `skipString`.
    func text(from start: Int, to end: Int, escaped: Bool) throws(SyntaxError) -> String {
        let literal = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return escaped ? try unescape(literal, at: start) : String(decoding: literal, as: UTF8.self)
    }

    // MARK: Scanning

    var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        position += 1
        return true
    }

    @inline(__always)
    mutating func skipWhitespace() {
        // Most often there is none, or one space after a colon.
        guard position < bytes.count, bytes[position] <= 0x20 else { return }
        if bytes[position] == 0x20, position + 1 < bytes.count, bytes[position + 1] > 0x20 {
            position += 1
            return
        }
        skipWhitespaceRun()
    }

    private mutating func skipWhitespaceRun() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0D: position += 1
            case 0x0A:
                position += 1
                skipIndentation()
            default: return
            }
        }
    }

    /// The spaces that indent a line, eight at a time: a case file is written indented, and a
    /// quarter of its bytes are these.
    private mutating func skipIndentation() {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let spaces: UInt64 = 0x2020_2020_2020_2020
        while position + 8 <= bytes.count {
            // Read as little-endian whatever the machine, so the lowest byte is the first one.
            let different = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)) ^ spaces
            guard different == 0 else {
                position += different.trailingZeroBitCount / 8
                return
            }
            position += 8
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private mutating func skipDigits(_ message: String) throws(SyntaxError) {
        guard let byte = peek, isDigit(byte) else { throw error(message) }
        while let byte = peek, isDigit(byte) { position += 1 }
    }

    mutating func skipNumber() throws(SyntaxError) {
        _ = consume(UInt8(ascii: "-"))
        if consume(UInt8(ascii: "0")) {
            if let byte = peek, isDigit(byte) { throw error("a number cannot start with 0") }
        } else {
            try skipDigits("a number needs digits")
        }
        if consume(UInt8(ascii: ".")) { try skipDigits("a number needs digits after '.'") }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            _ = consume(UInt8(ascii: "+")) || consume(UInt8(ascii: "-"))
            try skipDigits("a number needs digits in its exponent")
        }
    }

    /// Skips a string, checking escapes (surrogate pairs included) and control characters,
    /// without building it. Returns whether it held any escape.
    @discardableResult
    mutating func skipString() throws(SyntaxError) -> Bool {
        position += 1
        var escaped = false
        while position < bytes.count {
            skipPlainText()
            guard position < bytes.count else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return escaped
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                try skipEscape()
                continue
            }
            if byte < 0x20 { throw error("a line break or control character inside text must be written as an escape such as \\n") }
            position += 1
        }
        throw error("text in quotes is not closed")
    }

    private mutating func skipEscape() throws(SyntaxError) {
        guard position + 1 < bytes.count else { throw error("text in quotes is not closed") }
        switch bytes[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
        case UInt8(ascii: "u"):
            let code = try hexQuad(at: position + 2)
            if (0xDC00..<0xE000).contains(code) { throw error("an unpaired surrogate in a \\u escape") }
            position += 6
            if (0xD800..<0xDC00).contains(code) {
                // A surrogate pair: the low half must follow as another \u escape.
                guard startsWith("\\u", at: position), case let low = try hexQuad(at: position + 2),
                      (0xDC00..<0xE000).contains(low) else {
                    throw error("an unpaired surrogate in a \\u escape")
                }
                position += 6
            }
        default:
            position += 1
            throw error("unknown escape \\\(Character(UnicodeScalar(bytes[position])))")
        }
    }

    private func hexQuad(at offset: Int) throws(SyntaxError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for byte in bytes[offset..<(offset + 4)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("a \\u escape needs four hex digits")
            }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    /// Moves to the next quote, backslash or control character, testing sixteen bytes at once
    /// (the last few bytes of the document are left to the caller's byte-by-byte loop). Most of a case file is note text, so this is where
    /// reading a large store spends its time.
    private mutating func skipPlainText() {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let quote = SIMD16<UInt8>(repeating: UInt8(ascii: "\""))
        let backslash = SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))
        let space = SIMD16<UInt8>(repeating: 0x20)
        while position + 16 <= bytes.count {
            let block = raw.loadUnaligned(fromByteOffset: position, as: SIMD16<UInt8>.self)
            let special = (block .== quote) .| (block .== backslash) .| (block .< space)
            #if _endian(little)
            // Each lane of the mask is all ones or all zeros: as two little-endian words, the
            // lowest set byte is the first special one, so the cursor stops right on it.
            let lanes = unsafeBitCast(special, to: SIMD2<UInt64>.self)
            if lanes[0] != 0 {
                position += lanes[0].trailingZeroBitCount / 8
                return
            }
            if lanes[1] != 0 {
                position += 8 + lanes[1].trailingZeroBitCount / 8
                return
            }
            #else
            if any(special) { return }
            #endif
            position += 16
        }
    }

    /// The text of a string body whose escapes `skipString` has already checked.
    private func unescape(_ literal: UnsafeBufferPointer<UInt8>, at start: Int) throws(SyntaxError) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(literal.count)
        var index = 0
        while index < literal.count {
            let byte = literal[index]
            guard byte == UInt8(ascii: "\\") else {
                utf8.append(byte)
                index += 1
                continue
            }
            let escape = literal[index + 1]
            switch escape {
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hexQuad(at: start + index + 2)
                if (0xD800..<0xDC00).contains(code) {
                    let low = try hexQuad(at: start + index + 8)
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                guard let scalar = UnicodeScalar(code) else { throw SyntaxError(offset: start + index, message: "an invalid \\u escape") }
                utf8.append(contentsOf: String(Character(scalar)).utf8)
                index += 4
            default: utf8.append(escape)  // \" \\ \/
            }
            index += 2
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// One of 64 bits, the same for names written with the same bytes.
    private func mark(of name: Name) -> UInt64 {
        var hash = name.end - name.start
        if hash > 0 { hash = hash &* 31 &+ Int(bytes[name.start]) &* 17 &+ Int(bytes[name.end - 1]) }
        return 1 << UInt64(hash & 63)
    }

    private func sameName(_ first: Name, _ second: Name) -> Bool {
        if first.escaped || second.escaped { return text(of: first) == text(of: second) }
        return UnsafeBufferPointer(rebasing: bytes[first.start..<first.end])
            .hasSameBytes(as: UnsafeBufferPointer(rebasing: bytes[second.start..<second.end]))
    }

    func error(_ message: String) -> SyntaxError {
        SyntaxError(offset: min(position, bytes.count), message: message)
    }
}

extension JSONCursor.SyntaxError {
    /// "line 3, column 12" in `bytes`.
    func location(in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<min(offset, bytes.count)]), as: UTF8.self).count + 1
        return (line, column)
    }

    /// The problem as a case file reports it.
    func problem(in bytes: UnsafeBufferPointer<UInt8>) -> CaseFileProblem {
        let (line, column) = location(in: bytes)
        return CaseFileProblem(location: "line \(line), column \(column)", expected: "this is not valid JSON: \(message)")
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether both hold the same bytes. Field names and fixed choices are short: compared in
    /// place, which costs less than calling out for each pair.
    @inline(__always)
    func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        for offset in 0..<count where self[offset] != other[offset] { return false }
        return true
    }
}
