/// The summary as one self-contained HTML page (no scripts, no network) that prints well on A4:
/// large type, clear headings, the actions as a checklist, and a picture of the journey drawn as
/// inline SVG with its text equivalent beside it.
public enum SummaryHTMLRenderer {
    public static func render(_ document: SummaryDocument) -> String {
        var body = "<header>\n<h1>\(escape(document.title))</h1>\n<p class=\"subtitle\">\(escape(document.subtitle))</p>\n</header>\n"
        for section in document.sections {
            body += "<section>\n"
            // The heading and the start of what follows stay on one page.
            var blocks = section.blocks[...]
            body += "<div class=\"keep\">\n<h2>\(escape(section.heading))</h2>\n"
            if let first = blocks.first, first.isShort {
                body += render(first)
                blocks = blocks.dropFirst()
            }
            body += "</div>\n"
            for block in blocks { body += render(block) }
            body += "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(document.title))</title>
            <style>
            \(pageRule(document.privateMark))
            \(stylesheet)
            </style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }

    /// Every printed page carries the private mark at the top and its number at the foot.
    private static func pageRule(_ mark: String?) -> String {
        let top = mark.map { "@top-left { content: \(cssString($0)); font: bold 11pt Arial, \"Liberation Sans\", sans-serif; }" } ?? ""
        return """
            @page { size: A4; margin: 20mm 16mm 20mm; \(top)
              @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 11pt Arial, "Liberation Sans", sans-serif; } }
            """
    }

    /// A CSS string: quotes, backslashes and anything that could end the style sheet escaped.
    static func cssString(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&": escaped += "\\" + String(scalar.value, radix: 16) + " "
            default: escaped += scalar.value < 0x20 || scalar.value == 0x7F ? " " : String(scalar)
            }
        }
        return escaped + "\""
    }

    private static let stylesheet = """
        body { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 14pt; line-height: 1.5; color: #111; background: #fff; margin: 0; }
        main { max-width: 46em; margin: 0 auto; padding: 1em; }
        @media print { main { padding: 0; max-width: none; } }
        h1 { font-size: 24pt; margin: 0 0 0.2em; }
        h2 { font-size: 17pt; margin: 1.2em 0 0.4em; border-bottom: 2px solid #333; padding-bottom: 0.1em; break-after: avoid; }
        h3 { font-size: 14pt; margin: 0.4em 0; break-after: avoid; }
        .keep { break-inside: avoid; }
        .subtitle { margin: 0; font-size: 13pt; color: #333; }
        ul { padding-left: 1.3em; margin: 0.3em 0; }
        li { margin: 0.2em 0; break-inside: avoid; }
        .first { border: 3px solid #111; border-radius: 8px; padding: 0.3em 1em; margin: 0.8em 0; break-inside: avoid; }
        .first ul { padding-left: 1.1em; }
        ul.checklist { list-style: none; padding-left: 0; }
        ul.checklist li { padding-left: 1.8em; position: relative; }
        ul.checklist .box { position: absolute; left: 0; top: 0.15em; width: 1.05em; height: 1.05em; border: 2px solid #111; border-radius: 3px; text-align: center; line-height: 1em; font-weight: bold; }
        ul.checklist .status { color: #333; font-size: 12pt; display: block; }
        .columns { display: flex; gap: 1.5em; align-items: flex-start; }
        .columns > div { flex: 1; border: 1px solid #999; border-radius: 6px; padding: 0.4em 0.8em; break-inside: auto; }
        /* On paper the two boxes stack, so a long list of worries can run on to the next page. */
        @media print { .columns { display: block; } .columns > div { margin-bottom: 0.6em; } }
        q { quotes: "“" "”"; font-style: normal; background: #eee; padding: 0 0.1em; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
        .gloss { font-style: italic; }
        dl dt { font-weight: bold; margin-top: 0.4em; break-after: avoid; }
        dl dd { margin: 0 0 0 1em; }
        figure { margin: 0.5em 0; break-inside: avoid; }
        svg { width: 100%; max-width: 32em; height: auto; }
        figcaption { font-size: 12pt; }
        """

    private static func render(_ block: SummaryBlock) -> String {
        switch block {
        case .paragraph(let text):
            return "<p>\(html(text))</p>\n"
        case .bullets(let items):
            return "<ul>\n" + items.map { "<li>\(html($0))</li>\n" }.joined() + "</ul>\n"
        case .keyFacts(let items):
            return "<div class=\"first\">\n<ul>\n" + items.map { "<li>\(html($0))</li>\n" }.joined() + "</ul>\n</div>\n"
        case .checklist(let items):
            return "<ul class=\"checklist\">\n" + items.map { item in
                let (mark, label) = switch item.mark {
                case .done: ("✓", "done")
                case .takenOut: ("–", "taken out of the plan")
                case .toDo: ("", "to do")
                case .habit: ("↻", "an ongoing habit")
                }
                return "<li><span class=\"box\" aria-label=\"\(label)\">\(mark)</span>\(html(item.text))"
                    + "<span class=\"status\">\(escape(item.status))</span></li>\n"
            }.joined() + "</ul>\n"
        case let .sideBySide(leftHeading, left, rightHeading, right):
            func column(_ heading: String, _ items: [SummaryText]) -> String {
                "<div>\n<h3>\(escape(heading))</h3>\n<ul>\n" + items.map { "<li>\(html($0))</li>\n" }.joined() + "</ul>\n</div>\n"
            }
            return "<div class=\"columns\">\n" + column(leftHeading, left) + column(rightHeading, right) + "</div>\n"
        case .terms(let terms):
            return "<dl>\n" + terms.map { "<dt>\(escape($0.term))</dt><dd>\(escape($0.meaning))</dd>\n" }.joined() + "</dl>\n"
        case .journey(let picture):
            // The picture carries its dates as text for screen readers; printed, it is shown once.
            return "<figure>\n" + JourneySVG.render(picture) + "<figcaption>\(escape(picture.caption))</figcaption>\n</figure>\n"
        }
    }

    private static func html(_ text: SummaryText) -> String {
        text.segments.map { segment in
            switch segment {
            case .plain(let words): escape(words)
            case .quotation(let pieces):
                "<q>" + pieces.map { $0.isGloss ? " <span class=\"gloss\">[\(escape($0.text))]</span>" : escape($0.text) }.joined() + "</q>"
            }
        }.joined()
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

extension SummaryBlock {
    /// Short enough to keep on the page of the heading above it.
    var isShort: Bool {
        switch self {
        case .paragraph, .keyFacts: true
        case .bullets(let items): items.count <= 2
        case .checklist(let items): items.count <= 1
        case .terms(let terms): terms.count <= 2
        case .sideBySide, .journey: false
        }
    }
}

/// The journey as a line running down the page, a dot for each stop in date order, today marked
/// in red and the next review as an open circle still to come. One stop per row, so labels never
/// overlap however close together the meetings were.
enum JourneySVG {
    static func render(_ picture: JourneyPicture) -> String {
        guard !picture.stops.isEmpty else { return "" }
        let rowHeight = 40, top = 24, lineX = 36, textX = 66
        let height = top * 2 + rowHeight * (picture.stops.count - 1)
        func y(_ index: Int) -> Int { top + rowHeight * index }
        var svg = "<svg viewBox=\"0 0 640 \(height)\" role=\"img\" aria-labelledby=\"journey-title\">\n"
        svg += "<title id=\"journey-title\">\(SummaryHTMLRenderer.escape(picture.caption))</title>\n"
        svg += "<desc>\(SummaryHTMLRenderer.escape(picture.stops.map(\.description).joined(separator: " ")))</desc>\n"
        let todayIndex = picture.stops.firstIndex { $0.kind == .today } ?? picture.stops.count - 1
        svg += "<line x1=\"\(lineX)\" y1=\"\(y(0))\" x2=\"\(lineX)\" y2=\"\(y(todayIndex))\" stroke=\"#111\" stroke-width=\"4\"/>\n"
        if todayIndex < picture.stops.count - 1 {
            svg += "<line x1=\"\(lineX)\" y1=\"\(y(todayIndex))\" x2=\"\(lineX)\" y2=\"\(y(picture.stops.count - 1))\" "
                + "stroke=\"#111\" stroke-width=\"3\" stroke-dasharray=\"6 5\"/>\n"
        }
        for (index, stop) in picture.stops.enumerated() {
            let cy = y(index)
            switch stop.kind {
            case .today:
                svg += "<rect x=\"\(lineX - 14)\" y=\"\(cy - 4)\" width=\"28\" height=\"8\" fill=\"#b00\"/>\n"
            case .next:
                svg += "<circle cx=\"\(lineX)\" cy=\"\(cy)\" r=\"10\" fill=\"#fff\" stroke=\"#111\" stroke-width=\"3\"/>\n"
            case .late:
                // Overdue: an open circle in red with a cross, so it reads as missed in black and white too.
                svg += "<circle cx=\"\(lineX)\" cy=\"\(cy)\" r=\"11\" fill=\"#fff\" stroke=\"#b00\" stroke-width=\"4\"/>\n"
                    + "<path d=\"M\(lineX - 6) \(cy - 6) L\(lineX + 6) \(cy + 6) M\(lineX + 6) \(cy - 6) L\(lineX - 6) \(cy + 6)\" stroke=\"#b00\" stroke-width=\"3\"/>\n"
            case .start, .meeting:
                svg += "<circle cx=\"\(lineX)\" cy=\"\(cy)\" r=\"9\" fill=\"#111\"/>\n"
            }
            let weight = stop.kind == .today || stop.kind == .late ? "bold" : "normal"
            svg += "<text x=\"\(textX)\" y=\"\(cy + 6)\" font-size=\"17\" font-weight=\"\(weight)\" font-family=\"Arial, sans-serif\">"
                + "\(SummaryHTMLRenderer.escape(stop.label)) · \(SummaryDates.medium(stop.date))</text>\n"
        }
        return svg + "</svg>\n"
    }
}
