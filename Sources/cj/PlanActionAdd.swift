import ArgumentParser
import CaseJourney

extension CJ.PlanGroup.ActionGroup {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an action towards an outcome and print its id.",
            discussion: """
                Without --outcome, the action goes to the only outcome of the case's open plans. \
                After the plan's first day, --reason is needed. Something to keep doing rather \
                than do once takes --ongoing with how often; --due is then the day it is next \
                looked at, and the parent's summary shows it as a habit, never as a missed deadline.

                Examples:
                  cj plan action add ASH-01 "Kelly will make sure the children have breakfast before school" --outcome o1 --owner Kelly --due 2026-12-18 --reason "Amy came in hungry again"
                  cj plan action add ASH-01 "Repair the back door" --outcome o2 --agency "Northtown Housing" --due 2026-12-18 --reason "The lock is broken"
                  cj plan action add ASH-01 "Priya will weigh Cody every week" --outcome o2 --owner priya --due 2026-12-18 --reason "Cody's weight dipped"
                  cj plan action add ASH-01 "Kelly and Dean will agree who does the school run" --outcome o1 --owner Kelly --owner Dean --due 2026-12-18 --reason "Kelly and Dean asked for it"
                  cj plan action add HAL-08 "Jade will take Ellie to swimming" --owner Jade --ongoing "every Saturday" --due 2027-01-29 --reason "Jade asked for it"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "What will be done, and by whom, in plain words.") var text: String
        @Option(help: ArgumentHelp("The outcome it works towards.", valueName: "outcome-id")) var outcome: String?
        @OptionGroup var ownerOptions: OwnerOptions
        @Option(help: ArgumentHelp("The day it should be done by (for an ongoing action, the day it is next looked at).", valueName: "YYYY-MM-DD"))
        var due: CalendarDate
        @Option(help: ArgumentHelp("Something to keep doing, and how often.", valueName: "how often")) var ongoing: String?
        @Option(help: ArgumentHelp("Why it was added (needed after the plan's first day).", valueName: "text")) var reason: String?
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if ownerOptions.references == nil { throw ValidationError("Say who will do it with --owner PERSON or --agency NAME.") }
        }

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.addAction(text, outcome: outcome, owners: ownerOptions.references!, due: due, on: eventDate.day,
                                    by: author, reason: reason, repeats: ongoing, privacy: privacy.request)
            }
            Output.line(updated.actions.last!.id)
        }
    }
}
