import ArgumentParser
import CaseJourney

extension CJ.PlanGroup.ActionGroup {
    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an action's wording, owner or due date, saying why.",
            discussion: """
                The earlier wording stays in the action's history. Changing a done or dropped \
                action brings it back.

                Examples:
                  cj plan action change ASH-01 a2 --owner Dean --reason "Dean now does the school run"
                  cj plan action change ASH-01 a4 --due 2026-10-01 --text "Kelly will take Cody to every health check" --reason "Clearer wording agreed at core group"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The action's id (see `cj plan show`).") var actionID: String
        @Option(help: ArgumentHelp("The new wording.", valueName: "text")) var text: String?
        @OptionGroup var ownerOptions: OwnerOptions
        @Option(help: ArgumentHelp("The new due date.", valueName: "YYYY-MM-DD")) var due: CalendarDate?
        @Option(help: ArgumentHelp("Why it changed (needed after the plan's first day).", valueName: "text")) var reason: String?
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.changeAction(actionID, text: text, owner: ownerOptions.reference, due: due, on: eventDate.day,
                                       by: author, reason: reason)
            }
            Output.line(updated.history.last!.change + ".")
        }
    }
}
