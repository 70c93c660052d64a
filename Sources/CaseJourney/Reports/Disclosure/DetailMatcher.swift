/// A detail kept from a reader: where someone lives, works, or takes a child to school, their
/// phone or e-mail, or the name of a person or service the reader must not learn of.
public struct KeptDetail: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case phone, email
        /// An address: recognised by its distinctive parts, its street with the house number,
        /// its street's abbreviation, its town and its postcode.
        case place
        /// A school or a workplace: as a place, and also by its name even when every word of the
        /// name is an ordinary one ("Green Lane Primary School" by "Green Lane").
        case institution
        /// The agency of a professional kept from the reader: by its whole name, even one made
        /// of ordinary words ("Women's Aid"), and by its distinctive parts.
        case agency
        /// A person's or a professional's name.
        case name
    }

    public var kind: Kind
    /// "Gemma Evans's address", for the worker's list of what was left out.
    public var label: String
    public var value: String

    public init(_ kind: Kind, label: String, value: String) {
        self.kind = kind
        self.label = label
        self.value = value
    }
}

/// Finds kept details in free text the way a person would recognise them: a phone number by its
/// digits whatever the spacing, separators or +44 (or by its last six digits, the number without
/// its area code); a postcode with or without its space; an e-mail in any case; an address,
/// school, workplace or agency by each distinctive part (a name such as "Brookside", the street
/// without its number, the street with its number, the street with its usual abbreviation, the
/// town), after `NormalisedText` has removed case, accents, apostrophes, look-alike letters and
/// invisible characters.
///
/// Generic words ("Primary", "School", "Road", "Centre") are never a detail on their own: a part
/// is distinctive when it has a word of three or more letters that is not on `genericWords`, or
/// when, like "Co-op", it is a name made only of short words. A name or distinctive word that is
/// also an ordinary English word ("Will", "Dawn", "Next") counts only where it is written with a
/// capital letter, so "Dean will go" is not taken for Will.
public struct DetailMatcher: Sendable {
    struct Term: Sendable {
        enum Pattern: Sendable {
            /// Normalised words; `capital`: a single word counts only where it was capitalised.
            case words(String, capital: Bool)
            case compact(String)
            case digits(String)
        }
        var pattern: Pattern
        var detail: Int
    }

    public let details: [KeptDetail]
    let terms: [Term]
    /// Full names (normalised) of people who are not kept, taken out of a text before names are
    /// looked for, so the worker "Sam Okafor" is not taken for a kept "Sam Reid".
    let otherNames: [String]

