import ArgumentParser
import CaseJourney

/// What every `withdraw` subcommand takes after the record's id: why, who, and the store.
struct WithdrawalOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Why it is withdrawn.", valueName: "text")) var reason: String
    @OptionGroup var authorOptions: AuthorOptions
    @OptionGroup var storeOptions: StoreOptions

    /// Withdraws record `id` of case `caseID`, refusing any kind but `kinds`, and prints what
    /// the history records.
    func withdraw(_ id: String, from caseID: String, kinds: [RecordKind]) throws {
        let author = authorOptions.author
        try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
            try value.withdrawRecord(id, reason: reason, by: author, on: .today(), allowed: kinds)
        }
    }
}
