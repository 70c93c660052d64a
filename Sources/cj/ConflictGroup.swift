import ArgumentParser
import CaseJourney

extension CJ {
    struct ConflictGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conflict",
            abstract: "See and settle what two copies of a shared case changed differently.",
            discussion: """
                Examples:
                  cj conflict list
                  cj conflict resolve ASH-01 x3f9a2c --keep theirs --reason "Checked the birth certificate"
                """,
            subcommands: [List.self, Resolve.self])
    }
}

extension CJ.ConflictGroup {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the open conflicts in the store, or in the cases named.",
            discussion: """
                Example:
                  cj conflict list ASH-01
                """)

        @Argument(help: "Case ids (default: every case).") var caseIDs: [String] = []
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            let ids = caseIDs.isEmpty ? try store.caseIDs() : caseIDs
            var found = 0
            for id in ids {
                for conflict in try store.read(id).openConflicts {
                    found += 1
                    Output.line("\(id)  \(conflict.id)  \(Output.terminalSafe(conflict.about)): \(Output.terminalSafe(conflict.versions))")
                    Output.line("    found \(conflict.at) by \(Output.terminalSafe(conflict.by)); settle with "
                        + "`cj conflict resolve \(id) \(conflict.id) --keep \(conflict.choices) --reason \"...\"`")
                }
            }
            if found == 0 { Output.line("No open conflicts.") }
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "resolve",
            abstract: "Settle a conflict: keep ours (the version in the record), theirs (the other copy's), or a new value.",
            discussion: """
                The choice and the reason are kept with the conflict and in the case's history.

                Examples:
                  cj conflict resolve ASH-01 x3f9a2c --keep theirs --reason "Checked the birth certificate"
                  cj conflict resolve ASH-01 x51d0e7 --keep 2027-01-15 --reason "Agreed at the core group"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The conflict's id (see `cj conflict list`).") var conflictID: String
        @Option(help: ArgumentHelp("ours, theirs, or the value to keep instead.", valueName: "ours|theirs|value")) var keep: String
        @Option(help: ArgumentHelp("Why this version stands.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.resolveConflict(conflictID, keep: ConflictChoice(keep), reason: reason, by: author, on: .today())
            }
        }
    }
}
