import ArgumentParser

extension CJ {
    struct CaseGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "case",
            abstract: "Open, show and list cases.",
            discussion: """
                Examples:
                  cj case new ASH-01 --family "Ashworth"
                  cj case show ASH-01 --history
                  cj case list --format csv
                """,
            subcommands: [New.self, Show.self, List.self])
    }
}
