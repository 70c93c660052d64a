import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct Mark: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mark",
            abstract: "Change who may read something already written: keep it from someone, or from the whole family.",
            discussion: """
                For a marking added too late, or taken off. Works on anything with free text \
                (worries, strengths, outcomes, actions, ratings, views, proposals, expectations, \
                visits, meetings). The marking it had stays on record. A person's or \
                professional's details are kept from someone with `cj person change \
                --confidential-from` or `cj professional change --confidential-from`.

                Examples:
                  cj plan mark ASH-01 w2 --private-from Dean --reason "It names the street Kelly moved to"
                  cj plan mark ASH-01 s3 --not-for-family --reason "The team's own view"
                  cj plan mark ASH-01 s3 --for-family --reason "Agreed it can be shared"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The id of the record (see `cj plan show`).") var itemID: String
        @Option(name: .customLong("private-from"), help: ArgumentHelp("Someone who must never read it (repeatable).", valueName: "person"))
        var privateFrom: [String] = []
        @Option(name: .customLong("not-private-from"), help: ArgumentHelp("Someone who may read it again (repeatable).", valueName: "person"))
        var notPrivateFrom: [String] = []
        @Flag(name: .customLong("not-for-family"), help: "Keep it out of everything written for the family.") var notForFamily = false
        @Flag(name: .customLong("for-family"), help: "The family may read it again.") var forFamily = false
        @Option(help: ArgumentHelp("Why the marking changes.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if notForFamily && forFamily { throw ValidationError("Give --not-for-family or --for-family, not both.") }
            if privateFrom.isEmpty && notPrivateFrom.isEmpty && !notForFamily && !forFamily {
                throw ValidationError("Say what changes: --private-from, --not-private-from, --not-for-family or --for-family.")
            }
        }

        func run() throws {
            let author = authorOptions.author
            let change = MarkingChange(privateFrom: privateFrom, notPrivateFrom: notPrivateFrom,
                                       notForFamily: notForFamily ? true : forFamily ? false : nil)
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.changeMarking(itemID, change, reason: reason, by: author, on: .today())
            }
        }
    }
}
