import ArgumentParser
import CaseJourney

extension CJ.CaseGroup {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Open a new case for a family.",
            discussion: """
                The case id names the file, so it may hold only letters, digits, '-' and '_'.

                Example:
                  cj case new ASH-01 --family "Ashworth"
                """)

        @Argument(help: "The new case's id, e.g. ASH-01.")
        var caseID: String

        @Option(help: ArgumentHelp("The family's name.", valueName: "name"))
        var family: String

        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var authorOptions: AuthorOptions

        func run() throws {
            try CaseID.check(caseID)
            let created = try storeOptions.caseStore.create(
                Case(caseId: caseID, familyName: family), by: authorOptions.author)
            Output.line("Opened case \(created.caseId) for the \(created.familyName) family.")
        }
    }
}
