import ArgumentParser
import CaseJourney

extension CJ.PlanGroup.ActionGroup {
    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an action's wording, owner or due date, saying why.",
            discussion: """
                The earlier wording stays in the action's history. A done or dropped action stays \
                done or dropped (giving it another owner does not make it look undone); add \
                --reopen to bring it back. --owner and --agency replace every owner and are \
                repeatable.

                Examples:
                  cj plan action change ASH-01 a2 --owner Dean --reason "Dean now does the school run"
                  cj plan action change ASH-01 a1 --owner Kelly --owner Dean --reason "Both parents now share it"
                  cj plan action change ASH-01 a4 --due 2026-10-01 --text "Kelly will take Cody to every health check" --reason "Clearer wording agreed at core group"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The action's id (see `cj plan show`).") var actionID: String
        @Option(help: ArgumentHelp("The new wording.", valueName: "text")) var text: String?
        @OptionGroup var ownerOptions: OwnerOptions
        @Option(help: ArgumentHelp("The new due date.", valueName: "YYYY-MM-DD")) var due: CalendarDate?
        @Flag(help: "Bring a done or dropped action back.") var reopen = false
        @Option(help: ArgumentHelp("Why it changed (needed after the plan's first day).", valueName: "text")) var reason: String?
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.changeAction(actionID, text: text, owners: ownerOptions.references, due: due, reopen: reopen,
                                       on: eventDate.day, by: author, reason: reason, privacy: privacy.request)
            }
        }
    }
}
