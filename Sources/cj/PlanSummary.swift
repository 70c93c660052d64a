import ArgumentParser
import CaseJourney
import Foundation

extension CJ.PlanGroup {
    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "summary",
            abstract: "Print a plain-language summary of the plan for a parent or carer.",
            discussion: """
                Written for the person named with --for: it calls them "you", puts their part \
                first, and leaves out everything the disclosure policy keeps from them: anything \
                marked private from them or not for the family; anything that belongs to, names \
                or holds a detail of someone kept from them; other adults' own parts and views; \
                children's words the child did not agree to share; and workers' notes. When \
                anything was left out, the first page says some parts are private. Without --for \
                it is the professionals' view, which shows everything and says so on its first \
                line: never hand it to a family member.

                --withheld lists, instead of the summary, every item left out for that reader and \
                the rule that left it out, so you can check before you hand it over. The policy \
                cannot recognise a detail put in other words ("the garden centre where she \
                works"): mark such items with --private-from when you record them.

                Professionals' words are printed as they wrote them, in quotation marks; each \
                word from the jargon list is explained the first time it appears ("DNA'd [did \
                not come to an appointment]") and again under "Words you may hear".

                --format html writes one page that prints well on A4, with no scripts and nothing \
                fetched from the internet: every page carries "Private: for <reader>" and its \
                page number. Add --readability to see how easy the tool's own words and the \
                quoted words are to read, and any word it could not explain. --easy-read gives a \
                shorter version in easy words, one idea to a line, for a reader who finds the full \
                one hard.

                Examples:
                  cj plan summary ASH-01 --for Kelly
                  cj plan summary EVA-05 --for Ryan --withheld
                  cj plan summary EVA-05 --for Ryan --format html > ryan-summary.html
                  cj plan summary CAR-03 --for Sharon --format markdown --as-of 2026-11-23
                  cj plan summary HAL-08 --for Jade --easy-read --format html > jade-easy-read.html
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, html }

        @Argument(help: "The case id.") var caseID: String
        @Option(name: .customLong("for"), help: ArgumentHelp("The parent or carer it is for, by id or first name.", valueName: "person"))
        var reader: String?
        @Option(help: ArgumentHelp("Which plan (default: the open plan).", valueName: "plan-id")) var plan: String?
        @Option(help: "text, markdown or html.") var format: Format = .text
        @Flag(help: "Also print to standard error how easy the summary is to read, and any word it could not explain.")
        var readability = false
        @Flag(name: .customLong("easy-read"), help: "A shorter version in easy words, one idea to a line.")
        var easyRead = false
        @Flag(help: "List what is left out for this reader, and why, instead of printing the summary.")
        var withheld = false
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            let value = try store.read(caseID)
            let builder = try PlanSummaryBuilder(case: value, plan: plan, for: reader, settings: try store.settings(), asOf: asOf.date)
            if withheld {
                Output.line(WithheldText.render(builder.withheld, caseID: caseID, reader: builder.view.policy.reader,
                                                plan: builder.view.plan.id, asOf: asOf.date))
                return
            }
            let (document, unexplained) = builder.checkedBuild(easyRead: easyRead)
            switch format {
            case .text: Output.text(SummaryTextRenderer.render(document))
            case .markdown: Output.text(SummaryMarkdownRenderer.render(document))
            case .html: Output.text(SummaryHTMLRenderer.render(document))
            }
            if readability {
                Output.note(ReadabilityText.render(own: Readability(sentences: document.ownWords),
                                                   quoted: Readability(sentences: document.quotedWords), unexplained: unexplained))
            }
        }
    }
}

/// How easy the summary is to read: the tool's own words and the workers' quoted words apart,
/// and the words it could not explain.
enum ReadabilityText {
    static func render(own: Readability, quoted: Readability, unexplained: [String]) -> String {
        func line(_ label: String, _ measured: Readability) -> String {
            guard measured.words > 0 else { return "\(label): none." }
            return "\(label): reading ease (Flesch) \(Int(measured.fleschReadingEase.rounded())), "
                + "\(String(format: "%.1f", measured.wordsPerSentence)) words a sentence, longest sentence \(measured.longestSentenceWords) words."
        }
        var lines = [line("The summary's own words", own), line("Words quoted from the case", quoted)]
        lines.append(unexplained.isEmpty ? "Unexplained words: none."
            : "Unexplained words: \(unexplained.count) (\(unexplained.joined(separator: ", "))). Add them to the jargon list, or write them out in the case.")
        return lines.joined(separator: "\n")
    }
}

/// The worker's list of what a reader's summary leaves out.
enum WithheldText {
    static func render(_ items: [WithheldItem], caseID: String, reader: Person?, plan: String, asOf: CalendarDate) -> String {
        guard let reader else {
            return "The professionals' view of \(plan) leaves nothing out. Give --for to see what a family member's summary leaves out."
        }
        let scope = "the summary of \(plan) for \(reader.name) (\(caseID), as of \(asOf))"
        var lines: [String] = []
        if items.isEmpty {
            lines.append("Nothing is left out of \(scope) by the disclosure policy.")
        } else {
            lines.append("\(items.count) item\(items.count == 1 ? " is" : "s are") left out of \(scope):")
            lines.append("")
            var table = TextTable(headers: ["KIND", "ID", "DATE", "WHY", "WHAT IT SAYS"])
            table.rows = items.map { item in
                [item.kind, item.id, item.date?.description ?? "", item.reason, excerpt(item.text)]
            }
            lines.append(table.render())
        }
        lines.append("")
        lines.append("Never in a family summary: workers' notes on visits, core groups and strategy discussions, contact attempts, "
            + "appointments, what was said about who came to a conference, handover notes, and the case history.")
        lines.append("The policy cannot recognise a detail put in other words: read the summary before you hand it over.")
        return lines.joined(separator: "\n")
    }

    private static func excerpt(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count > 60 ? String(line.prefix(57)) + "..." : line
    }
}
