import ArgumentParser
import CaseJourney

extension CJ.CaseGroup {
    struct Expect: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "expect",
            abstract: "Set how soon a meeting, report or minutes are due for this case, and why.",
            discussion: """
                Overrides a team default (in the store's settings) for the whole case, or with \
                --plan for one plan. The reason, who set it and when are shown wherever the due \
                date is. --reset goes back to the team default. What can be set: \
                \(ExpectationKind.allCases.filter { !$0.isVisit }.map(\.rawValue).joined(separator: ", ")). \
                Visits are set with `cj plan expect`.

                Examples:
                  cj case expect EVA-05 --what review --count 4 --unit months --reason "Ryan's court hearing is in March; review before it"
                  cj case expect ASH-01 --what reports-to-parents --count 5 --unit working-days --reason "Kelly needs an interpreter to read the reports"
                  cj case expect EVA-05 --what review --reset --reason "Hearing moved"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("Which expectation.", valueName: "kind")) var what: ExpectationKind
        @Option(help: ArgumentHelp("How many units.", valueName: "N")) var count: Int?
        @Option(help: "working-days, days, weeks or months.") var unit: IntervalUnit = .workingDays
        @Flag(help: "Go back to the team default.") var reset = false
        @Option(help: ArgumentHelp("Why: shown wherever the expectation is.", valueName: "text")) var reason: String
        @OptionGroup var planChoice: PlanChoiceOptions
        @OptionGroup var eventDate: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            guard (count != nil) != reset else { throw ValidationError("Give either --count N (with --unit) or --reset.") }
        }

        func run() throws {
            let author = authorOptions.author
            let interval = count.map { Interval(count: $0, unit: unit) }
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.setMeetingExpectation(what, plan: planChoice.plan, interval: interval, reason: reason, by: author,
                                                on: eventDate.day, privacy: privacy.request)
            }
        }
    }
}
