import ArgumentParser
import CaseJourney

extension CJ {
    struct ReportGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "The team manager's reports across the store: caseloads, services, and Annex A.",
            discussion: """
                Examples:
                  cj report caseload --as-of 2026-11-23
                  cj report services --as-of 2026-11-23
                  cj report annex-a --as-of 2026-11-23 --format csv > list7.csv
                """,
            subcommands: [Caseload.self, Services.self, AnnexA.self, CINCensus.self])
    }
}
