import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct Outcome: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "outcome",
            abstract: "Write down what needs to change, as behaviour.",
            discussion: """
                Write the change itself ("the children have breakfast every school day"), not an \
                activity ("attend a parenting course"): actions are added to the outcome. After \
                the plan's first day a new outcome needs --reason. Prints the outcome's id.

                Example:
                  cj plan outcome ASH-01 "Amy, Ben and Cody have three meals a day and clean clothes" --date 2026-06-22
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "What needs to change, as behaviour.") var text: String
        @Option(help: ArgumentHelp("Why it was added (needed after the plan's first day).", valueName: "text")) var reason: String?
        @OptionGroup var planChoice: PlanChoiceOptions
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.addOutcome(text, plan: planChoice.plan, on: eventDate.day, by: author, reason: reason, privacy: privacy.request)
            }
            Output.line(updated.outcomes.last!.id)
        }
    }
}
