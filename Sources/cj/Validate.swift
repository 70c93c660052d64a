import ArgumentParser
import CaseJourney

extension CJ {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check case files and list every problem found, then anything worth a look.",
            discussion: """
                Checks every case in the store, or only those named, including that nothing is \
                dated after today. Exits 0 only when all are valid, 65 when any file has \
                problems, 66 when a named case does not exist.

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
            let store = storeOptions.caseStore
            let ids = caseIDs.isEmpty ? try store.caseIDs() : caseIDs
            var failures: [CaseJourneyError] = []
            // The team settings are checked too: every due date depends on them.
            let settings: StoreSettings?
            do throws(CaseJourneyError) {
                settings = try store.settings()
            } catch {
                settings = nil
                failures.append(error)
            }
            var valid: [Case] = []
            for id in ids {
                do throws(CaseJourneyError) {
                    let value = try store.read(id)
                    let future = CaseValidator.futureDates(in: value, today: .today())
                    guard future.isEmpty else { throw .invalidFile(path: store.casePath(id), problems: future) }
                    valid.append(value)
                } catch {
                    failures.append(error)
                }
            }
            for failure in failures { Output.error(failure.errorDescription ?? "\(failure)") }
            Output.line("\(valid.count) of \(ids.count) case\(ids.count == 1 ? "" : "s") valid"
                + (settings == nil ? "; the team settings are not." : "."))
            if !valid.isEmpty, let settings {
                let checks = CaseChecks(settings: settings)
                let found = valid.flatMap { checks.checks(for: $0, asOf: asOf.date) }
                if !found.isEmpty {
                    Output.line("\nWorth a look (information, not blame) as of \(asOf.date):")
                    for check in found { Output.line("  \(check.caseId)  \(check.message)") }
                }
            }
            guard let worst = failures.map(\.exitCode).max() else { return }
            throw ExitCode(worst == 66 || worst == 64 ? worst : 65)
        }
    }
}
