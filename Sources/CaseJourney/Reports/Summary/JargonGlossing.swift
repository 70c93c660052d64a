/// Explains every listed word the first time a summary uses it, in place, and collects the
/// words for "Words you may hear" as the text wrote them.
///
/// A worker's words are never changed: the meaning goes after the word in square brackets inside
/// the quotation ("DNA'd [did not come to an appointment]"); in the tool's own words it goes in
/// round brackets, unless the tool's sentence already explains it in a bracket. Each spelling is
/// explained once, so "RCPC" is explained even after "review conference".
struct JargonGlossing {
    /// The spellings explained so far.
    private var explained: Set<String> = []
    /// Each spelling used, as the text first wrote it, in order of first use.
    private(set) var used: [(written: String, term: JargonTerm)] = []
    /// Terms used where no explanation can go (a heading, say) before any explanation.
    private(set) var unexplained: [String] = []

    /// The document with every term explained at its first use, and "Words you may hear" added
    /// at the end when any term was used.
    static func apply(to document: SummaryDocument) -> (document: SummaryDocument, unexplained: [String]) {
        var glossing = JargonGlossing()
        var sections = document.sections.map { section in
            glossing.check(section.heading)
            return SummarySection(section.heading, section.blocks.map { glossing.gloss($0) })
        }
        if !glossing.used.isEmpty {
            sections.append(SummarySection("Words you may hear", [
                .terms(glossing.used.map { SummaryTerm(term: $0.written, meaning: PlanSummaryBuilder.capitalised($0.term.meaning) + ".") }),
            ]))
        }
        return (SummaryDocument(title: document.title, subtitle: document.subtitle, sections: sections, privateMark: document.privateMark),
                glossing.unexplained)
    }

    mutating func gloss(_ block: SummaryBlock) -> SummaryBlock {
        switch block {
        case .paragraph(let text): return .paragraph(gloss(text))
        case .bullets(let items): return .bullets(items.map { gloss($0) })
        case .keyFacts(let items): return .keyFacts(items.map { gloss($0) })
        case .checklist(let items):
            return .checklist(items.map { item in
                let text = gloss(item.text)
                check(item.status)
                return ChecklistItem(text: text, mark: item.mark, status: item.status)
            })
        case let .sideBySide(leftHeading, left, rightHeading, right):
            check(leftHeading)
            let glossedLeft = left.map { gloss($0) }
            check(rightHeading)
            return .sideBySide(leftHeading: leftHeading, left: glossedLeft, rightHeading: rightHeading, right: right.map { gloss($0) })
        case .terms: return block
        case .journey(var picture):
            // A label in the picture cannot hold a bracket: explain its terms under the caption.
            var sentences: [String] = []
            for stop in picture.stops {
                for match in Jargon.matches(in: stop.label) where !explained.contains(match.spelling) {
                    note(match)
                    sentences.append("\(PlanSummaryBuilder.capitalised(match.written)) means \(match.term.meaning).")
                }
            }
            if !sentences.isEmpty { picture.caption += " " + sentences.joined(separator: " ") }
            return .journey(picture)
        }
    }

    mutating func gloss(_ text: SummaryText) -> SummaryText {
        SummaryText(text.parts.flatMap { part -> [SummaryText.Part] in
            switch part {
            case .own(let words): gloss(words, rebuild: SummaryText.Part.own, inQuote: false, ownWords: true)
            case .quoted(let words): gloss(words, rebuild: SummaryText.Part.quoted, inQuote: true)
            case .data(let words): gloss(words, rebuild: SummaryText.Part.data, inQuote: false)
            case .team, .gloss: [part]
            }
        })
    }

    private mutating func gloss(
        _ words: String, rebuild: (String) -> SummaryText.Part, inQuote: Bool, ownWords: Bool = false
    ) -> [SummaryText.Part] {
        var parts: [SummaryText.Part] = []
        var start = words.startIndex
        for match in Jargon.matches(in: words) where !explained.contains(match.spelling) {
            note(match)
            // Only the tool's own sentence is trusted to explain a word in its own bracket, or to
            // give the word itself in a bracket after saying what it means.
            if ownWords && (words[match.range.upperBound...].hasPrefix(" (") || Self.insideBracket(match.range, of: words)) { continue }
            parts.append(rebuild(String(words[start..<match.range.upperBound])))
            parts.append(.gloss(match.term.meaning, inQuote: inQuote))
            start = match.range.upperBound
        }
        if start < words.endIndex || parts.isEmpty { parts.append(rebuild(String(words[start...]))) }
        return parts
    }

    private static func insideBracket(_ range: Range<String.Index>, of words: String) -> Bool {
        let before = words[..<range.lowerBound]
        return before.filter { $0 == "(" }.count > before.filter { $0 == ")" }.count
    }

    /// Text that cannot hold an explanation: a term in it that is not yet explained is a fault.
    mutating func check(_ words: String) {
        for match in Jargon.matches(in: words) where !explained.contains(match.spelling) {
            unexplained.append(match.written)
        }
    }

    private mutating func note(_ match: JargonMatch) {
        explained.insert(match.spelling)
        used.append((match.written, match.term))
    }
}
