import ArgumentParser

extension CJ {
    struct ConferenceGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conference",
            abstract: "Schedule initial and review conferences, record their reports and what they decided.",
            discussion: """
                Examples:
                  cj conference schedule ASH-01 --kind review --date 2026-12-07 --chair "Ann Lee" --invite Kelly --invite priya
                  cj conference report ASH-01 c2 --from priya --received 2026-11-30 --shared 2026-12-01
                  cj conference record ASH-01 c2 --attended Kelly --attended priya --recommendation continue --decision continue
                  cj conference list ASH-01
                """,
            subcommands: [Schedule.self, Report.self, Record.self, List.self])
    }
}
