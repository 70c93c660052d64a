import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "end",
            abstract: "End a plan, saying why.",
            discussion: """
                Without --plan, ends the case's only open plan.

                Example:
                  cj plan end ASH-01 --date 2026-09-01 --reason "Stepped down to a child in need plan"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("The last day of the plan.", valueName: "YYYY-MM-DD")) var date: CalendarDate
        @Option(help: ArgumentHelp("Why the plan ended, in plain words.", valueName: "text")) var reason: String
        @Option(help: ArgumentHelp("Which plan, when the case has more than one open.", valueName: "plan-id")) var plan: String?

        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var authorOptions: AuthorOptions

        func run() throws {
            try storeOptions.change(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.endPlan(plan, on: date, reason: reason)
            }
        }
    }
}
