import ArgumentParser
import CaseJourney

extension CJ.ConferenceGroup {
    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct",
            abstract: "Put right what was recorded about a conference: its decision, who came, a report's dates.",
            discussion: """
                Only what you give changes; what it said before stays on record. A decision \
                corrected away from end or step-down reopens the plan it ended, with its outcomes \
                and actions (and withdraws a child in need plan a step-down started); the \
                children are not counted as on a repeat plan. With --end-plan, a decision \
                corrected to end or step-down ends the plan.

                Examples:
                  cj conference correct ASH-01 c2 --decision continue --reason "end was typed by mistake"
                  cj conference correct ASH-01 c2 --report-from priya --shared 2026-09-17 --reason "Date typed wrongly"
                  cj conference correct ASH-01 c2 --attended Dean --not-attended martin --reason "Register was wrong"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The conference's id (see `cj conference list`).") var conferenceID: String
        @Option(help: ArgumentHelp("The day it was held.", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @Option(help: ArgumentHelp("Who chaired it.", valueName: "name")) var chair: String?
        @Option(help: "What the social worker recommended: start, continue, end or step-down.") var recommendation: ConferenceDecision?
        @Option(help: "What the conference decided: start, continue, end or step-down.") var decision: ConferenceDecision?
        @Option(name: .customLong("decision-reason"), help: ArgumentHelp("Why it decided so.", valueName: "text")) var decisionReason: String?
        @Option(name: .customLong("parents-view"), help: ArgumentHelp("What the parents said.", valueName: "text")) var parentsView: String?
        @Option(name: .customLong("minutes-sent"), help: ArgumentHelp("The day the minutes were sent.", valueName: "YYYY-MM-DD")) var minutesSent: CalendarDate?
        @Option(help: ArgumentHelp("Someone who came but was not recorded (repeatable).", valueName: "person")) var attended: [String] = []
        @Option(name: .customLong("not-attended"), help: ArgumentHelp("Someone recorded who did not come (repeatable).", valueName: "person"))
        var notAttended: [String] = []
        @Option(name: .customLong("report-from"), help: ArgumentHelp("Whose report's dates were wrong.", valueName: "person")) var reportFrom: String?
        @Option(help: ArgumentHelp("The day that report came in.", valueName: "YYYY-MM-DD")) var received: CalendarDate?
        @Option(help: ArgumentHelp("The day the parents had that report.", valueName: "YYYY-MM-DD")) var shared: CalendarDate?
        @Flag(name: .customLong("end-plan"), help: "With a corrected end or step-down decision: end the plan.") var endPlan = false
        @Option(help: ArgumentHelp("Why the record was wrong.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let correction = ConferenceCorrection(
                date: date, chair: chair, recommendation: recommendation, decision: decision, decisionReason: decisionReason,
                parentsView: parentsView, minutesSent: minutesSent, attended: attended, notAttended: notAttended,
                reportFrom: reportFrom, received: received, shared: shared, endPlan: endPlan)
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.correctConference(conferenceID, correction, reason: reason, by: author, on: .today())
            }
        }
    }
}
