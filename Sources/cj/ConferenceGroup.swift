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
                  cj conference share ASH-01 c2 rep1 --with Kelly --with Lee --date 2026-12-01
                  cj conference arrange ASH-01 c2 --pre-meeting-offered 2026-11-20 --childcare-offered --travel-offered
                  cj conference attendance ASH-01 c2 Lee --did-not-attend --absence-reason work --views-sent
                  cj conference check ASH-01 c2
                  cj conference list ASH-01
                  cj conference move ASH-01 c2 --to 2026-12-09 --reason "Reports were not shared in time"
                  cj conference correct ASH-01 c2 --decision continue --reason "end was typed by mistake"
                """,
            subcommands: [Schedule.self, Report.self, Share.self, Arrange.self, Attendance.self, Record.self, Check.self, Pack.self, Move.self,
                          Cancel.self, Correct.self, Withdraw.self, List.self])
    }
}
