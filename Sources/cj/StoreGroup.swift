import ArgumentParser
import CaseJourney

extension CJ {
    struct StoreGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "store",
            abstract: "Join a team's shared case store.",
            discussion: """
                Example:
                  cj store clone ssh://git.northtown.example/teams/north.git --store ~/cases
                """,
            subcommands: [Clone.self])
    }
}

extension CJ.StoreGroup {
    struct Clone: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "clone",
            abstract: "Copy a team's shared store to this computer and set it up for `cj sync`.",
            discussion: """
                The copy holds every case in the team's store, with its history. It is created \
                readable by you only; keep it on an encrypted disk.

                Example:
                  cj store clone ssh://git.northtown.example/teams/north.git --store ~/cases
                """)

        @Argument(help: "The team's server: a git URL or a folder.") var url: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let target = storeOptions.caseStore
            let store = try CaseStore.clone(from: url, into: target.path, by: authorOptions.author,
                                            mergeDriver: MergeDriverCommand.registration,
                                            lockTimeout: target.lockTimeout, today: target.today)
            let count = try store.caseIDs().count
            Output.line("Copied the team's store to \(store.path): \(count) case\(count == 1 ? "" : "s"). "
                + "Run `cj sync` to send your changes and bring in everyone else's.")
        }
    }
}
