import ArgumentParser
import CaseJourney

extension CJ {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check case files and list every problem found, then anything worth a look.",
            discussion: """
                Checks every case in the store, or only those named, including that nothing is \
                dated after today. Exits 0 only when all are valid, 65 when any file has \
                problems (a file that records something after today can still be read, but is \
                reported), 66 when a named case does not exist, 74 when a file cannot be opened.

                Valid cases are then checked for patterns worth a conversation (information, not \
                blame; they never change the exit code): every family action on the mother while \
                a father with parental responsibility is recorded; a new social worker shortly \
                before a conference; a child protection plan open a long time; a child who had a \
                plan before.

                Examples:
                  cj validate
                  cj validate ASH-01 BRO-02 --store fixtures/store --as-of 2026-11-23
                """)

        @Argument(help: "Case ids to check (default: all).") var caseIDs: [String] = []
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let answer = try storeOptions.caseStore.validation(of: caseIDs.isEmpty ? nil : caseIDs, today: .today(), asOf: asOf.date)
            // The team settings are checked too: every due date depends on them.
            for failure in [answer.settingsProblem].compactMap({ $0 }) + answer.unreadable {
                Output.error(failure.errorDescription ?? "\(failure)")
            }
            Output.line("\(answer.valid) of \(answer.checked) case\(answer.checked == 1 ? "" : "s") valid"
                + (answer.settingsProblem == nil ? "." : "; the team settings are not."))
            if !answer.checks.isEmpty {
                Output.line("\nWorth a look (information, not blame) as of \(asOf.date):")
                for check in answer.checks { Output.line("  \(check.caseId)  \(check.message)") }
            }
            if let worst = ([answer.settingsProblem].compactMap { $0 } + answer.unreadable).exitCode { throw ExitCode(worst) }
        }
    }
}
