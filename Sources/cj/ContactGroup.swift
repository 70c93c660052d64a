import ArgumentParser
import CaseJourney

extension CJ {
    struct ContactGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "contact",
            abstract: "Record each attempt to reach an adult, and how they ask to be reached.",
            discussion: """
                Examples:
                  cj contact log ASH-01 Lee --method letter --outcome no-answer --date 2026-11-02
                  cj contact log ASH-01 Lee --method message-via-agency --via "the health visitor" --outcome reached
                  cj contact needs ASH-01 Lee --language Polish --interpreter --contact-by text --working-hours "nights" --reason "Lee told the health visitor"
                  cj contact list ASH-01
                """,
            subcommands: [Log.self, Needs.self, List.self, Withdraw.self])
    }
}

extension CJ.ContactGroup {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Record an attempt to reach an adult and what came of it; prints its id.",
            discussion: """
                Log every try, including the ones that got no answer: an adult with parental \
                responsibility nobody has reached for four weeks (the team's \
                checks.adultNotReached) while a child is on a plan shows in `cj due`, with each \
                try. A visit that saw them, an appointment or a meeting they came to also counts \
                as reaching them.

                Examples:
                  cj contact log ASH-01 Lee --method call --outcome no-answer
                  cj contact log ASH-01 Lee --method letter --outcome undelivered --date 2026-11-02 --note "Returned: not known at this address"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The adult, by id or name.") var person: String
        @Option(help: "letter, call, text, email, visit or message-via-agency.") var method: ContactMethod
        @Option(help: "reached, no-answer, message-left, undelivered or declined.") var outcome: ContactOutcome
        @Option(help: ArgumentHelp("For message-via-agency: the agency that passed it on.", valueName: "agency")) var via: String?
        @Option(help: ArgumentHelp("The day of the attempt (default: today).", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @Option(help: ArgumentHelp("What was said or arranged (for professionals).", valueName: "text")) var note: String?
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.logContact(person, method: method, outcome: outcome, via: via, note: note, on: date ?? .today(),
                                     by: author, privacy: privacy.request)
            }
            Output.line(updated.contacts.last!.id)
        }
    }

    struct Needs: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "needs",
            abstract: "Record how an adult asks to be reached and what they need.",
            discussion: """
                Only what you give changes; what it said before is kept. `cj due` shows it beside \
                an adult nobody has reached, so the next try fits them.

                Example:
                  cj contact needs ASH-01 Lee --language Polish --interpreter --contact-by text --working-hours "nights, Monday to Thursday" --reason "Lee told the health visitor"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The adult, by id or name.") var person: String
        @Option(help: ArgumentHelp("The language they are most at ease in.", valueName: "language")) var language: String?
        @Flag(inversion: .prefixedNo, help: "Whether they need an interpreter.") var interpreter: Bool?
        @Option(name: .customLong("contact-by"), help: ArgumentHelp("How they asked to be contacted, most preferred first (repeatable).",
                                                                    valueName: "method"))
        var contactBy: [ContactMethod] = []
        @Option(help: ArgumentHelp("Hearing, sight, reading or other needs.", valueName: "text")) var needs: String?
        @Option(name: .customLong("working-hours"), help: ArgumentHelp("When they work, so meetings are not booked then.", valueName: "text"))
        var workingHours: String?
        @Option(help: ArgumentHelp("How you know, or what changed.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.setContactNeeds(person, language: language, interpreter: interpreter, contactBy: contactBy, needs: needs,
                                          workingHours: workingHours, reason: reason, by: author, on: .today())
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the attempts to reach each adult, oldest first, and when each was last reached.",
            discussion: """
                Examples:
                  cj contact list ASH-01
                  cj contact list ASH-01 --format json
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: "table or json.") var format: ListFormat = .table
        @OptionGroup var asOf: AsOfOptions

        func validate() throws {
            if format == .csv { throw ValidationError("--format is table or json for this list.") }
        }
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let value = try storeOptions.caseStore.read(caseID)
            if format == .json {
                try Output.json(value.contacts)
                return
            }
            var lines: [String] = []
            for adult in value.adults {
                let last = value.lastReached(adult.id, asOf: asOf.date).map { "last reached \($0)" } ?? "not reached on any recorded contact"
                let needs = adult.contactNeeds.map { $0.isEmpty ? "" : "; asked: \($0.description)" } ?? ""
                lines.append("\(adult.name) [\(adult.id)], \(adult.role.rawValue): \(last)\(needs)")
            }
            var table = TextTable(headers: ["ID", "DATE", "PERSON", "METHOD", "OUTCOME", "BY", "NOTE"])
            table.rows = value.contacts.sorted { $0.date < $1.date }.map { contact in
                let withdrawn = contact.withdrawal.map { " (withdrawn \($0.date): \($0.reason))" } ?? ""
                return [contact.id, contact.date.description, value.person(withID: contact.person)?.name ?? contact.person,
                        contact.method.displayName + (contact.via.map { " via \($0)" } ?? ""), contact.outcome.displayName,
                        contact.by, (contact.note ?? "") + withdrawn]
            }
            Output.line(lines.joined(separator: "\n") + "\n\n"
                + (value.contacts.isEmpty ? "No contact attempts recorded." : table.render()))
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw a contact attempt logged in error, saying why.",
            discussion: """
                Example:
                  cj contact withdraw ASH-01 ct2 --reason "Logged on the wrong case"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The contact attempt's id.") var contactID: String
        @OptionGroup var withdrawal: WithdrawalOptions

        func run() throws {
            try withdrawal.withdraw(contactID, from: caseID, kinds: [.contactAttempt])
        }
    }
}
