import ArgumentParser
import CaseJourney

extension CJ {
    struct CoreGroupGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "coregroup",
            abstract: "Record core group meetings.",
            discussion: """
                Example:
                  cj coregroup record ASH-01 --date 2026-10-16 --attended Kelly --attended priya --reviewed a1 --reviewed a3
                """,
            subcommands: [Record.self, Correct.self, Withdraw.self])
    }
}

extension CJ.CoreGroupGroup {
    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "Record a core group meeting, or add to one already recorded.",
            discussion: """
                With --date, records a new meeting and prints its id; name a meeting (cg3) to add \
                who came, which actions were reviewed, or when the notes were sent.

                Examples:
                  cj coregroup record ASH-01 --date 2026-10-16 --attended Kelly --attended priya --reviewed a1 --reviewed a3
                  cj coregroup record ASH-01 cg3 --notes-sent 2026-10-23
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "A core group already recorded.") var coreGroupID: String?
        @Option(help: ArgumentHelp("The day it met.", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @Option(help: ArgumentHelp("Someone who came (repeatable).", valueName: "person")) var attended: [String] = []
        @Option(help: ArgumentHelp("An action the meeting went through (repeatable).", valueName: "action-id")) var reviewed: [String] = []
        @Option(name: .customLong("notes-sent"), help: ArgumentHelp("The day the notes were sent.", valueName: "YYYY-MM-DD")) var notesSent: CalendarDate?
        @Option(help: ArgumentHelp("Anything worth recording.", valueName: "text")) var note: String?
        @OptionGroup var planChoice: PlanChoiceOptions
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let updated = try storeOptions.caseStore.update(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.recordCoreGroup(coreGroupID, date: date, plan: planChoice.plan, attended: attended, reviewed: reviewed,
                                          notesSent: notesSent, note: note, privacy: privacy.request)
            }
            Output.line(coreGroupID == nil ? updated.coreGroups.last!.id : updated.history.last!.change + ".")
        }
    }
}
