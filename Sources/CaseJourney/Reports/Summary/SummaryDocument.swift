import Foundation

/// A plain-language document for a parent, independent of how it is printed.
///
/// Words the tool writes are kept apart from words quoted from the case (an action as a worker
/// wrote it), so readability and jargon checks apply to the tool's own words only.
public struct SummaryDocument: Sendable, Equatable {
    public var title: String
    public var subtitle: String
    public var sections: [SummarySection]
    /// Printed at the top of every page: "Private: for Kelly Ash".
    public var privateMark: String?

    public init(title: String, subtitle: String, sections: [SummarySection], privateMark: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
        self.privateMark = privateMark
    }

    /// Every piece of text the tool wrote, one entry per sentence-bearing line, quotes removed.
    public var ownWords: [String] {
        [title, subtitle] + sections.flatMap { section in [section.heading] + section.blocks.flatMap(\.ownWords) }
    }

    /// The same document with every part of a line that holds a kept detail replaced by
    /// "(kept private)": a last guard behind the disclosure policy, which leaves such items out
    /// whole, so that nothing kept from the reader reaches them whatever put it there.
    public func withholding(_ policy: DisclosurePolicy) -> SummaryDocument {
        guard !policy.showsEverything else { return self }
        return SummaryDocument(title: title, subtitle: subtitle, sections: sections.map { section in
            SummarySection(section.heading, section.blocks.map { $0.withholding(policy) })
        }, privateMark: privateMark)
    }

    /// What `withholding(policy)` would replace: each part from the case that holds a kept
    /// detail, with the detail.
    public func keptParts(_ policy: DisclosurePolicy) -> [(text: String, detail: KeptDetail)] {
        guard !policy.showsEverything else { return [] }
        let lines = sections.flatMap { section in section.blocks.flatMap(\.texts) }
        return lines.flatMap(\.parts).compactMap { part in
            switch part {
            case .own, .team, .gloss: nil
            case .quoted(let text), .data(let text): policy.keptDetail(in: text).map { (text, $0) }
            }
        }
    }

