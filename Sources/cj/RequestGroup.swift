import ArgumentParser
import CaseJourney

extension CJ {
    struct RequestGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "request",
            abstract: "Requests to correct a record: record them, then accept or decline each with a reason.",
            discussion: """
                Examples:
                  cj request add BRO-02 w1 --from Leah --wrong "It says Maya is frightened at home" --should-say "Maya said she was frightened by the arguments, which have stopped"
                  cj plan reword BRO-02 w1 "..." --reason "Leah asked (cr1)"
                  cj request accept BRO-02 cr1 --reason "Reworded as Leah asked"
                  cj request decline BRO-02 cr1 --reason "The school's record of what Maya said stands"
                  cj request list BRO-02
                """,
            subcommands: [Add.self, Accept.self, Decline.self, List.self, Withdraw.self])
    }
}

extension CJ.RequestGroup {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a request to correct a record; prints its id.",
            discussion: """
                It stays open, in `cj due` and in the asker's plan summary ("we have not answered \
                yet"), until it is accepted (after the record is corrected) or declined with a \
                reason, within 20 working days (the team's checks.answerCorrectionRequest).

                Example:
                  cj request add BRO-02 w1 --from Leah --wrong "It says Maya is frightened at home" --should-say "Maya said she was frightened by the arguments, which have stopped" --date 2026-11-10
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The record they say is wrong, by id.") var record: String
        @Option(help: ArgumentHelp("Who asked: a person in the family, a professional, or \"Name (Agency)\".", valueName: "who")) var from: String
        @Option(help: ArgumentHelp("What they say is wrong, in their words.", valueName: "text")) var wrong: String
        @Option(name: .customLong("should-say"), help: ArgumentHelp("What it should say, in their words.", valueName: "text")) var shouldSay: String
        @Option(help: ArgumentHelp("The day they asked (default: today).", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.requestCorrection(of: record, from: from, wrong: wrong, shouldSay: shouldSay, on: date ?? .today(), by: author,
                                            privacy: privacy.request)
            }
            Output.line(updated.correctionRequests.last!.id)
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "accept",
            abstract: "Accept a request once the record has been corrected.",
            discussion: """
                Correct the record first (`cj plan reword`, `cj person change`, `cj visit amend`, ...); \
                the request is then linked to that correction.

                Example:
                  cj request accept BRO-02 cr1 --reason "Reworded as Leah asked"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The request's id.") var requestID: String
        @Option(help: ArgumentHelp("What was corrected.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.answerCorrectionRequest(requestID, accepted: true, reason: reason, on: .today(), by: author)
            }
        }
    }

    struct Decline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "decline",
            abstract: "Decline a request, saying why the record stands (the person who asked will read it).",
            discussion: """
                Example:
                  cj request decline BRO-02 cr1 --reason "The school's record of what Maya said on 3 August stands"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The request's id.") var requestID: String
        @Option(help: ArgumentHelp("Why the record stands.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.answerCorrectionRequest(requestID, accepted: false, reason: reason, on: .today(), by: author)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a case's requests to correct a record, with their answers.",
            discussion: """
                Examples:
                  cj request list BRO-02
                  cj request list BRO-02 --format json
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: "text or json.") var format: DocumentFormat = .text
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let value = try storeOptions.caseStore.read(caseID)
            if format == .json { return try Output.json(value.correctionRequests) }
            guard !value.correctionRequests.isEmpty else { return Output.line("No requests to correct a record in \(caseID).") }
            for request in value.correctionRequests {
                let state = request.answer.map { answer in
                    (answer.accepted ? "accepted" : "declined") + " \(answer.date) by \(answer.by): \(answer.reason)"
                } ?? "open"
                let withdrawn = request.withdrawal.map { " (withdrawn \($0.date): \($0.reason))" } ?? ""
                Output.line("\(request.id)  \(request.date)  \(request.from.description) about \(request.record): \"\(request.wrong)\" "
                    + "should say \"\(request.shouldSay)\" [\(state)]\(withdrawn)")
            }
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw a request recorded in error, saying why.",
            discussion: """
                Example:
                  cj request withdraw BRO-02 cr2 --reason "Recorded twice"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The request's id.") var requestID: String
        @OptionGroup var withdrawal: WithdrawalOptions

        func run() throws {
            try withdrawal.withdraw(requestID, from: caseID, kinds: [.correctionRequest])
        }
    }
}
