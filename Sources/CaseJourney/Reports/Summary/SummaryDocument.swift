import Foundation

/// A plain-language document for a parent, independent of how it is printed.
///
/// Words the tool writes are kept apart from words quoted from the case (an action as a worker
/// wrote it), so readability and jargon checks apply to the tool's own words only.
public struct SummaryDocument: Sendable, Equatable {
    public var title: String
    public var subtitle: String
    public var sections: [SummarySection]

    public init(title: String, subtitle: String, sections: [SummarySection]) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
    }

    /// Every piece of text the tool wrote, one entry per sentence-bearing line, quotes removed.
    public var ownWords: [String] {
        [title, subtitle] + sections.flatMap { section in [section.heading] + section.blocks.flatMap(\.ownWords) }
    }

    /// The same document with every occurrence of `values` replaced by "(kept private)": a last
    /// guard so that nothing kept from the reader reaches them through free text.
    public func redacting(_ values: [String]) -> SummaryDocument {
        guard !values.isEmpty else { return self }
        return SummaryDocument(title: title, subtitle: subtitle, sections: sections.map { section in
            SummarySection(section.heading, section.blocks.map { $0.redacting(values) })
        })
    }

    /// Everything the document says, including quoted text: for privacy checks.
    public var allText: String {
        ([title, subtitle] + sections.flatMap { [$0.heading] + $0.blocks.flatMap(\.allText) }).joined(separator: "\n")
    }
}

public struct SummarySection: Sendable, Equatable {
    public var heading: String
    public var blocks: [SummaryBlock]

    public init(_ heading: String, _ blocks: [SummaryBlock]) {
        self.heading = heading
        self.blocks = blocks
    }
}

public enum SummaryBlock: Sendable, Equatable {
    case paragraph(SummaryText)
    case bullets([SummaryText])
    /// Things to do, each ticked or not.
    case checklist([ChecklistItem])
    /// Two lists side by side: what worries people and what is going well.
    case sideBySide(leftHeading: String, left: [SummaryText], rightHeading: String, right: [SummaryText])
    /// Words and what they mean.
    case terms([SummaryTerm])
    /// A picture of the journey so far, with its text equivalent.
    case journey(JourneyPicture)

    func redacting(_ values: [String]) -> SummaryBlock {
        switch self {
        case .paragraph(let text): .paragraph(text.redacting(values))
        case .bullets(let items): .bullets(items.map { $0.redacting(values) })
        case .checklist(let items):
            .checklist(items.map { ChecklistItem(text: $0.text.redacting(values), mark: $0.mark, status: $0.status) })
        case let .sideBySide(leftHeading, left, rightHeading, right):
            .sideBySide(leftHeading: leftHeading, left: left.map { $0.redacting(values) },
                        rightHeading: rightHeading, right: right.map { $0.redacting(values) })
        case .terms, .journey: self
        }
    }

    var ownWords: [String] {
        switch self {
        case .paragraph(let text): [text.ownWords]
        case .bullets(let items): items.map(\.ownWords)
        case .checklist(let items): items.map { $0.text.ownWords + " " + $0.status }
        case let .sideBySide(leftHeading, left, rightHeading, right):
            [leftHeading] + left.map(\.ownWords) + [rightHeading] + right.map(\.ownWords)
        case .terms(let terms): terms.map { "\($0.term): \($0.meaning)" }
        case .journey(let picture): [picture.caption] + picture.stops.map(\.description)
        }
    }

    var allText: [String] {
        switch self {
        case .paragraph(let text): [text.allText]
        case .bullets(let items): items.map(\.allText)
        case .checklist(let items): items.map { $0.text.allText + " " + $0.status }
        case let .sideBySide(leftHeading, left, rightHeading, right):
            [leftHeading] + left.map(\.allText) + [rightHeading] + right.map(\.allText)
        case .terms(let terms): terms.map { "\($0.term): \($0.meaning)" }
        case .journey(let picture): [picture.caption] + picture.stops.map(\.description)
        }
    }
}

/// A line of text: the tool's own words, with any quoted words from the case marked as such.
public struct SummaryText: Sendable, Equatable, ExpressibleByStringLiteral {
    public enum Part: Sendable, Equatable {
        /// The tool's own words: checked for readability and jargon.
        case own(String)
        /// Words a worker wrote, shown in quotation marks exactly as written.
        case quoted(String)
        /// Names, numbers and other details from the case, shown as they are.
        case data(String)
    }

    public var parts: [Part]

    public init(_ parts: [Part]) {
        self.parts = parts
    }

    public init(stringLiteral value: String) {
        parts = [.own(value)]
    }

    public static func own(_ text: String) -> SummaryText { SummaryText([.own(text)]) }
    public static func quote(_ text: String) -> SummaryText { SummaryText([.quoted(text)]) }

    /// The tool's words with quotations and case details left out.
    public var ownWords: String {
        parts.compactMap { part in if case .own(let text) = part { text } else { nil } }.joined()
    }

    /// Everything, with quotations in quotation marks.
    public var allText: String {
        parts.map { part in
            switch part {
            case .own(let text), .data(let text): text
            case .quoted(let text): "“\(text)”"
            }
        }.joined()
    }

