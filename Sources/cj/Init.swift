import ArgumentParser
import CaseJourney

extension CJ {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a case store.",
            discussion: """
                Creates the store folder (readable by you only) and its default settings. \
                Running it on an existing store changes nothing.

                Example:
                  cj init --store ./cases
                """)

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            if try store.initialise() {
                Output.line("Created a case store at \(store.path).")
            } else {
                Output.line("\(store.path) is already a case store; nothing was changed.")
            }
        }
    }
}
