import ArgumentParser
import CaseJourney

extension CJ {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check case files and list every problem found.",
            discussion: """
                Checks every case in the store, or only those named. Exits 0 only when all are valid, \
                65 when any file has problems, 66 when a named case does not exist.

                Examples:
                  cj validate
                  cj validate ASH-01 BRO-02 --store fixtures/store
                """)

        @Argument(help: "Case ids to check (default: all).") var caseIDs: [String] = []
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            let ids = caseIDs.isEmpty ? try store.caseIDs() : caseIDs
            var failures: [CaseJourneyError] = []
            for id in ids {
                do throws(CaseJourneyError) {
                    _ = try store.read(id)
                } catch {
                    failures.append(error)
                }
            }
            let valid = ids.count - failures.count
            for failure in failures { Output.error(failure.errorDescription ?? "\(failure)") }
            Output.line("\(valid) of \(ids.count) case\(ids.count == 1 ? "" : "s") valid.")
            guard let worst = failures.map(\.exitCode).max() else { return }
            throw ExitCode(worst == 66 || worst == 64 ? worst : 65)
        }
    }
}
