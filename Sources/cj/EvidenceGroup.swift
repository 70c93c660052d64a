import ArgumentParser
import CaseJourney

extension CJ {
    struct EvidenceGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evidence",
            abstract: "Record evidence of progress, and mark actions achieved on it.",
            discussion: """
                Examples:
                  cj evidence add ASH-01 "Finished the 10-week parenting course" --for Kelly --from "Northtown Family Hub" --kind agency --date 2026-03-10
                  cj evidence add ASH-01 "Breakfast club confirms Amy eats every day" --from martin --kind professional --action a1 --achieves
                  cj evidence list ASH-01
                """,
            subcommands: [Add.self, List.self, Withdraw.self])
    }
}

extension CJ.EvidenceGroup {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a dated piece of progress and where it came from; prints its id.",
            discussion: """
                It may be dated before the plan began: a course finished earlier still counts. \
                With --achieves, each --action named is marked done on it. The parent summary \
                lists it under "What has been done, with evidence", unless the disclosure policy \
                keeps it from the reader.

                Examples:
                  cj evidence add ASH-01 "Finished the 10-week parenting course" --for Kelly --from "Northtown Family Hub" --kind agency --date 2026-03-10
                  cj evidence add ASH-01 "Three clear hair-strand tests" --for Kelly --from "Northtown Recovery (Northtown Council)" --kind agency --action a4 --achieves
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "What it shows, in plain words.") var text: String
        @Option(name: .customLong("for"), help: ArgumentHelp("Whose progress it is (a person in the family).", valueName: "person"))
        var person: String?
        @Option(help: ArgumentHelp("Who gave it: a parent, a professional in the case, or \"Name (Agency)\".", valueName: "who"))
        var from: String
        @Option(help: "family, agency or professional.") var kind: EvidenceSource
        @Option(help: ArgumentHelp("The day it is dated (default: today).", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @Option(help: ArgumentHelp("An action it is evidence for (repeatable).", valueName: "id")) var action: [String] = []
        @Option(help: ArgumentHelp("An outcome it is evidence for (repeatable).", valueName: "id")) var outcome: [String] = []
        @Flag(help: "Mark each --action done on this evidence.") var achieves = false
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.addEvidence(text, for: person, from: from, kind: kind, on: date ?? .today(), actions: action, outcomes: outcome,
                                      achieves: achieves, by: author, today: .today(), privacy: privacy.request)
            }
            Output.line(updated.evidence.last!.id)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a case's evidence of progress, oldest first.",
            discussion: """
                Examples:
                  cj evidence list ASH-01
                  cj evidence list ASH-01 --format json
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: "text or json.") var format: DocumentFormat = .text
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let value = try storeOptions.caseStore.read(caseID)
            if format == .json { return try Output.json(value.evidence) }
            guard !value.evidence.isEmpty else { return Output.line("No evidence recorded for \(caseID).") }
            for item in value.evidence.sorted(by: { $0.date < $1.date }) {
                let whose = item.person.flatMap { value.person(withID: $0)?.name }.map { " (\($0))" } ?? ""
                let links = ((item.actions ?? []) + (item.outcomes ?? [])).joined(separator: ", ")
                var line = "\(item.id)  \(item.date)\(whose): \(item.text) [\(item.source.displayName): \(item.from.description)]"
                if !links.isEmpty { line += " for \(links)" }
                if let withdrawal = item.withdrawal { line += " (withdrawn \(withdrawal.date): \(withdrawal.reason))" }
                Output.line(line)
            }
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw evidence recorded in error, saying why.",
            discussion: """
                Example:
                  cj evidence withdraw ASH-01 ev2 --reason "Recorded on the wrong case"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The evidence's id.") var evidenceID: String
        @OptionGroup var withdrawal: WithdrawalOptions

        func run() throws {
            try withdrawal.withdraw(evidenceID, from: caseID, kinds: [.evidence])
        }
    }
}
