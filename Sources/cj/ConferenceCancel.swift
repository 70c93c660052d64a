import ArgumentParser
import CaseJourney

extension CJ.ConferenceGroup {
    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel",
            abstract: "Cancel a booked conference, saying why.",
            discussion: """
                It stays on record as cancelled and is no longer due or "not yet held". Book the \
                new one with `cj conference schedule`.

                Example:
                  cj conference cancel BRO-02 c2 --reason "The chair is ill; to be re-listed"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The conference's id (see `cj conference list`).") var conferenceID: String
        @Option(help: ArgumentHelp("Why it was called off.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.cancelConference(conferenceID, reason: reason, by: author, on: .today())
            }
        }
    }
}
