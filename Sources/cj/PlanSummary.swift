import ArgumentParser
import CaseJourney
import Foundation

extension CJ.PlanGroup {
    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a plain-language summary of the plan for a parent or carer.",
            discussion: """
                Written for the person named with --for: it calls them "you", puts their part \
                first, and leaves out everything kept from them (contact details marked \
                confidential from them, other adults' views, children's words the child did not \
                agree to share, and workers' notes). Without --for it is written for the family \
                and leaves out every confidential detail.

                --format html writes one page that prints well on A4, with no scripts and nothing \
                fetched from the internet. Add --readability to see how easy the tool's own words \
                are to read.

                Examples:
                  cj plan summary ASH-01 --for Kelly
                  cj plan summary EVA-05 --for Ryan --format html > ryan-summary.html
                  cj plan summary CAR-03 --for Sharon --format markdown --as-of 2026-11-23
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, html }

        @Argument(help: "The case id.") var caseID: String
        @Option(name: .customLong("for"), help: ArgumentHelp("The parent or carer it is for, by id or first name.", valueName: "person"))
        var reader: String?
        @Option(help: ArgumentHelp("Which plan (default: the open plan).", valueName: "plan-id")) var plan: String?
        @Option(help: "text, markdown or html.") var format: Format = .text
        @Flag(help: "Also print the reading ease and sentence lengths of the tool's own words to standard error.")
        var readability = false
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            let value = try store.read(caseID)
            let document = try PlanSummaryBuilder(case: value, plan: plan, for: reader, settings: try store.settings(),
                                                  asOf: asOf.date).build()
            switch format {
            case .text: print(SummaryTextRenderer.render(document), terminator: "")
            case .markdown: print(SummaryMarkdownRenderer.render(document), terminator: "")
            case .html: print(SummaryHTMLRenderer.render(document), terminator: "")
            }
            if readability {
                let measured = Readability(sentences: document.ownWords)
                FileHandle.standardError.write(Data(("Reading ease (Flesch) \(Int(measured.fleschReadingEase.rounded())), "
                    + "\(String(format: "%.1f", measured.wordsPerSentence)) words a sentence, "
                    + "longest sentence \(measured.longestSentenceWords) words.\n").utf8))
            }
        }
    }
}
