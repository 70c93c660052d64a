import ArgumentParser
import CaseJourney

extension CJ {
    struct ReportGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "The team manager's reports across the store: caseloads, services, Annex A and the Children in Need census.",
            discussion: """
                Examples:
                  cj report caseload --as-of 2026-11-23
                  cj report services --as-of 2026-11-23
                  cj report annex-a --as-of 2026-11-23 --format csv > list7.csv
                  cj report cin-census --year 2026-27 > cin-2026-27.xml
                """,
            subcommands: [Caseload.self, Services.self, AnnexA.self, CINCensus.self])
    }
}