    /// The same text with every occurrence of `values` replaced (ignoring case).
    func redacting(_ values: [String]) -> SummaryText {
        SummaryText(parts.map { part in
            switch part {
            case .own(let text): .own(Redaction.apply(values, to: text))
            case .quoted(let text): .quoted(Redaction.apply(values, to: text))
            case .data(let text): .data(Redaction.apply(values, to: text))
            }
        })
    }
}

public struct ChecklistItem: Sendable, Equatable {
    public enum Mark: Sendable, Equatable {
        case toDo, done, takenOut
    }

    public var text: SummaryText
    public var mark: Mark
    /// "Done on ...", "To do by ...", "Not done yet. It was due by ...".
    public var status: String

    public init(text: SummaryText, mark: Mark, status: String) {
        self.text = text
        self.mark = mark
        self.status = status
    }

    public var done: Bool { mark == .done }
}

public struct SummaryTerm: Sendable, Equatable {
    public var term: String
    public var meaning: String

    public init(term: String, meaning: String) {
        self.term = term
        self.meaning = meaning
    }
}

/// The journey drawn as a line: plan start, meetings so far, today, the next review.
public struct JourneyPicture: Sendable, Equatable {
    public struct Stop: Sendable, Equatable {
        public enum Kind: String, Sendable { case start, meeting, today, next }
        public var date: CalendarDate
        public var label: String
        public var kind: Kind

        public init(date: CalendarDate, label: String, kind: Kind) {
            self.date = date
            self.label = label
            self.kind = kind
        }

        /// The text equivalent of this stop.
        public var description: String { "\(SummaryDates.long(date)): \(label)." }
    }

    public var caption: String
    public var stops: [Stop]

    public init(caption: String, stops: [Stop]) {
        self.caption = caption
        self.stops = stops.sorted { $0.date < $1.date }
    }
}

/// Dates written the way people say them: "Monday 23 November 2026".
public enum SummaryDates {
    private static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]

    public static func long(_ date: CalendarDate) -> String {
        "\(weekdays[date.isoWeekday - 1]) \(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// "23 November 2026".
    public static func medium(_ date: CalendarDate) -> String {
        "\(date.day) \(months[date.month - 1]) \(date.year)"
    }
}

/// Removes confidential details from free text: the last guard for what a worker may have typed
/// into an action or a reason. Matching ignores case, spacing and the kind of apostrophe, and
/// also looks for the telling parts of an address, a school or a workplace ("Orchard Row",
/// "EF3 8PL", "St Anne's"). It cannot catch a detail put in other words, which is why the
/// summary also leaves out whatever was ever in the hands of someone kept from the reader.
enum Redaction {
    static let replacement = "(kept private)"

    /// The details to look for, from each confidential value: the whole value, each
    /// comma-separated part, the part without its house number, and the part without a
    /// generic last word (Primary, School, Centre, ...). Single ordinary words are left alone.
    static func searchTerms(for values: [String]) -> [String] {
        let generic: Set<String> = ["primary", "school", "academy", "nursery", "college", "centre", "center", "road",
                                    "street", "lane", "close", "avenue", "way"]
        var terms: [String] = []
        for value in values where !value.isBlank {
            terms.append(value)
            for part in value.split(separator: ",").map({ String($0).trimmed }) {
                var words = part.split(separator: " ").map(String.init)
                if words.count >= 2 || part.contains(where: \.isNumber) { terms.append(part) }
                // A postcode: the last two words, both with digits ("EF3 8PL").
                if words.count > 2, words.suffix(2).allSatisfy({ $0.contains(where: \.isNumber) }) {
                    terms.append(words.suffix(2).joined(separator: " "))
                }
                while let first = words.first, first.contains(where: \.isNumber), words.count > 2 { words.removeFirst() }
                if words.count >= 2 { terms.append(words.joined(separator: " ")) }
                if words.count >= 3, generic.contains(words.last!.lowercased()) {
                    terms.append(words.dropLast().joined(separator: " "))
                }
            }
        }
        // Longest first, so a whole address goes before its parts.
        return Array(Set(terms)).sorted { $0.count > $1.count }
    }

    static func apply(_ values: [String], to text: String) -> String {
        var result = text
        for term in searchTerms(for: values) {
            guard let pattern = try? NSRegularExpression(pattern: flexiblePattern(term), options: [.caseInsensitive]) else { continue }
            result = pattern.stringByReplacingMatches(in: result, range: NSRange(result.startIndex..., in: result),
                                                      withTemplate: NSRegularExpression.escapedTemplate(for: replacement))
        }
        return result
    }

    /// The term as a pattern that allows any spacing (or none) between characters where the
    /// term has a space, and any apostrophe where it has one.
    static func flexiblePattern(_ term: String) -> String {
        var pattern = ""
        for character in term {
            switch character {
            case " ": pattern += "\\s*"
            case "'", "’", "‘": pattern += "['’‘]?"
            default: pattern += NSRegularExpression.escapedPattern(for: String(character))
            }
        }
        return pattern
    }
}