    /// Every quotation from the case, whole: workers' words, scored apart from the tool's own.
    public var quotedWords: [String] {
        sections.flatMap { section in section.blocks.flatMap(\.texts) }.flatMap(\.quotations)
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
    /// The few things the reader needs first, in a box at the top of page one.
    case keyFacts([SummaryText])
    /// Things to do, each ticked or not.
    case checklist([ChecklistItem])
    /// Two lists side by side: what worries people and what is going well.
    case sideBySide(leftHeading: String, left: [SummaryText], rightHeading: String, right: [SummaryText])
    /// Words and what they mean.
    case terms([SummaryTerm])
    /// A picture of the journey so far, with its text equivalent.
    case journey(JourneyPicture)

    func withholding(_ policy: DisclosurePolicy) -> SummaryBlock {
        switch self {
        case .paragraph(let text): .paragraph(text.withholding(policy))
        case .bullets(let items): .bullets(items.map { $0.withholding(policy) })
        case .keyFacts(let items): .keyFacts(items.map { $0.withholding(policy) })
        case .checklist(let items):
            .checklist(items.map { ChecklistItem(text: $0.text.withholding(policy), mark: $0.mark, status: $0.status) })
        case let .sideBySide(leftHeading, left, rightHeading, right):
            .sideBySide(leftHeading: leftHeading, left: left.map { $0.withholding(policy) },
                        rightHeading: rightHeading, right: right.map { $0.withholding(policy) })
        case .terms, .journey: self
        }
    }

    /// Every line of text in the block that came from the case.
    public var texts: [SummaryText] {
        switch self {
        case .paragraph(let text): [text]
        case .bullets(let items), .keyFacts(let items): items
        case .checklist(let items): items.map(\.text)
        case let .sideBySide(_, left, _, right): left + right
        case .terms, .journey: []
        }
    }

    var ownWords: [String] {
        switch self {
        case .paragraph(let text): [text.ownWords]
        case .bullets(let items), .keyFacts(let items): items.map(\.ownWords)
        case .checklist(let items): items.map { $0.text.ownWords + "\n" + $0.status }  // the status is printed apart
        case let .sideBySide(leftHeading, left, rightHeading, right):
            [leftHeading] + left.map(\.ownWords) + [rightHeading] + right.map(\.ownWords)
        case .terms(let terms): terms.map { "\($0.term): \($0.meaning)" }
        case .journey(let picture): [picture.caption] + picture.stops.map(\.description)
        }
    }

    var allText: [String] {
        switch self {
        case .paragraph(let text): [text.allText]
        case .bullets(let items), .keyFacts(let items): items.map(\.allText)
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
        /// The team's own details (the social worker, the team's phone, advice services), from
        /// the allocation and the settings: the same for every family, so never taken for a
        /// detail kept from the reader.
        case team(String)
        /// What a word just before means, added by the tool: in square brackets inside a
        /// quotation, in round brackets in the tool's own words.
        case gloss(String, inQuote: Bool)
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

    /// The words quoted from the case, each quotation whole.
    public var quotations: [String] {
        var quotations: [String] = []
        var current: String?
        for part in parts {
            switch part {
            case .quoted(let text): current = (current ?? "") + text
            case .gloss(_, inQuote: true): continue
            default:
                if let quote = current { quotations.append(quote) }
                current = nil
            }
        }
        if let current { quotations.append(current) }
        return quotations
    }

    /// Everything, with quotations in quotation marks and explanations in brackets.
    public var allText: String {
        segments.map { segment in
            switch segment {
            case .plain(let text): text
            case .quotation(let pieces):
                "“" + pieces.map { piece in piece.isGloss ? " [\(piece.text)]" : piece.text }.joined() + "”"
            }
        }.joined()
    }

    /// The parts grouped for printing: a quotation runs on through the explanations inside it.
    public var segments: [Segment] {
        var segments: [Segment] = []
        var quotation: [Segment.Piece] = []
        func closeQuotation() {
            if !quotation.isEmpty { segments.append(.quotation(quotation)) }
            quotation = []
        }
        for part in parts {
            switch part {
            case .quoted(let text): quotation.append(.init(text: text, isGloss: false))
            case .gloss(let meaning, inQuote: true) where !quotation.isEmpty: quotation.append(.init(text: meaning, isGloss: true))
            case .gloss(let meaning, _):
                closeQuotation()
                segments.append(.plain(" (\(meaning))"))
            case .own(let text), .data(let text), .team(let text):
                closeQuotation()
                segments.append(.plain(text))
            }
        }
        closeQuotation()
        return segments
    }

    public enum Segment: Sendable, Equatable {
        public struct Piece: Sendable, Equatable {
            public var text: String
            public var isGloss: Bool
        }
        case plain(String)
        case quotation([Piece])
    }

    /// The same text with any part from the case that holds a kept detail replaced by "(kept
    /// private)". The tool's own words carry nothing from the case, so they are left whole.
    func withholding(_ policy: DisclosurePolicy) -> SummaryText {
        SummaryText(parts.map { part in
            switch part {
            case .own, .team, .gloss: part
            case .quoted(let text), .data(let text): policy.keptDetail(in: text) == nil ? part : .own(SummaryText.keptPrivate)
            }
        })
    }

    static let keptPrivate = "(kept private)"
}

public struct ChecklistItem: Sendable, Equatable {
    public enum Mark: Sendable, Equatable {
        /// `habit`: something to keep doing ("every weekday"), never a single deadline.
        case toDo, done, takenOut, habit
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
        /// `late`: a meeting that should have been held by this day and was not.
        public enum Kind: String, Sendable { case start, meeting, today, next, late }
        public var date: CalendarDate
        public var label: String
        public var kind: Kind

        public init(date: CalendarDate, label: String, kind: Kind) {
            self.date = date
            self.label = label
            self.kind = kind
        }

        /// The text equivalent of this stop.
        public var description: String { "\(SummaryDates.medium(date)): \(label)." }
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
