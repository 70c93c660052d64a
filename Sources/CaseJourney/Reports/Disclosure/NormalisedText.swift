import Foundation

/// Text reduced to what a reader sees in it, so a detail is found however it was written:
/// lower case, accents and apostrophes gone, look-alike letters from other alphabets read as the
/// Latin letters they resemble, zero-width and other invisible characters removed, and
/// everything that is not a letter or a digit (hyphens, full stops, commas, non-breaking spaces)
/// read as a single space.
public struct NormalisedText: Sendable, Equatable {
    /// " words like this " (with a space at each end, so whole words can be found with `contains`).
    public let spaced: String
    /// The same without any spaces: for postcodes, which are written with or without one.
    public let compact: String
    /// Every run of digits joined across the spaces between them ("+44 7700 900-123" gives
    /// "447700900123"): for phone numbers, however they are grouped.
    public let digitRuns: [String]

    public init(_ text: String) {
        let words = NormalisedText.words(of: text)
        spaced = " " + words.joined(separator: " ") + " "
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

    /// True when `phrase` (already normalised words) appears as whole words.
    public func containsWords(_ phrase: String) -> Bool {
        !phrase.isEmpty && spaced.contains(" " + phrase + " ")
    }

    /// The words of `text`, normalised.
    public static func words(of text: String) -> [String] {
        var folded = ""
        for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .nonspacingMark
                || scalar.properties.isDiacritic || apostrophes.contains(scalar) {
                continue
            }
            if let latin = lookAlikes[scalar] {
                folded += latin
            } else if let special = specialLetters[scalar] {
                folded += special
            } else if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                folded.unicodeScalars.append(scalar)
            } else if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue {
                folded += String(Int(digit))
            } else if scalar.properties.isAlphabetic {
                folded.unicodeScalars.append(scalar)
            } else {
                folded += " "
            }
        }
        return folded.split(separator: " ").map(String.init)
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "‘", "ʼ", "`", "´", "′", "ʹ"]

    private static let specialLetters: [Unicode.Scalar: String] = [
        "ł": "l", "đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ı": "i", "ħ": "h",
    ]

    /// Letters from other alphabets that look like Latin ones (Cyrillic, Greek and a few IPA
    /// letters), in lower case: a name typed with one of these looks the same on paper.
    private static let lookAlikes: [Unicode.Scalar: String] = [
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
        "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ү": "y",
        "ɡ": "g", "ɑ": "a", "ɩ": "i", "ο": "o", "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p",
        "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ζ": "z", "η": "n", "μ": "u",
    ]
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
