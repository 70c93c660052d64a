import ArgumentParser

extension CJ {
    struct VisitGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "visit",
            abstract: "Log visits and see which children are overdue a visit.",
            discussion: """
                Examples:
                  cj visit log ASH-01 --date 2026-11-02 --seen-alone Amy --seen Ben --not-seen "Cody: at nursery"
                  cj visit list ASH-01
                  cj visit overdue --as-of 2026-11-23 --within 5
                """,
            subcommands: [Log.self, Amend.self, Withdraw.self, List.self, Overdue.self],
            aliases: ["visits"])
    }
}