    public init(_ details: [KeptDetail], otherNames: [String] = []) {
        self.details = details
        terms = details.enumerated().flatMap { index, detail in
            DetailMatcher.patterns(for: detail).map { Term(pattern: $0, detail: index) }
        }
        self.otherNames = otherNames.map { NormalisedText.words(of: $0).joined(separator: " ") }.filter { $0.contains(" ") }
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// The first kept detail `text` holds, if any.
    public func firstMatch(in text: String) -> KeptDetail? {
        guard !terms.isEmpty, !text.isEmpty else { return nil }
        let normalised = NormalisedText(text)
        let withoutOthers = normalised.removing(otherNames)
        for term in terms {
            let detail = details[term.detail]
            if DetailMatcher.matches(term.pattern, detail.kind == .name ? withoutOthers : normalised) { return detail }
        }
        return nil
    }

    static func matches(_ pattern: Term.Pattern, _ text: NormalisedText) -> Bool {
        switch pattern {
        case let .words(phrase, capital): text.containsWords(phrase, capital: capital)
        case .compact(let postcode): text.compact.contains(postcode)
        case .digits(let digits): text.digitRuns.contains { $0.contains(digits) }
        }
    }

    /// The ways `detail` can be recognised.
    static func patterns(for detail: KeptDetail) -> [Term.Pattern] {
        switch detail.kind {
        case .phone:
            var digits = detail.value.filter(\.isASCIIDigit)
            if digits.hasPrefix("44") && digits.count > 10 { digits.removeFirst(2) }
            while digits.hasPrefix("0") { digits.removeFirst() }
            guard digits.count >= 6 else { return [] }
            // The number without its area code is how it is often written locally.
            return digits.count >= 9 ? [.digits(digits), .digits(String(digits.suffix(6)))] : [.digits(digits)]
        case .email:
            let words = NormalisedText.words(of: detail.value)
            var patterns: [Term.Pattern] = words.isEmpty ? [] : [.words(words.joined(separator: " "), capital: false)]
            if let at = detail.value.firstIndex(of: "@") {
                let local = NormalisedText.words(of: String(detail.value[..<at]))
                if local.joined().count >= 4 { patterns.append(.words(local.joined(separator: " "), capital: false)) }
            }
            return patterns
        case .name:
            let words = NormalisedText.words(of: detail.value)
            guard !words.isEmpty, words.joined().count >= 2 else { return [] }
            return [.words(words.joined(separator: " "), capital: words.count == 1 && commonWords.contains(words[0]))]
        case .place, .institution, .agency:
            var patterns = distinctiveParts(of: detail.value).map { part -> Term.Pattern in
                part.isPostcode ? .compact(part.words.joined())
                    : .words(part.words.joined(separator: " "), capital: part.words.count == 1 && commonWords.contains(part.words[0]))
            }
            if detail.kind != .place {
                patterns += nameParts(of: detail.value, whole: detail.kind == .agency).map { .words($0.joined(separator: " "), capital: false) }
            }
            return patterns
        }
    }

    /// The name of a school, workplace or agency, even when every word of it is an ordinary one:
    /// its first part without the words that say what kind of place it is ("Green Lane" of
    /// "Green Lane Primary School"), and for an agency the whole name and every run of two or more
    /// of its words ("Women's Aid").
    static func nameParts(of value: String, whole: Bool) -> [[String]] {
        var parts: [[String]] = []
        let first = NormalisedText.words(of: String(value.split(separator: ",").first ?? Substring(value)))
        var name = first
        while let last = name.last, placeKinds.contains(last) { name.removeLast() }
        if name.joined().count >= 3 && name != ["the"] { parts.append(name) }
        if whole, first.joined().count >= 3 {
            // An agency is also known by any two or more of its words in a row: "Women's Aid" of
            // "Eastfield Women's Aid".
            for length in stride(from: first.count, through: 2, by: -1) {
                for start in 0...(first.count - length) { parts.append(Array(first[start..<(start + length)])) }
            }
            if first.count == 1 { parts.append(first) }
        }
        return parts
    }

    /// One way of recognising a place: normalised words, or a postcode.
    public struct Part: Sendable, Equatable {
        public var words: [String]
        public var isPostcode: Bool
    }

    /// Every distinctive part of an address, school, workplace or agency: the whole, each
    /// comma-separated part without its house or flat number (and, for a street with only
    /// ordinary words, with it: "27 High Street"), the street with its usual abbreviation, the
    /// postcode, and each distinctive word.
    public static func distinctiveParts(of value: String) -> [Part] {
        var parts: [Part] = []
        func add(_ words: [String], postcode: Bool = false) {
            guard !words.isEmpty else { return }
            let part = Part(words: words, isPostcode: postcode)
            if !parts.contains(part) { parts.append(part) }
        }
        let whole = NormalisedText.words(of: value)
        if isDistinctive(whole) { add(whole) }
        for piece in value.split(whereSeparator: { $0 == "," || $0 == "\n" || $0 == ";" }) {
            var words = NormalisedText.words(of: String(piece))
            if words.count >= 2, isPostcode(words.suffix(2).joined(separator: " ")) {
                add(Array(words.suffix(2)), postcode: true)
                words.removeLast(2)
            } else if let last = words.last, isPostcode(last) {
                add([last], postcode: true)
                words.removeLast()
            }
            // "Flat 2", "9", "Unit 4B": numbers say which door, not where.
            let numbered = words
            words.removeAll { word in numberWords.contains(word) || word.first?.isASCIIDigit == true }
            if !isDistinctive(words) {
                // "27 High Street": ordinary words, but with the number it is one place.
                if let number = numbered.last(where: { $0.first?.isASCIIDigit == true }), words.count >= 2 {
                    add([number] + words)
                    if let short = streetAbbreviations[words.last!] { for form in short { add([number] + words.dropLast() + [form]) } }
                }
                continue
            }
            add(words)
            if let last = words.last, let abbreviations = streetAbbreviations[last] {
                for short in abbreviations { add(words.dropLast() + [short]) }
            }
            for word in words where isDistinctiveWord(word) { add([word]) }
        }
        return parts
    }

    /// A part is distinctive when it has a distinctive word, or is a name made only of short
    /// words ("Co-op").
    static func isDistinctive(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return false }
        if words.contains(where: isDistinctiveWord) { return true }
        return !words.allSatisfy { genericWords.contains($0) || $0.allSatisfy(\.isASCIIDigit) }
            && words.joined().count >= 3
    }

    static func isDistinctiveWord(_ word: String) -> Bool {
        word.count >= 3 && !genericWords.contains(word) && !word.allSatisfy(\.isASCIIDigit)
    }

