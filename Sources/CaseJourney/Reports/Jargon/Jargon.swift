/// A word or abbreviation professionals use that a parent may not know (see `Jargon.list`).
public struct JargonTerm: Sendable, Equatable {
    /// Every spelling that means this term, the longest first: ["DNA'd", "DNA"].
    public var spellings: [String]
    /// What it means, in words a parent uses: short enough to follow the word in brackets.
    public var meaning: String
    /// Advice for the person writing it ("Say what actually happened."): shown to workers when
    /// they type the word, never printed for a family.
    public var advice: String?
    /// For single letters used for people ("M did not attend"): only counts when a lower-case
    /// word follows and no title comes before, so "Dr M Patel" is a name, not a mother.
    public var onlyBeforeLowercaseWord: Bool

    public init(_ spellings: [String], means meaning: String, advice: String? = nil, onlyBeforeLowercaseWord: Bool = false) {
        self.spellings = spellings
        self.meaning = meaning
        self.advice = advice
        self.onlyBeforeLowercaseWord = onlyBeforeLowercaseWord
    }

    public var headword: String { spellings[0] }
}

/// One place a term is used in a text.
public struct JargonMatch: Sendable, Equatable {
    public var term: JargonTerm
    /// The word as the text wrote it ("s47", "DNA'd").
    public var written: String
    /// The spelling from the list it matched ("s47"): each spelling is explained once.
    public var spelling: String
    public var range: Range<String.Index>

}

/// Finds the terms of `Jargon.list` in text, and abbreviations nobody has explained.
public enum Jargon {
    /// Every use of a listed term in `text`, in order, whole words only; where two overlap the
    /// longer wins ("child protection conference" over "CP").
    public static func matches(in text: String) -> [JargonMatch] {
        var found: [JargonMatch] = []
        // Most texts hold few listed words: a quick byte search in lower case rules out the rest
        // before the careful whole-word search.
        let lowered = Array(text.lowercased().utf8)
        for (term, needles) in zip(list, loweredSpellings) {
            for (spelling, needle) in zip(term.spellings, needles) where contains(lowered, needle) {
                found += ranges(of: spelling, in: text, term: term).map {
                    JargonMatch(term: term, written: String(text[$0]), spelling: spelling, range: $0)
                }
            }
        }
        found.sort { ($0.range.lowerBound, text.distance(from: $1.range.lowerBound, to: $1.range.upperBound))
            < ($1.range.lowerBound, text.distance(from: $0.range.lowerBound, to: $0.range.upperBound)) }
        var kept: [JargonMatch] = []
        for match in found where kept.last.map({ $0.range.upperBound <= match.range.lowerBound }) ?? true {
            kept.append(match)
        }
        return kept
    }

    /// Each term's spellings in lower case, as bytes, in the order of `list`.
    private static let loweredSpellings: [[[UInt8]]] = list.map { $0.spellings.map { Array($0.lowercased().utf8) } }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }

    /// The terms used in `text`, each once, in the order of the list.
    public static func termsUsed(in text: String) -> [JargonTerm] {
        let used = matches(in: text).map(\.term.headword)
        return list.filter { used.contains($0.headword) }
    }

    /// Words in capitals of two to five letters that are not in the list, not familiar ("GP"),
    /// and not one of `names` (an agency called "NSPCC", a family name): abbreviations a parent
    /// may not know and nobody can explain for them.
    public static func unexplainedAbbreviations(in text: String, names: Set<String> = []) -> [String] {
        // What the list explains is taken out first, so "DNA'd" leaves no "DNA" behind.
        var rest = text
        for match in matches(in: text).reversed() { rest.replaceSubrange(match.range, with: " ") }
        var seen: [String] = []
        for word in rest.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "&") }).map(String.init) {
            let letters = word.filter(\.isLetter)
            guard (2...5).contains(letters.count), letters.allSatisfy(\.isUppercase), word.first?.isLetter == true else { continue }
            guard !familiarAbbreviations.contains(word), !names.contains(word), !seen.contains(word) else { continue }
            seen.append(word)
        }
        return seen
    }

    /// The words in `names` (people, services, the family name) that an abbreviation check
    /// should take as names.
    public static func nameWords(_ names: [String]) -> Set<String> {
        Set(names.flatMap { $0.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "&") }).map(String.init) })
    }

    /// Whole-word ranges of `spelling` in `text`. Short spellings in capitals match only in
    /// capitals; others ignore case. A letter, a digit or a hyphen next to it makes it part of
    /// another word ("re" in "re-referral" is not "re"), and so does an apostrophe before it
    /// ("re" in "we're").
    static func ranges(of spelling: String, in text: String, term: JargonTerm) -> [Range<String.Index>] {
        let letters = spelling.filter(\.isLetter)
        let capitals = letters.count <= 6 && !letters.isEmpty && letters.allSatisfy(\.isUppercase)
        let options: String.CompareOptions = capitals ? [] : [.caseInsensitive]
        var ranges: [Range<String.Index>] = []
        var start = text.startIndex
        while start < text.endIndex, let range = text.range(of: spelling, options: options, range: start..<text.endIndex) {
            start = range.upperBound
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            func joins(_ character: Character?) -> Bool { character.map { $0.isLetter || $0.isNumber || $0 == "-" } ?? false }
            guard !joins(before), !joins(after), before != "'", before != "’" else { continue }
            if term.onlyBeforeLowercaseWord && !isFollowedByLowercaseWord(range, in: text) { continue }
            ranges.append(range)
        }
        return ranges
    }

    /// "M did ..." but not "M." (an initial), "M Patel", "Dr M ..." or "Flat F above".
    private static func isFollowedByLowercaseWord(_ range: Range<String.Index>, in text: String) -> Bool {
        let rest = text[range.upperBound...]
        guard rest.first == " ", let next = rest.dropFirst().first, next.isLowercase else { return false }
        let before = text[..<range.lowerBound].split(separator: " ").last.map(String.init) ?? ""
        return !before.contains(where: \.isLetter) || before.hasSuffix(";") || before.hasSuffix(".") && !titles.contains(before)
    }

    /// Words after which a single letter is part of a name or a place, not a person.
    private static let titles: Set<String> = ["Dr.", "Mr.", "Mrs.", "Ms.", "St."]
}
