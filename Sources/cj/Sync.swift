import ArgumentParser
import CaseJourney

extension CJ {
    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync",
            abstract: "Share changes with the team: commit, bring in everyone else's, merge, send yours.",
            discussion: """
                Works offline up to the sending: your changes are committed on this computer and \
                go out at the next sync that reaches the server (exit 75, try again). Case files \
                are merged record by record; anything two people changed differently is kept as \
                a conflict to settle (`cj conflict list`). It never overwrites the server's copy.

                Example:
                  cj sync --by "Sam Okafor"
                """)

        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let report = try storeOptions.caseStore.sync(by: authorOptions.author, mergeDriver: MergeDriverCommand.registration)
            for failure in report.leftOut { Output.error("Not shared: " + (failure.errorDescription ?? "\(failure)")) }
            show("Committed changes not yet shared", report.committedNow)
            guard let server = report.server else {
                Output.line("This store has no team server yet, so nothing was sent or brought in. "
                    + "Add one with `cj init --git --remote URL`.")
                return
            }
            if let reason = report.unreachable {
                Output.line("Could not reach the team server (\(server)): \(Output.terminalSafe(reason)).")
                Output.line("Your changes are committed on this computer and will go out at the next `cj sync`.")
                throw ExitCode(75)
            }
            show("Came in", report.cameIn)
            show("Went out", report.wentOut)
            if report.cameIn.isEmpty && report.wentOut.isEmpty { Output.line("Up to date with \(server): nothing came in or went out.") }
            for line in report.settingsNotKept {
                Output.line("Team settings changed differently here and by the team: \(line). Change it again with the team's agreement.")
            }
            if !report.casesWithOpenConflicts.isEmpty {
                Output.line("\nOpen conflicts to settle in \(report.casesWithOpenConflicts.joined(separator: ", ")): "
                    + "see `cj conflict list`.")
            }
            if !report.leftOut.isEmpty { throw ExitCode(report.leftOut.exitCode ?? 65) }
        }

        /// `Came in (3 changes):` then one line per change, grouped by case in the order they came.
        private func show(_ heading: String, _ changes: [SyncReport.Change]) {
            guard !changes.isEmpty else { return }
            Output.line("\(heading) (\(changes.count) change\(changes.count == 1 ? "" : "s")):")
            for change in changes {
                Output.line("  \(change.caseId ?? "store")  \(Output.terminalSafe(change.author)): \(Output.terminalSafe(change.change))")
            }
        }
    }
}
