import Foundation

/// Text reduced to what a reader sees in it, so a detail is found however it was written.
///
/// Before anything else, HTML character references are read (`&shy;`, `&#8203;`), invisible
/// characters are removed (zero-width spaces, soft hyphens, fillers: every default-ignorable
/// code point), and letters from other alphabets that look like Latin ones (Cyrillic and Greek,
/// small capitals) are read as those letters. Then each word is folded: lower case, no accents,
/// no apostrophes, and a final "s" dropped from words of four letters or more, so "Gemma's" and
/// "Gemmas" are read as "gemma". A number written with the letter O for zero ("O77OO") is read as
/// digits. Everything that is not a letter or a digit separates words.
public struct NormalisedText: Sendable, Equatable {
    /// The words, " like this " with a space at each end, in four readings: hyphens as spaces
    /// ("co op"); hyphenated words joined ("east-field", or "Orch-" at the end of a line and
    /// "ard" on the next, read as "eastfield" and "orchard"); words split where letters meet
    /// digits ("Gemma2" read as "gemma 2"); and words also split where a capital follows a
    /// small letter ("GemmaEvans" read as "gemma evan"). The last reading is only for details of
    /// two or more words, so "JoAnne" is not taken for a kept "Anne".
    public let forms: [String]
    /// The words that began with a capital letter: for names that are also ordinary words.
    public let capitalised: Set<String>
    /// The words with no spaces at all: for postcodes, which are written with or without one.
    public let compact: String
    /// Every run of digits joined across the spaces between them ("+44 7700 900-123" gives
    /// "447700900123"): for phone numbers, however they are grouped.
    public let digitRuns: [String]

    public init(_ text: String) {
        let tokens = NormalisedText.tokens(of: text)
        let words = tokens.map(\.word)
        var joined: [String] = []
        for token in tokens {
            if token.afterHyphen, let last = joined.last {
                joined[joined.count - 1] = last + token.word
            } else {
                joined.append(token.word)
            }
        }
        let digitPieces = tokens.flatMap { NormalisedText.pieces(of: $0.raw, atCapitals: false) }
        let allPieces = tokens.flatMap { NormalisedText.pieces(of: $0.raw, atCapitals: true) }
        forms = [" " + words.joined(separator: " ") + " ", " " + joined.joined(separator: " ") + " ",
                 " " + digitPieces.map(\.word).joined(separator: " ") + " ", " " + allPieces.map(\.word).joined(separator: " ") + " "]
        capitalised = Set(tokens.filter(\.capitalised).map(\.word) + digitPieces.filter(\.capitalised).map(\.word))
        compact = words.joined()
        var runs: [String] = []
        var current = ""
        for word in words {
            if word.allSatisfy(\.isASCIIDigit) {
                current += word
                continue
            }
            // A word with letters ends the run; digits inside it ("tel07700...") count on their own.
            if !current.isEmpty { runs.append(current) }
            current = ""
            runs += word.split(whereSeparator: { !$0.isASCIIDigit }).map(String.init)
        }
        if !current.isEmpty { runs.append(current) }
        digitRuns = runs
    }

    /// True when `phrase` (normalised words) appears as whole words in a reading; with
    /// `capital`, a one-word phrase only counts where it began with a capital letter. A phrase of
    /// several words also counts run together as one word ("gemmaevans", "orchardrow").
    public func containsWords(_ phrase: String, capital: Bool = false) -> Bool {
        guard !phrase.isEmpty else { return false }
        let severalWords = phrase.contains(" ")
        if capital && !severalWords && !capitalised.contains(phrase) { return false }
        let readings = severalWords ? forms[...] : forms.prefix(3)
        if readings.contains(where: { $0.contains(" " + phrase + " ") }) { return true }
        guard severalWords else { return false }
        let runTogether = " " + phrase.replacingOccurrences(of: " ", with: "") + " "
        return forms.prefix(2).contains { $0.contains(runTogether) }
    }

    /// The same text with whole-word `phrases` taken out: a name that must not be mistaken for
    /// another ("Sam Okafor" when "Sam" is kept from the reader).
    func removing(_ phrases: [String]) -> NormalisedText {
        guard !phrases.isEmpty else { return self }
        return NormalisedText(forms: forms.map { form in phrases.reduce(form) { $0.replacingOccurrences(of: " \($1) ", with: " | ") } },
                              capitalised: capitalised, compact: compact, digitRuns: digitRuns)
    }

    private init(forms: [String], capitalised: Set<String>, compact: String, digitRuns: [String]) {
        self.forms = forms
        self.capitalised = capitalised
        self.compact = compact
        self.digitRuns = digitRuns
    }

    /// The words of `text`, normalised (the first reading: hyphens as spaces).
    public static func words(of text: String) -> [String] {
        tokens(of: text).map(\.word)
    }

    // MARK: Reading the text

    struct Token {
        var word: String
        var capitalised: Bool
        /// True when the word was joined to the one before by a hyphen (maybe at a line break).
        var afterHyphen: Bool
        /// The word as written, for the readings that split it.
        var raw: String
    }

