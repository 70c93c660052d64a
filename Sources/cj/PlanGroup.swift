import ArgumentParser

extension CJ {
    struct PlanGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Start and end plans, and write what they say: worries, strengths, outcomes, actions.",
            discussion: """
                After a plan's first day, every new outcome and every action added, changed, \
                deferred or dropped needs --reason; `cj plan changes` shows them.

                Examples:
                  cj plan start ASH-01 --type cp --child Amy --child Ben --category neglect --date 2026-03-02
                  cj plan worry ASH-01 "The children often go to school hungry"
                  cj plan outcome ASH-01 "The children have breakfast every school day"
                  cj plan action add ASH-01 "Kelly will make breakfast before school" --owner Kelly --due 2026-08-31
                  cj plan rate ASH-01 6 --reason "Breakfast every day since July"
                  cj plan show ASH-01
                  cj plan changes ASH-01
                  cj plan summary ASH-01 --for Kelly --format html > kelly.html
                  cj plan end ASH-01 --date 2026-09-01 --reason "Stepped down to a child in need plan"
                  cj plan reword ASH-01 w1 "The children often go to school hungry" --reason "Wording agreed with Kelly"
                  cj plan withdraw ASH-01 w2 --reason "Recorded on the wrong plan"
                """,
            subcommands: [
                Start.self, End.self, Expect.self, Worry.self, Past.self, Strength.self, Outcome.self, ActionGroup.self, Rate.self,
                View.self, ProposeEnd.self, Reword.self, Withdraw.self, Consent.self, Reopen.self, Mark.self, Show.self, Changes.self,
                Summary.self,
            ])
    }
}
