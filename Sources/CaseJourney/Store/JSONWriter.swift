/// Writes a `JSONValue` as indented, human-readable JSON ending in a newline.
public enum JSONWriter {
    public static func write(_ value: JSONValue) -> String {
        var output = ""
        append(value, indent: 0, to: &output)
        output += "\n"
        return output
    }

    /// One element of a top-level list, indented as `write` would indent it, with no newline:
    /// lets a long list be written in pieces, on several cores.
    public static func writeElement(_ value: JSONValue) -> String {
        var output = "  "
        append(value, indent: 1, to: &output)
        return output
    }

    /// The value on one line (`{"score": 7}`), for quoting one value inside another record.
    public static func inline(_ value: JSONValue) -> String {
        var output = ""
        appendInline(value, to: &output)
        return output
    }

    private static func appendInline(_ value: JSONValue, to output: inout String) {
        switch value {
        case .array(let elements):
            output += "["
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output += ", " }
                appendInline(element, to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (offset, member) in members.enumerated() {
                if offset > 0 { output += ", " }
                appendQuoted(member.key, to: &output)
                output += ": "
                appendInline(member.value, to: &output)
            }
            output += "}"
        default:
            append(value, indent: 0, to: &output)
        }
    }

    private static func append(_ value: JSONValue, indent: Int, to output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): appendQuoted(text, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (offset, element) in elements.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                append(element, indent: indent + 1, to: &output)
                output += offset == elements.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (offset, member) in members.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                appendQuoted(member.key, to: &output)
                output += ": "
                append(member.value, indent: indent + 1, to: &output)
                output += offset == members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "}"
        }
    }

    private static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        // Most text needs no escaping: copy it whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