    /// UK postcodes: "ef3 8pl", "sw1a 1aa", "m1 1ae", with or without the space.
    static func isPostcode(_ text: String) -> Bool {
        let compact = text.replacingOccurrences(of: " ", with: "")
        guard (5...7).contains(compact.count), compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return false }
        let characters = Array(compact)
        let inward = characters.suffix(3)
        guard inward.first!.isNumber, inward.dropFirst().allSatisfy(\.isLetter) else { return false }
        let outward = characters.dropLast(3)
        return outward.first!.isLetter && outward.contains(where: \.isNumber)
    }

    /// Words that say what kind of school or workplace something is, taken off the end of its
    /// name ("Primary School", "Garden Centre").
    static let placeKinds: Set<String> = [
        "school", "primary", "secondary", "infant", "junior", "nursery", "academy", "college", "university", "high", "centre",
        "center", "garden", "ltd", "limited", "plc", "group", "service", "shop", "store", "supermarket", "cafe", "office",
        "surgery", "clinic", "practice", "hospital", "trust", "club", "church", "ce", "rc", "and",
    ]

    /// Names and place words that are also ordinary English words: they count only where they
    /// are written with a capital letter.
    public static let commonWords: Set<String> = [
        "will", "dawn", "grace", "hope", "joy", "faith", "rose", "amber", "pearl", "may", "june", "april", "summer", "autumn",
        "holly", "ivy", "daisy", "jack", "mark", "bill", "rob", "pat", "sue", "art", "ray", "guy", "frank", "mile", "rich",
        "drew", "chase", "hunter", "bob", "carol", "eve", "jade", "robin", "sky", "storm", "star", "sunny", "violet", "wren",
        "crystal", "destiny", "harmony", "honor", "iri", "penny", "sandy", "sage", "river", "rain", "brook", "cliff", "dale",
        "glen", "heath", "don", "max", "next", "boot", "well", "pet", "home", "lush", "fortune", "gift", "glory", "hazel",
        "olive", "poppy", "ruby", "serenity", "trinity", "lane", "park", "page", "read", "reed", "rowan", "stone", "wood",
        "young", "long", "king", "hall", "hill", "green", "white", "black", "brown", "grey", "gray",
    ]

    /// Words that say what kind of place something is, not which one. On their own they are
    /// never a detail.
    public static let genericWords: Set<String> = [
        // kinds of place
        "school", "primary", "secondary", "infant", "infants", "junior", "juniors", "nursery", "academy", "college", "university",
        "high", "church", "ce", "rc", "community", "centre", "center", "garden", "gardens", "hospital", "surgery", "clinic",
        "health", "practice", "medical", "children", "childrens", "family", "families", "services", "service", "council",
        "office", "offices", "shop", "store", "stores", "supermarket", "cafe", "restaurant", "pub", "bar", "hotel", "house",
        "ltd", "limited", "plc", "group", "trust", "foundation", "club", "hall", "library", "station", "depot", "works",
        "factory", "warehouse", "estate", "industrial", "business", "retail", "park", "leisure", "sports", "home", "care",
        // streets
        "road", "rd", "street", "st", "close", "cl", "lane", "ln", "avenue", "ave", "av", "way", "drive", "dr", "crescent",
        "cres", "place", "pl", "court", "ct", "terrace", "terr", "tce", "grove", "gr", "square", "sq", "row", "walk", "hill",
        "mews", "green", "view", "parade", "rise", "gdns", "pk",
        // numbers and doors
        "flat", "unit", "apartment", "apt", "floor", "block", "room", "no", "number",
        // words that name what a service does, not which one it is
        "safe", "safety", "help", "support", "hope", "women", "womens", "men", "mens", "aid", "advice", "project",
        "partnership", "network", "team", "city", "town", "county", "borough", "district", "village", "local", "national",
        // small words and directions
        "the", "of", "and", "at", "in", "on", "for", "by", "to", "a", "an", "north", "south", "east", "west", "upper",
        "lower", "new", "old", "great", "little", "saint", "uk", "england", "wales",
    ]

    static let numberWords: Set<String> = ["flat", "unit", "apartment", "apt", "floor", "block", "room", "no", "number"]

    /// The usual short forms of street words: "Larch Close" is also written "Larch Cl".
    static let streetAbbreviations: [String: [String]] = [
        "road": ["rd"], "street": ["st"], "close": ["cl"], "lane": ["ln"], "avenue": ["ave", "av"], "drive": ["dr"],
        "crescent": ["cres"], "place": ["pl"], "court": ["ct"], "terrace": ["terr", "tce"], "grove": ["gr"], "square": ["sq"],
        "gardens": ["gdns"], "park": ["pk"],
    ]
}
