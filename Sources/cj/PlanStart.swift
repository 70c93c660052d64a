import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "start",
            abstract: "Start a plan for one or more children and print its id.",
            discussion: """
                A child protection plan (cp) needs a category; a child in need plan (cin) has none.

                Examples:
                  cj plan start ASH-01 --type cp --child Amy --child Ben --category neglect --date 2026-03-02
                  cj plan start ASH-01 --type cin --child Amy --date 2026-09-01
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: "cp (child protection) or cin (child in need).") var type: PlanType
        @Option(help: ArgumentHelp("A child the plan covers, by id or first name (repeatable).", valueName: "person"))
        var child: [String] = []
        @Option(help: "For a cp plan: neglect, physical, emotional, sexual or multiple.") var category: PlanCategory?
        @Option(help: ArgumentHelp("The day the plan started.", valueName: "YYYY-MM-DD")) var date: CalendarDate

        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var authorOptions: AuthorOptions

        func run() throws {
            let updated = try storeOptions.caseStore.update(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.startPlan(type: type, children: child, category: category, on: date)
            }
            Output.line(updated.plans.last!.id)
        }
    }
}
