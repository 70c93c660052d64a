import ArgumentParser
import CaseJourney

extension CJ.CoreGroupGroup {
    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct",
            abstract: "Put right a recorded core group: its day, who came, when the notes were sent.",
            discussion: """
                What it said before stays on record.

                Examples:
                  cj coregroup correct ASH-01 cg2 --date 2026-08-13 --reason "Met on the Thursday, not the Friday"
                  cj coregroup correct ASH-01 cg2 --attended Dean --not-attended priya --reason "Register was wrong"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The core group's id.") var coreGroupID: String
        @Option(help: ArgumentHelp("The day it met.", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @Option(help: ArgumentHelp("Someone who came but was not recorded (repeatable).", valueName: "person")) var attended: [String] = []
        @Option(name: .customLong("not-attended"), help: ArgumentHelp("Someone recorded who did not come (repeatable).", valueName: "person"))
        var notAttended: [String] = []
        @Option(name: .customLong("notes-sent"), help: ArgumentHelp("The day the notes were sent.", valueName: "YYYY-MM-DD")) var notesSent: CalendarDate?
        @Option(help: ArgumentHelp("Why the record was wrong.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.correctCoreGroup(coreGroupID, date: date, attended: attended, notAttended: notAttended, notesSent: notesSent,
                                           reason: reason, by: author, on: .today())
            }
        }
    }
}
