import ArgumentParser
import CaseJourney

extension CJ.ConferenceGroup {
    struct Schedule: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schedule",
            abstract: "Book a conference and print its id.",
            discussion: """
                A review conference belongs to a plan: without --plan, the case's only open child \
                protection plan. Name people in the case by id or first name; anyone else as \
                "Name (Agency)".

                Examples:
                  cj conference schedule CAR-03 --kind initial --date 2026-12-03 --chair "Ann Lee"
                  cj conference schedule BRO-02 --kind review --date 2026-11-25 --invite Leah --invite Marcus --invite tom --invite "Jo Park (Westbury Police)"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: "initial or review.") var kind: ConferenceKind
        @Option(help: ArgumentHelp("The day of the conference.", valueName: "YYYY-MM-DD")) var date: CalendarDate
        @Option(help: ArgumentHelp("Who chairs it.", valueName: "name")) var chair: String?
        @Option(help: ArgumentHelp("Someone invited (repeatable).", valueName: "person")) var invite: [String] = []
        @OptionGroup var planChoice: PlanChoiceOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let updated = try storeOptions.caseStore.update(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.scheduleConference(kind, on: date, plan: planChoice.plan, chair: chair, invited: invite)
            }
            Output.line(updated.conferences.last!.id)
        }
    }
}
