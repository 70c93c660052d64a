import ArgumentParser

extension CJ.PlanGroup {
    struct ActionGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "action",
            abstract: "Add, change, defer, drop or complete the actions on a plan.",
            discussion: """
                Every action has an owner (someone in the family, a professional or an agency), a \
                due date and a status. Nothing is overwritten: each change is added to the \
                action's history. After the plan's first day, adding, changing, deferring or \
                dropping an action needs --reason, so the family can see why the plan moved.

                Examples:
                  cj plan action add ASH-01 "Kelly will make sure the children have breakfast before school" --outcome o1 --owner Kelly --due 2026-08-31
                  cj plan action defer ASH-01 a3 --to 2026-11-13 --reason "Boiler parts on order"
                  cj plan action done ASH-01 a1 --date 2026-08-28
                """,
            subcommands: [Add.self, Change.self, Defer.self, Drop.self, Done.self, Progress.self])
    }
}
