import ArgumentParser
import CaseJourney

extension CJ {
    struct AgreementGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agreement",
            abstract: "Written agreements with the family: terms, check-ins, milestones and requests for permission.",
            discussion: """
                Examples:
                  cj agreement make BRO-02 --term "Marcus lives away from the family home" --term "Marcus sees Maya on Saturdays for two hours, with Irene there" --agreed-by Leah --agreed-by Marcus --signed 2026-08-03 --check-in 2026-09-15 --milestone "Marcus finishes the fathers' group"
                  cj agreement update BRO-02 wa1 --held 2026-09-15
                  cj agreement ask BRO-02 wa1 --from Marcus --what "Come to Maya's carol concert" --date 2026-11-18
                  cj agreement answer BRO-02 wa1 pr1 --granted --reason "Irene will be there too"
                  cj agreement list BRO-02
                """,
            subcommands: [Make.self, Update.self, Ask.self, Answer.self, List.self, Withdraw.self])
    }
}

extension CJ.AgreementGroup {
    struct Make: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "make",
            abstract: "Record a signed written agreement; prints its id.",
            discussion: """
                Set check-ins with --check-in, so the agreement is looked at again; without one, \
                `cj due` says so and the parent summary tells the family they can ask for one.

                Example:
                  cj agreement make BRO-02 --term "Marcus lives away from the family home" --agreed-by Leah --agreed-by Marcus --signed 2026-08-03 --check-in 2026-09-15
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("A term of the agreement (repeatable).", valueName: "text")) var term: [String] = []
        @Option(name: .customLong("agreed-by"), help: ArgumentHelp("Someone in the family who signed it (repeatable).", valueName: "person"))
        var agreedBy: [String] = []
        @Option(help: ArgumentHelp("The day it was signed.", valueName: "YYYY-MM-DD")) var signed: CalendarDate
        @Option(help: ArgumentHelp("The plan it was made under (default: the open plan).", valueName: "id")) var plan: String?
        @Option(name: .customLong("check-in"), help: ArgumentHelp("A day to look at it again (repeatable).", valueName: "YYYY-MM-DD"))
        var checkIn: [CalendarDate] = []
        @Option(help: ArgumentHelp("A step towards ending it (repeatable).", valueName: "text")) var milestone: [String] = []
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.makeAgreement(terms: term, agreedBy: agreedBy, signed: signed, plan: plan, checkIns: checkIn, milestones: milestone,
                                        by: author, privacy: privacy.request)
            }
            Output.line(updated.agreements.last!.id)
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Set or record a check-in, reach a milestone, end the agreement, or say why it stays after its plan.",
            discussion: """
                Examples:
                  cj agreement update BRO-02 wa1 --check-in 2026-12-14
                  cj agreement update BRO-02 wa1 --held 2026-09-15
                  cj agreement update BRO-02 wa1 --missed 2026-11-10 --reason "Ola was off sick"
                  cj agreement update BRO-02 wa1 --milestone "Marcus finishes the fathers' group" --reached 2026-12-01
                  cj agreement update CAR-03 wa1 --end 2026-07-13 --reason "The plan stepped down; the agreement is no longer needed"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The agreement's id.") var agreementID: String
        @Option(name: .customLong("check-in"), help: ArgumentHelp("Set a check-in for this day.", valueName: "YYYY-MM-DD")) var checkIn: CalendarDate?
        @Option(help: ArgumentHelp("The check-in set for this day was held.", valueName: "YYYY-MM-DD")) var held: CalendarDate?
        @Option(help: ArgumentHelp("The check-in set for this day did not happen (say why with --reason).", valueName: "YYYY-MM-DD"))
        var missed: CalendarDate?
        @Option(help: ArgumentHelp("A milestone to add, or to mark reached with --reached.", valueName: "text")) var milestone: String?
        @Option(help: ArgumentHelp("The day the milestone was reached.", valueName: "YYYY-MM-DD")) var reached: CalendarDate?
        @Option(help: ArgumentHelp("The day the agreement ends (with --reason).", valueName: "YYYY-MM-DD")) var end: CalendarDate?
        @Option(name: .customLong("kept-because"), help: ArgumentHelp("Why it stays in force after its plan ended.", valueName: "text"))
        var keptBecause: String?
        @Option(help: ArgumentHelp("Why (for --missed and --end).", valueName: "text")) var reason: String?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            try storeOptions.change(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.updateAgreement(agreementID, setCheckIn: checkIn, held: held, missed: missed, reason: reason, milestone: milestone,
                                          reached: reached, end: end, keptBecause: keptBecause)
            }
        }
    }

    struct Ask: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ask",
            abstract: "Record a request for permission under an agreement; `cj due` shows it until it is answered.",
            discussion: """
                It should be answered within 2 working days (agreements.answerPermissionWithin).

                Example:
                  cj agreement ask BRO-02 wa1 --from Marcus --what "Come to Maya's carol concert" --date 2026-11-18
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The agreement's id.") var agreementID: String
        @Option(help: ArgumentHelp("Who asked.", valueName: "person")) var from: String
        @Option(help: ArgumentHelp("What they asked to do.", valueName: "text")) var what: String
        @Option(help: ArgumentHelp("The day they asked (default: today).", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            try storeOptions.change(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.askPermission(agreementID, from: from, what: what, on: date ?? .today())
            }
        }
    }

    struct Answer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "answer",
            abstract: "Answer a request for permission, saying why (the family will read it).",
            discussion: """
                Example:
                  cj agreement answer BRO-02 wa1 pr1 --granted --reason "Irene will be there too"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The agreement's id.") var agreementID: String
        @Argument(help: "The request's id (pr1, pr2, ...).") var requestID: String
        @Flag(inversion: .prefixedNo, help: "Whether it was allowed.") var granted: Bool
        @Option(help: ArgumentHelp("Why.", valueName: "text")) var reason: String
        @Option(help: ArgumentHelp("The day of the answer (default: today).", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            try storeOptions.change(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.answerPermission(agreementID, request: requestID, granted: granted, reason: reason, on: date ?? .today())
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a case's written agreements with their check-ins, milestones and requests.",
            discussion: """
                Examples:
                  cj agreement list BRO-02
                  cj agreement list BRO-02 --format json
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: "text or json.") var format: DocumentFormat = .text
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let value = try storeOptions.caseStore.read(caseID)
            if format == .json { return try Output.json(value.agreements) }
            guard !value.agreements.isEmpty else { return Output.line("No written agreements in \(caseID).") }
            for agreement in value.agreements {
                let names = agreement.agreedBy.compactMap { value.person(withID: $0)?.name }.joined(separator: ", ")
                var head = "\(agreement.id)  signed \(agreement.signed) by \(names)" + (agreement.plan.map { " under \($0)" } ?? "")
                if let ended = agreement.ended { head += "; ended \(ended): \(agreement.endReason ?? "")" }
                if let kept = agreement.keptAfterPlanBecause { head += "; stays after its plan because \(kept)" }
                if let withdrawal = agreement.withdrawal { head += " (withdrawn \(withdrawal.date): \(withdrawal.reason))" }
                Output.line(head)
                for term in agreement.terms { Output.line("    term: \(term)") }
                for checkIn in agreement.checkIns ?? [] {
                    let state = checkIn.held != nil ? "held" : checkIn.missed == true ? "missed" + (checkIn.reason.map { ": \($0)" } ?? "") : "to come or not recorded"
                    Output.line("    check-in \(checkIn.date): \(state)")
                }
                for milestone in agreement.milestones ?? [] {
                    Output.line("    milestone: \(milestone.text)" + (milestone.reached.map { " (reached \($0))" } ?? ""))
                }
                for request in agreement.permissionRequests ?? [] {
                    let answer = request.answered.map { "answered \($0): \(request.granted == true ? "yes" : "no"), \(request.reason ?? "")" } ?? "not answered"
                    Output.line("    \(request.id) \(request.asked) \(value.person(withID: request.from)?.name ?? request.from): \(request.what) [\(answer)]")
                }
            }
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw a written agreement recorded in error, saying why.",
            discussion: """
                Example:
                  cj agreement withdraw BRO-02 wa2 --reason "Recorded on the wrong case"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The agreement's id.") var agreementID: String
        @OptionGroup var withdrawal: WithdrawalOptions

        func run() throws {
            try withdrawal.withdraw(agreementID, from: caseID, kinds: [.agreement])
        }
    }
}
