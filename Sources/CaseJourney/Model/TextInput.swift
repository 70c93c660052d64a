import Foundation

/// What may be typed into a case: text without control characters.
///
/// An escape sequence in a child's name could rewrite a manager's terminal (erase the overdue
/// rows, say), and a bidirectional override can make a name read backwards, so both are refused
/// where the text comes in. Free text keeps its line breaks and tabs; names and one-line fields
/// do not.
public enum TextInput {
    /// A description of the first character not allowed in `text`, or nil when it is fine.
    public static func problem(in text: String, multiline: Bool) -> String? {
        for scalar in text.unicodeScalars {
            if multiline && (scalar == "\n" || scalar == "\t") { continue }
            if isRefused(scalar) { return describe(scalar) }
        }
        return nil
    }

    /// True for control characters (C0, DEL, C1), bidirectional controls and line or paragraph
    /// separators.
    public static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        case 0x2028, 0x2029: true
        default: false
        }
    }

    /// "a tab", "an escape character (U+001B)", for messages.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let code = String(format: "U+%04X", scalar.value)
        switch scalar.value {
        case 0x0A, 0x0D: return "a line break"
        case 0x09: return "a tab"
        case 0x1B: return "an escape character (\(code))"
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return "a text-direction control (\(code))"
        default: return "a control character (\(code))"
        }
    }

    /// Throws a usage error naming `field` when `text` holds a character that is not allowed.
    public static func check(_ text: String, field: String, multiline: Bool = true) throws(CaseJourneyError) {
        if let problem = problem(in: text, multiline: multiline) {
            throw .usage("The \(field) contains \(problem), which is not allowed. Type it again without it"
                + (multiline ? "." : ", on one line."))
        }
    }
}

extension String {
    /// The text on one line, for messages and table cells: a line break, a tab or another
    /// control character read from a file is shown as `\n`, `\t` or `\u{1B}`, so a hand-edited
    /// value cannot start a line of its own (a made-up problem, a made-up row).
    public var oneLine: String {
        guard unicodeScalars.contains(where: TextInput.isRefused) else { return self }
        var line = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": line += "\\n"
            case "\r": line += "\\r"
            case "\t": line += "\\t"
            case _ where TextInput.isRefused(scalar): line += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: line.unicodeScalars.append(scalar)
            }
        }
        return line
    }
}
