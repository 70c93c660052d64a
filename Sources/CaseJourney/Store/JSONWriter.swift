/// Writes a `JSONValue` as indented, human-readable JSON ending in a newline.
///
/// The text is built as UTF-8 bytes and made into a `String` once at the end: appending to a
/// `String` piece by piece cost more than everything else in writing a large report.
public enum JSONWriter {
    public static func write(_ value: JSONValue) -> String {
        var output = Output()
        output.append(value, indent: 0)
        output.bytes.append(UInt8(ascii: "\n"))
        return output.text
    }

    /// One element of a top-level list, indented as `write` would indent it, with no newline:
    /// lets a long list be written in pieces, on several cores.
    public static func writeElement(_ value: JSONValue) -> String {
        var output = Output()
        output.indent(1)
        output.append(value, indent: 1)
        return output.text
    }

    /// The value on one line (`{"score": 7}`), for quoting one value inside another record.
    public static func inline(_ value: JSONValue) -> String {
        String(decoding: inlineUTF8(value), as: UTF8.self)
    }

    /// `inline`, as the bytes a file holds.
    static func inlineUTF8(_ value: JSONValue) -> [UInt8] {
        var output = Output()
        output.appendInline(value)
        return output.bytes
    }

    /// JSON text being built as bytes, for writers that know their values' shape (a report's
    /// rows) and so need no `JSONValue` in between.
    struct Output {
        var bytes: [UInt8] = []

        init() {
            bytes.reserveCapacity(256)
        }

        var text: String { String(decoding: bytes, as: UTF8.self) }

        /// Most literals are a byte or two (`{`, `": "`, `,\n`): appended byte by byte, which
        /// costs less than the general copy each time.
        mutating func append(_ literal: StaticString) {
            let count = literal.utf8CodeUnitCount
            guard count > 4 else {
                for offset in 0..<count { bytes.append(literal.utf8Start[offset]) }
                return
            }
            bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: count))
        }

        mutating func indent(_ level: Int) {
            for _ in 0..<(2 * level) { bytes.append(UInt8(ascii: " ")) }
        }

        mutating func appendInline(_ value: JSONValue) {
            switch value {
            case .array(let elements):
                append("[")
                for (offset, element) in elements.enumerated() {
                    if offset > 0 { append(", ") }
                    appendInline(element)
                }
                append("]")
            case .object(let members):
                append("{")
                for (offset, member) in members.enumerated() {
                    if offset > 0 { append(", ") }
                    appendQuoted(member.key)
                    append(": ")
                    appendInline(member.value)
                }
                append("}")
            default:
                append(value, indent: 0)
            }
        }

        mutating func append(_ value: JSONValue, indent level: Int) {
            switch value {
            case .null: append("null")
            case .bool(let flag): flag ? append("true") : append("false")
            case .number(let text): bytes.append(contentsOf: text.utf8)
            case .string(let text): appendQuoted(text)
            case .array(let elements):
                appendList(count: elements.count, indent: level) { output, offset in
                    output.append(elements[offset], indent: level + 1)
                }
            case .object(let members):
                appendObject(keys: members.count, indent: level, key: { members[$0].key }) { output, offset in
                    output.append(members[offset].value, indent: level + 1)
                }
            }
        }

        /// A list at `level` as `append` lays one out, one element a line; `element` writes the
        /// element at an offset, indented one level deeper. The one place the layout is decided,
        /// for values and for writers that need none.
        mutating func appendList(count: Int, indent level: Int, element: (inout Output, Int) -> Void) {
            guard count > 0 else { return append("[]") }
            append("[\n")
            for offset in 0..<count {
                indent(level + 1)
                element(&self, offset)
                offset == count - 1 ? append("\n") : append(",\n")
            }
            indent(level)
            append("]")
        }

        /// An object at `level` as `append` lays one out, one field a line; `value` writes the
        /// value of the field at an offset, after its key.
        mutating func appendObject(keys count: Int, indent level: Int, key: (Int) -> String, value: (inout Output, Int) -> Void) {
            guard count > 0 else { return append("{}") }
            append("{\n")
            for offset in 0..<count {
                indent(level + 1)
                appendQuoted(key(offset))
                append(": ")
                value(&self, offset)
                offset == count - 1 ? append("\n") : append(",\n")
            }
            indent(level)
            append("}")
        }

        mutating func append(_ number: Int) {
            bytes.append(contentsOf: String(number).utf8)
        }

        /// A date as the files write it, `"2026-09-23"`, without making text first.
        mutating func appendQuoted(_ date: CalendarDate) {
            let (year, month, day) = date.civil
            guard (1000...9999).contains(year) else { return appendQuoted(date.description) }
            append("\"")
            appendDigits(year, count: 4)
            append("-")
            appendDigits(month, count: 2)
            append("-")
            appendDigits(day, count: 2)
            append("\"")
        }

        private mutating func appendDigits(_ value: Int, count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }

        mutating func appendQuoted(_ text: String) {
            var text = text
            text.withUTF8 { appendQuoted($0) }
        }

        private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
            append("\"")
            // Most text needs no escaping: copy it whole.
            if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                bytes.append(contentsOf: utf8)
                append("\"")
                return
            }
            // Byte by byte: every byte of a character beyond ASCII is 0x80 or more, so only
            // ASCII characters are ever escaped, as they would be character by character.
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case UInt8(ascii: "\n"): append("\\n")
                case UInt8(ascii: "\r"): append("\\r")
                case UInt8(ascii: "\t"): append("\\t")
                case 0..<0x20:
                    let digits: StaticString = "0123456789abcdef"
                    append("\\u00")
                    bytes.append(digits.utf8Start[Int(byte >> 4)])
                    bytes.append(digits.utf8Start[Int(byte & 0x0F)])
                default: bytes.append(byte)
                }
            }
            append("\"")
        }
    }
}
