import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct Expect: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "expect",
            abstract: "Set how often a plan's children, or one child, should be seen, and why.",
            discussion: """
                Overrides the team default (in the store's settings) for one plan or one child on \
                it. The reason, who set it and when are shown in the overdue list. --reset goes \
                back to the team default.

                Examples:
                  cj plan expect ASH-01 --child Cody --visits-every 5 --unit working-days --reason "Newborn; feeding concerns"
                  cj plan expect ASH-01 --seen-alone-every 4 --unit weeks --reason "Amy is more open away from home"
                  cj plan expect ASH-01 --child Cody --reset visits --reason "Weight now steady"
                  cj plan expect ASH-01 --child Cody --seen-alone-not-expected --reason "Cody is a baby"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("Only this child (default: every child on the plan).", valueName: "child")) var child: String?
        @Option(help: ArgumentHelp("Which plan (default: the child's open plan, or the only open one).", valueName: "plan-id")) var plan: String?
        @Option(name: .customLong("visits-every"), help: ArgumentHelp("See the children every N units.", valueName: "N")) var visitsEvery: Int?
        @Option(name: .customLong("seen-alone-every"), help: ArgumentHelp("See the children alone every N units.", valueName: "N")) var seenAloneEvery: Int?
        @Option(help: "working-days, days, weeks or months.") var unit: IntervalUnit = .workingDays
        @Option(help: ArgumentHelp("Return visits or seen-alone to the team default.", valueName: "visits|seen-alone")) var reset: VisitExpectation?
        @Flag(name: .customLong("seen-alone-not-expected"), help: "Seeing this child alone is not expected (a baby, say).")
        var seenAloneNotExpected = false
        @Option(help: ArgumentHelp("Why: shown wherever the expectation is.", valueName: "text")) var reason: String
        @OptionGroup var decided: EventDateOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            let given = [visitsEvery != nil, seenAloneEvery != nil, reset != nil, seenAloneNotExpected].filter { $0 }.count
            guard given == 1 else {
                throw ValidationError("Give exactly one of --visits-every N, --seen-alone-every N, --seen-alone-not-expected or --reset visits|seen-alone.")
            }
        }

        func run() throws {
            let what: ExpectationKind = reset?.kind ?? (visitsEvery != nil ? .visits : .seenAlone)
            let interval = (visitsEvery ?? seenAloneEvery).map { Interval(count: $0, unit: unit) }
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.setExpectation(what, plan: plan, child: child, interval: interval,
                                         notExpected: seenAloneNotExpected, reason: reason, by: author, on: decided.day,
                                         privacy: privacy.request)
            }
        }
    }
}

/// The two expectations `plan expect` sets; meeting timescales are `cj case expect`'s.
enum VisitExpectation: String, ExpressibleByArgument, CaseIterable {
    case visits
    case seenAlone = "seen-alone"

    var kind: ExpectationKind { self == .visits ? .visits : .seenAlone }
}
