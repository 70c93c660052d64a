import Foundation

/// Names as people write them: "Siân", "Zoë O’Brien", "Łucja", "李 小龙".
///
/// Matching folds a name to a key that ignores case, accents and the kind of apostrophe, so
/// `--seen Sian` finds Siân and a curly apostrophe typed on a phone finds O'Brien. Ids made from
/// names are readable ASCII (Zoë → `zoe`); a name with no Latin letters gets a short id instead.
public enum NameKey {
    /// Letters that do not decompose into a base letter and an accent.
    private static let specialLetters: [Character: String] = [
        "ł": "l", "đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ı": "i", "ħ": "h",
    ]
    private static let apostrophes: Set<Character> = ["'", "’", "‘", "ʼ", "`", "´", "′"]

    /// The key two spellings of one name share: lower case, no accents, straight apostrophes
    /// removed, runs of spaces as one.
    public static func fold(_ text: String) -> String {
        var result = ""
        for character in text.lowercased().decomposedStringWithCanonicalMapping {
            if apostrophes.contains(character) { continue }
            if let replacement = specialLetters[character] {
                result += replacement
                continue
            }
            let kept = String(character.unicodeScalars.filter { !$0.properties.isDiacritic && $0.properties.generalCategory != .nonspacingMark })
            result += kept
        }
        return result.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// True when `a` and `b` are the same name however they were typed.
    public static func same(_ a: String, _ b: String) -> Bool {
        // Most names are plain ASCII: compare those byte by byte, without building new strings.
        if let plain = samePlain(a, b) { return plain }
        return fold(a) == fold(b)
    }

    /// For two names of ASCII letters, digits, hyphens and single spaces: whether they are equal ignoring
    /// case; nil when either has anything else.
    private static func samePlain(_ a: String, _ b: String) -> Bool? {
        func isPlain(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
        }
        var left = a.utf8.makeIterator(), right = b.utf8.makeIterator()
        var previousSpace = true
        while true {
            let x = left.next(), y = right.next()
            guard let x, let y else { return x == nil && y == nil ? true : (x.map(isPlain) ?? y.map(isPlain) ?? false) ? false : nil }
            let xSpace = x == 0x20, ySpace = y == 0x20
            if xSpace && ySpace {
                if previousSpace { return nil }
                previousSpace = true
                continue
            }
            guard isPlain(x) || xSpace, isPlain(y) || ySpace, xSpace == ySpace else { return nil }
            if (x | 0x20) != (y | 0x20) { return false }
            previousSpace = false
        }
    }

    /// A readable ASCII id from a name's first word ("Zoë O'Brien" → `zoe`, "Siân" → `sian`),
    /// or nil when the word has no Latin letters (the caller picks a short id such as `p3`).
    public static func asciiID(for name: String) -> String? {
        let first = name.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? name
        var slug = ""
        for scalar in fold(first).unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && slug.last != "-" {
                slug += "-"
            }
        }
        // An id is short to type; a very long first name gives its start.
        slug = String(slug.prefix(32))
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.contains(where: \.isLetter) ? slug : nil
    }
}
