/// The summary as plain text for a terminal or an email, wrapped at 80 columns.
public enum SummaryTextRenderer {
    public static func render(_ document: SummaryDocument) -> String {
        var lines = [document.title, String(repeating: "=", count: document.title.count), document.subtitle]
        // Printed or sent on, a text summary says whose it is, as every printed page does.
        if let mark = document.privateMark { lines.append(mark + ".") }
        for section in document.sections {
            lines += ["", section.heading, String(repeating: "-", count: section.heading.count)]
            for block in section.blocks {
                lines += render(block)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func render(_ block: SummaryBlock) -> [String] {
        switch block {
        case .paragraph(let text):
            return wrap(text.allText)
        case .bullets(let items):
            return items.flatMap { wrap($0.allText, first: "- ", rest: "  ") }
        case .keyFacts(let items):
            let rule = String(repeating: "*", count: 40)
            return [rule] + items.flatMap { wrap($0.allText, first: "* ", rest: "  ") } + [rule]
        case .checklist(let items):
            return items.flatMap { item in
                wrap("\(item.text.allText) (\(item.status))", first: box(item.mark), rest: "    ")
            }
        case let .sideBySide(leftHeading, left, rightHeading, right):
            return ["\(leftHeading):"] + left.flatMap { wrap($0.allText, first: "- ", rest: "  ") }
                + ["", "\(rightHeading):"] + right.flatMap { wrap($0.allText, first: "- ", rest: "  ") }
        case .terms(let terms):
            return terms.flatMap { wrap("\($0.term): \($0.meaning)", first: "- ", rest: "  ") }
        case .journey(let picture):
            return wrap(picture.caption) + picture.stops.flatMap { stop in
                wrap(stop.description, first: "- ", rest: "  ")
            }
        }
    }

    /// Words, not computer markings: "Done:", "To do:", "Taken out:".
    static func box(_ mark: ChecklistItem.Mark) -> String {
        switch mark {
        case .toDo: "To do: "
        case .done: "Done: "
        case .takenOut: "Taken out: "
        case .habit: "Keep doing: "
        }
    }

    /// Wraps at word boundaries to 80 columns.
    static func wrap(_ text: String, first: String = "", rest: String = "", width: Int = 80) -> [String] {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        // A line break typed into a worry is folded into the line, so it cannot pass for a heading.
        for word in text.split(whereSeparator: { $0 == " " || $0.isNewline || $0 == "\t" }) {
            if lineHasWord, line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }
}

/// The summary as Markdown, for pasting into a letter or an email.
public enum SummaryMarkdownRenderer {
    public static func render(_ document: SummaryDocument) -> String {
        var lines = ["# \(escape(document.title))", "", escape(document.subtitle)]
        if let mark = document.privateMark { lines += ["", "**\(escape(mark)).**"] }
        for section in document.sections {
            lines += ["", "## \(escape(section.heading))", ""]
            for block in section.blocks {
                lines += render(block) + [""]
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func render(_ block: SummaryBlock) -> [String] {
        switch block {
        case .paragraph(let text): [escape(text.allText)]
        case .bullets(let items): items.map { "- " + escape($0.allText) }
        case .keyFacts(let items): items.map { "> - " + escape($0.allText) }
        case .checklist(let items): items.map { "- \(SummaryTextRenderer.box($0.mark))\(escape($0.text.allText)) (\(escape($0.status)))" }
        case let .sideBySide(leftHeading, left, rightHeading, right):
            ["**\(escape(leftHeading))**", ""] + left.map { "- " + escape($0.allText) }
                + ["", "**\(escape(rightHeading))**", ""] + right.map { "- " + escape($0.allText) }
        case .terms(let terms): terms.map { "- **\(escape($0.term))**: \(escape($0.meaning))" }
        case .journey(let picture): [escape(picture.caption), ""] + picture.stops.map { "- " + escape($0.description) }
        }
    }

    /// Keeps case text from being read as Markdown formatting; a line break becomes a space, so
    /// typed text cannot leave its bullet.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character.isNewline || character == "\t" {
                escaped.append(" ")
                continue
            }
            // `&` too: a Markdown reader would show "Gem&shy;ma" as "Gemma".
            if "\\`*_[]#<>|&".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
