import ArgumentParser
import CaseJourney

extension CJ {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create a case store, or share one through git.",
            discussion: """
                Creates the store folder (readable by you only) and its default settings. \
                Running it on an existing store changes nothing.

                With --git, the store becomes a git repository that a team shares: every change \
                is then one commit by the worker who made it, and `cj sync` exchanges changes \
                with the team's server (--remote, a git URL). Running it on an existing store \
                adds git to it.

                Examples:
                  cj init --store ./cases
                  cj init --git --remote ssh://git.northtown.example/teams/north.git --by "Ruth Bell"
                """)

        @Flag(help: "Make the store a git repository a team can share.") var git = false
        @Option(help: ArgumentHelp("The team's server, a git URL (with --git).", valueName: "url")) var remote: String?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if remote != nil && !git { throw ValidationError("--remote goes with --git: cj init --git --remote URL") }
        }

        func run() throws {
            let store = storeOptions.caseStore
            guard git else {
                if try store.initialise() {
                    Output.line("Created a case store at \(store.path).")
                } else {
                    Output.line("\(store.path) is already a case store; nothing was changed.")
                }
                return
            }
            let created = try store.share(by: authorOptions.author, mergeDriver: MergeDriverCommand.registration, remote: remote)
            Output.line(created
                ? "\(store.path) is now a shared case store (a git repository). Every change is committed as it is made."
                : "\(store.path) was already shared through git; its set-up was checked.")
            if let remote {
                Output.line("Its team server is \(remote): `cj sync` sends the cases there and brings in everyone else's.")
            }
        }
    }
}
