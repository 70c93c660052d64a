/// Parses JSON into a `JSONValue` tree, strictly (RFC 8259), reporting where a document went
/// wrong by line and column. The syntax is `JSONCursor`'s, shared with every other reader.
///
/// Case files are read without a tree (`JSONBytesDecoder`); the tree is built only where a whole
/// document must be kept exactly, such as carrying unknown fields through a rewrite.
public enum JSONParser {
    public struct SyntaxError: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer throws(SyntaxError) in
            do throws(JSONCursor.SyntaxError) {
                return try parse(buffer)
            } catch {
                let (line, column) = error.location(in: buffer)
                throw SyntaxError(line: line, column: column, message: error.message)
            }
        }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONCursor.SyntaxError) -> JSONValue {
        try JSONLimits.requireUTF8(bytes)
        var cursor = JSONCursor(bytes)
        cursor.skipWhitespace()
        let value = try cursor.tree()
        try cursor.finish()
        return value
    }
}

extension JSONCursor {
    /// Reads the value at the cursor as a tree.
    mutating func tree() throws(SyntaxError) -> JSONValue {
        guard let byte = peek else { throw error("the document ends where a value was expected") }
        switch byte {
        case UInt8(ascii: "{"):
            var members: [(key: String, value: JSONValue)] = []
            try object { cursor, name throws(SyntaxError) in members.append((cursor.text(of: name), try cursor.tree())) }
            return .object(members)
        case UInt8(ascii: "["):
            var elements: [JSONValue] = []
            try array { cursor, _ throws(SyntaxError) in elements.append(try cursor.tree()) }
            return .array(elements)
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = position
            try skipNumber()
            return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self))
        default:
            if matchWord("true") { return .bool(true) }
            if matchWord("false") { return .bool(false) }
            if matchWord("null") { return .null }
            throw error("expected a value (text in quotes, a number, true, false, null, { or [)")
        }
    }
}
