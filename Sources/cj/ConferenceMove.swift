import ArgumentParser
import CaseJourney

extension CJ.ConferenceGroup {
    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move",
            abstract: "Move a booked conference to another day, saying why.",
            discussion: """
                The day it was first booked for stays on record.

                Example:
                  cj conference move BRO-02 c2 --to 2026-12-09 --reason "Reports were not shared in time"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The conference's id (see `cj conference list`).") var conferenceID: String
        @Option(help: ArgumentHelp("The new day.", valueName: "YYYY-MM-DD")) var to: CalendarDate
        @Option(help: ArgumentHelp("Why it moved.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.moveConference(conferenceID, to: to, reason: reason, by: author, on: .today())
            }
        }
    }
}
