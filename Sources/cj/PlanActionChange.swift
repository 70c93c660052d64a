import ArgumentParser
import CaseJourney

extension CJ.PlanGroup.ActionGroup {
    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "change",
            abstract: "Change an action's wording, owner or due date, saying why.",
            discussion: """
                The earlier wording stays in the action's history. A done or dropped action stays \
                done or dropped (giving it another owner does not make it look undone); add \
                --reopen to bring it back. --owner and --agency replace every owner and are \
                repeatable. --ongoing makes it something to keep doing; --one-off makes it a \
                single task again.

                Examples:
                  cj plan action change ASH-01 a2 --owner Dean --reason "Dean now does the school run"
                  cj plan action change ASH-01 a1 --owner Kelly --owner Dean --reason "Both parents now share it"
                  cj plan action change ASH-01 a4 --due 2026-10-01 --text "Kelly will take Cody to every health check" --reason "Clearer wording agreed at core group"
                  cj plan action change ASH-01 a1 --ongoing "every school day" --due 2027-01-29 --reason "A habit to keep, not a one-off"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The action's id (see `cj plan show`).") var actionID: String
        @Option(help: ArgumentHelp("The new wording.", valueName: "text")) var text: String?
        @OptionGroup var ownerOptions: OwnerOptions
        @Option(help: ArgumentHelp("The new due date.", valueName: "YYYY-MM-DD")) var due: CalendarDate?
        @Flag(help: "Bring a done or dropped action back.") var reopen = false
        @Option(help: ArgumentHelp("Make it something to keep doing, and say how often.", valueName: "how often")) var ongoing: String?
        @Flag(name: .customLong("one-off"), help: "Make an ongoing action a single task again.") var oneOff = false
        @Option(help: ArgumentHelp("Why it changed (needed after the plan's first day).", valueName: "text")) var reason: String?
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if ongoing != nil && oneOff { throw ValidationError("Give --ongoing or --one-off, not both.") }
            if let ongoing, ongoing.allSatisfy(\.isWhitespace) {
                throw ValidationError("--ongoing is empty: say how often, e.g. --ongoing \"every weekday\", or give --one-off.")
            }
        }

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.changeAction(actionID, text: text, owners: ownerOptions.references, due: due, reopen: reopen,
                                       repeats: oneOff ? "" : ongoing,
                                       on: eventDate.day, by: author, reason: reason, privacy: privacy.request)
            }
        }
    }
}
