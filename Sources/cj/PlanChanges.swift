import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct Changes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "changes",
            abstract: "List what was added to a plan, changed, deferred or dropped, and why.",
            discussion: """
                Without --since, lists the changes since the plan's last conference (or since it \
                started, if none is recorded). --since includes that day.

                Examples:
                  cj plan changes ASH-01
                  cj plan changes ASH-01 --since 2026-10-01 --format json
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("List changes from this day on (default: the day after the last conference).", valueName: "YYYY-MM-DD")) var since: CalendarDate?
        @Option(help: "text or json.") var format: DocumentFormat = .text
        @OptionGroup var planChoice: PlanChoiceOptions
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let value = try storeOptions.caseStore.read(caseID)
            let report = try PlanChanges(plan: planChoice.plan, since: since, in: value, asOf: asOf.date)
            if format == .json {
                try Output.json(report.changes)
                return
            }
            guard !report.changes.isEmpty else {
                Output.line("Nothing on \(report.plan.id) was added, changed, deferred or dropped since \(report.since).")
                return
            }
            Output.line("Changes to \(report.plan.id) since \(report.since):")
            for change in report.changes {
                var line = "  \(change.date)  \(change.id) \(change.change): \(change.what)"
                if let who = change.who, !change.change.contains(who) { line += " (\(who))" }
                line += "\n      Why: \(change.reason ?? "no reason recorded")  [\(change.by)]"
                Output.line(line)
            }
        }
    }
}
