import ArgumentParser
import CaseJourney

extension CJ.ConferenceGroup {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Record a report for a conference: when it came in and when the parents had it.",
            discussion: """
                Run it again for the same author to add the day it was shared. The team expects \
                parents to have every report at least 3 working days before the conference (a \
                setting); `cj due` lists reports still to share and `cj timeline` shows how late \
                each one was, in working days.

                Examples:
                  cj conference report BRO-02 c2 --from tom --received 2026-11-17 --shared 2026-11-18
                  cj conference report BRO-02 c2 --from "Ola Ade (Westbury Children's Services)" --received 2026-11-19
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The conference's id (see `cj conference list`).") var conferenceID: String
        @Option(help: ArgumentHelp("Who wrote it: a professional in the case, or \"Name (Agency)\".", valueName: "person")) var from: String
        @Option(help: ArgumentHelp("The day the report came in.", valueName: "YYYY-MM-DD")) var received: CalendarDate?
        @Option(help: ArgumentHelp("The day the parents were given it.", valueName: "YYYY-MM-DD")) var shared: CalendarDate?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            try storeOptions.change(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.recordReport(conference: conferenceID, from: from, received: received, shared: shared)
            }
        }
    }
}
