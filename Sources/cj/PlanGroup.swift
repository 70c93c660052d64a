import ArgumentParser

extension CJ {
    struct PlanGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Start and end child protection and child in need plans.",
            discussion: """
                Examples:
                  cj plan start ASH-01 --type cp --child Amy --child Ben --category neglect --date 2026-03-02
                  cj plan end ASH-01 --date 2026-09-01 --reason "Stepped down to a child in need plan"
                """,
            subcommands: [Start.self, End.self, Expect.self])
    }
}
