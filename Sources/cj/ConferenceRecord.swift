import ArgumentParser
import CaseJourney

extension CJ.ConferenceGroup {
    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "Record what happened at a conference.",
            discussion: """
                Name a conference already booked (c2), or give --kind and --date for one that was \
                not. Run it again to add what was not known on the day (the minutes, say); what \
                is recorded is never overwritten. A decision that differs from the social \
                worker's recommendation needs --reason. Decisions: start (initial only), \
                continue (review only), end, step-down.

                An initial conference that decides `start` can start the plan with --start-plan \
                CATEGORY (for --child, or every child not already on a plan). A review that \
                decides end or step-down can end the plan with --end-plan; a step-down then \
                starts a child in need plan for the same children.

                Examples:
                  cj conference record ASH-01 --kind initial --date 2026-06-22 --chair "Ann Lee" --attended Kelly --attended priya --recommendation start --decision start --start-plan neglect
                  cj conference record ASH-01 c2 --recommendation end --decision continue --reason "The heating is still broken" --parents-view "Kelly feels she has done everything asked"
                  cj conference record ASH-01 c2 --minutes-sent 2026-09-30
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The conference's id, if it was booked.") var conferenceID: String?
        @Option(help: "initial or review (for a conference not booked).") var kind: ConferenceKind?
        @Option(help: ArgumentHelp("The day it was held (for a conference not booked).", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @Option(help: ArgumentHelp("Who chaired it.", valueName: "name")) var chair: String?
        @Option(help: ArgumentHelp("Someone invited (repeatable).", valueName: "person")) var invited: [String] = []
        @Option(help: ArgumentHelp("Someone who came (repeatable).", valueName: "person")) var attended: [String] = []
        @Option(help: "What the social worker recommended: start, continue, end or step-down.") var recommendation: ConferenceDecision?
        @Option(help: "What the conference decided: start, continue, end or step-down.") var decision: ConferenceDecision?
        @Option(help: ArgumentHelp("Why it decided so (needed when it differs from the recommendation).", valueName: "text")) var reason: String?
        @Option(name: .customLong("parents-view"), help: ArgumentHelp("What the parents said about the decision.", valueName: "text"))
        var parentsView: String?
        @Option(name: .customLong("minutes-sent"), help: ArgumentHelp("The day the minutes were sent.", valueName: "YYYY-MM-DD")) var minutesSent: CalendarDate?
        @Option(name: .customLong("start-plan"), help: ArgumentHelp("Start the child protection plan, in this category.", valueName: "category"))
        var startPlan: PlanCategory?
        @Option(help: ArgumentHelp("A child for the new plan (repeatable).", valueName: "child")) var child: [String] = []
        @Flag(name: .customLong("end-plan"), help: "End the plan reviewed (a step-down also starts a child in need plan).") var endPlan = false
        @OptionGroup var planChoice: PlanChoiceOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let record = ConferenceRecord(
                chair: chair, invited: invited, attended: attended, recommendation: recommendation, decision: decision,
                reason: reason, parentsView: parentsView, minutesSent: minutesSent, startPlanCategory: startPlan,
                startPlanChildren: child, endPlan: endPlan)
            try storeOptions.change(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.recordConference(conferenceID, kind: kind, date: date, plan: planChoice.plan, record, privacy: privacy.request)
            }
        }
    }
}
