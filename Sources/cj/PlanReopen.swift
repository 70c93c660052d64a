import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reopen",
            abstract: "Reopen a plan that was ended by mistake, saying why.",
            discussion: """
                The plan carries on with its outcomes and actions, and its children are not \
                counted as on a repeat plan. The end stays on record as a correction. A plan ended \
                by a conference's decision is reopened by correcting the decision \
                (`cj conference correct --decision`).

                Example:
                  cj plan reopen ASH-01 plan-1 --reason "Ended on the wrong case"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The plan's id.") var planID: String
        @Option(help: ArgumentHelp("Why it should not have ended.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.reopenPlan(planID, reason: reason, by: author, on: .today())
            }
        }
    }
}
