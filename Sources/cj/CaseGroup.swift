import ArgumentParser

extension CJ {
    struct CaseGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "case",
            abstract: "Open, show and list cases, and set a case's meeting timescales.",
            discussion: """
                Examples:
                  cj case new ASH-01 --family "Ashworth"
                  cj case show ASH-01 --history
                  cj case list --format csv
                  cj case expect EVA-05 --what review --count 4 --unit months --reason "Review before the court hearing"
                """,
            subcommands: [New.self, Show.self, List.self, Expect.self])
    }
}
