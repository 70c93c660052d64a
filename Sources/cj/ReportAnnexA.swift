import ArgumentParser
import CaseJourney

extension CJ.ReportGroup {
    struct AnnexA: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "annex-a",
            abstract: "Annex A list 7 for an inspection: children on a child protection plan.",
            discussion: """
                One row per child who is on a child protection plan on the as-of day, or was at \
                any time in the six months before it, with the published column headings and \
                codes (dates as DD/MM/YYYY). Nothing is guessed: what the store does not record \
                is left empty, and standard error says what and how to fill it. Gender, \
                ethnicity and disability come from `cj person change --gender --ethnicity \
                --disability`; the team's name from teamName in the settings.

                Examples:
                  cj report annex-a --as-of 2026-11-23 > list7.csv
                  cj report annex-a --format json
                """)

        @Option(help: "csv (the default), json or table.") var format: ListFormat = .csv
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let (answer, gaps) = try storeOptions.caseStore.annexAList7(asOf: asOf.date)
            try Output.report(answer.rows, as: format) {
                var table = TextTable(headers: AnnexAList7Row.columns.map(\.name))
                table.rows = answer.rows.map(\.cells)
                return table.render()
            }
            let children = answer.rows.count
            Output.note("Annex A list 7 as of \(asOf.date): \(children) child\(children == 1 ? "" : "ren") on a child protection plan "
                + "on that day or in the six months before it.")
            if !gaps.isEmpty { Output.note("Before sending it:\n" + gaps.map { "  - " + $0 }.joined(separator: "\n")) }
            try Output.reportUnreadable(answer.unreadable)
        }
    }
}
