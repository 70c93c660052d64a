import ArgumentParser
import CaseJourney

extension CJ.ReportGroup {
    struct CINCensus: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cin-census",
            abstract: "Write the Children in Need census return for the store, as the Department for Education's XML.",
            discussion: """
                Every child with a child in need episode (a referral) open during the census year \
                (1 April to 31 March), with their assessments, child in need plans, section 47 \
                enquiries, child protection plans and reviews. Standard error says how many \
                children and episodes it wrote, and what it left out and why (a child with no \
                date of birth, a referral with no primary need code): put those right and run it \
                again. Records dated after --as-of are not in it. The local authority's code comes \
                from "laCode" in the settings.

                Examples:
                  cj report cin-census --year 2026-27 > cin-2026-27.xml
                  cj report cin-census --store fixtures/store --as-of 2026-11-23
                """)

        @Option(help: ArgumentHelp("The census year, e.g. 2026-27 (default: the year --as-of falls in).", valueName: "YYYY-YY"))
        var year: String?
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if let year, CensusYear(year) == nil {
                throw ValidationError("--year is a census year written 2026-27 (1 April 2026 to 31 March 2027), not \"\(year)\".")
            }
        }

        func run() throws {
            let censusYear = year.flatMap(CensusYear.init) ?? CensusYear(containing: asOf.date)
            let answer = try storeOptions.caseStore.cinCensus(year: censusYear, asOf: asOf.date)
            Output.text(answer.xml)
            Output.note("Children in Need census \(censusYear.label) as of \(asOf.date): \(answer.children) child\(answer.children == 1 ? "" : "ren"), "
                + "\(answer.episodes) episode\(answer.episodes == 1 ? "" : "s").")
            if !answer.leftOut.isEmpty {
                Output.note("Left out, until what is missing is recorded:\n"
                    + answer.leftOut.map { "  - \($0.caseId) \($0.child): \($0.reason)" }.joined(separator: "\n"))
            }
            try Output.reportUnreadable(answer.unreadable)
        }
    }
}