    /// `raw` split where a letter meets a digit and, `atCapitals`, where a capital follows a
    /// small letter; each part folded.
    static func pieces(of raw: String, atCapitals: Bool) -> [(word: String, capitalised: Bool)] {
        var parts: [String] = []
        var current = ""
        var previous: Character?
        for character in raw {
            if let before = previous, character.isLetter || character.isNumber,
               (atCapitals && before.isLowercase && character.isUppercase) || (before.isLetter && character.isNumber)
                || (before.isNumber && character.isLetter) {
                parts.append(current)
                current = ""
            }
            current.append(character)
            if character.isLetter || character.isNumber { previous = character }
        }
        parts.append(current)
        return parts.compactMap { part in
            let word = fold(part)
            return word.isEmpty ? nil : (word, part.first?.isUppercase ?? false)
        }
    }

    static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        var raw = ""
        var separator = ""
        func finish() {
            guard !raw.isEmpty else { return }
            let word = fold(raw)
            if !word.isEmpty {
                let afterHyphen = !tokens.isEmpty && separator.trimmingCharacters(in: .whitespacesAndNewlines).allSatisfy(isHyphen)
                    && separator.contains(where: isHyphen)
                tokens.append(Token(word: word, capitalised: raw.first?.isUppercase ?? false, afterHyphen: afterHyphen, raw: raw))
            }
            raw = ""
            separator = ""
        }
        for scalar in visible(decodingReferences(in: text)).unicodeScalars {
            let character = Character(scalar)
            if character.isLetter || character.isNumber || apostrophes.contains(scalar) || scalar.properties.generalCategory == .nonspacingMark {
                if raw.isEmpty && !separator.isEmpty && tokens.isEmpty { separator = "" }
                raw.unicodeScalars.append(scalar)
            } else {
                finish()
                separator.unicodeScalars.append(scalar)
            }
        }
        finish()
        return tokens
    }

    private static func isHyphen(_ character: Character) -> Bool {
        ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"].contains(character)
    }

    /// One word: lower case, no accents or apostrophes, digits for a number written with O for 0,
    /// and without a final "s" on a word of four letters or more.
    static func fold(_ raw: String) -> String {
        var word = ""
        for scalar in raw.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.isDiacritic || apostrophes.contains(scalar) { continue }
            if let special = specialLetters[scalar] {
                word += special
            } else if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue {
                word += String(Int(digit))
            } else {
                word.unicodeScalars.append(scalar)
            }
        }
        if word.contains(where: \.isASCIIDigit) && word.allSatisfy({ $0.isASCIIDigit || "oli".contains($0) }) {
            return String(word.map { $0 == "o" ? "0" : $0 == "l" || $0 == "i" ? "1" : $0 })
        }
        if word.count >= 4 && word.hasSuffix("s") && !word.contains(where: \.isASCIIDigit) { word.removeLast() }
        return word
    }

    /// The text with invisible characters removed, look-alike letters read as Latin ones, and
    /// compatibility forms (full-width letters, mathematical letters) read as plain ones.
    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            // A soft hyphen is shown as a hyphen where a line breaks: read it as one.
            if scalar == "\u{00AD}" {
                result += "-"
                continue
            }
            if scalar.properties.isDefaultIgnorableCodePoint || scalar.properties.generalCategory == .format { continue }
            if let latin = lookAlikes[scalar] { result += latin } else { result.unicodeScalars.append(scalar) }
        }
        return result.precomposedStringWithCompatibilityMapping
    }

    /// `&shy;`, `&#8203;`, `&#x200B;`, `&amp;`, ... read as the characters they stand for, since a
    /// Markdown or HTML reader would show them so.
    static func decodingReferences(in text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(32).firstIndex(of: ";") {
                let name = String(after[..<semicolon])
                if let decoded = reference(name) {
                    result += decoded
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            result += "&"
            rest = after
        }
        return result + rest
    }

    private static func reference(_ name: String) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X"), let code = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
            return String(scalar)
        }
        if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) { return String(scalar) }
        return namedReferences[name.lowercased()]
    }

    private static let namedReferences: [String: String] = [
        "amp": "&", "shy": "\u{00AD}", "nbsp": " ", "zerowidthspace": "\u{200B}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "hyphen": "-", "dash": "-", "ndash": "-", "mdash": "-",
    ]

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "‘", "ʼ", "`", "´", "′", "ʹ"]

    private static let specialLetters: [Unicode.Scalar: String] = [
        "ł": "l", "đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ı": "i", "ħ": "h",
    ]

    /// Letters from other alphabets that look like Latin ones, capitals read as capitals: a name
    /// typed with one of these looks the same on paper.
    private static let lookAlikes: [Unicode.Scalar: String] = [
        // Cyrillic
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
        "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ү": "y",
        "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
        "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ї": "I", "Ј": "J", "Ԛ": "Q", "Ԝ": "W", "Һ": "H", "Ү": "Y",
        // Greek
        "ο": "o", "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
        "ω": "w", "ζ": "z", "η": "n", "μ": "u",
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
        "Τ": "T", "Υ": "Y", "Χ": "X",
        // IPA letters and small capitals
        "ɡ": "g", "ɑ": "a", "ɩ": "i", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h",
        "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t",
        "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    ]
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
