import ArgumentParser
import CaseJourney

extension CJ {
    struct ReferralGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "referral",
            abstract: "Record referrals: where each came from, what was decided, and when the episode closed.",
            discussion: """
                A referral starts a child in need episode (one for each child it is about), as \
                the Children in Need census counts them. A family asking for help themselves is a \
                referral too (--source 1C), and what was decided is recorded even when it is no \
                further action.

                Examples:
                  cj referral add ASH-01 --child Amy --child Ben --source 2A --from "Millbrook Primary (Martin Hale)" --reason "Amy often hungry" --date 2026-05-11
                  cj referral decide ASH-01 ref1 --outcome assessment --need N1 --date 2026-05-12
                  cj referral close ASH-01 ref1 --reason-code RC7 --date 2027-01-15
                  cj referral list ASH-01
                """,
            subcommands: [Add.self, Decide.self, Close.self, Correct.self, List.self, Withdraw.self])
    }
}

/// Census codes are capitals (2A, N1, RC7), and are accepted in any case.
extension ReferralSource: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.uppercased()) }
}
extension PrimaryNeed: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.uppercased()) }
}
extension ClosureReason: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.uppercased()) }
}
extension ReferralDecision: ExpressibleByArgument {}

extension CJ.ReferralGroup {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a referral and print its id.",
            discussion: """
                --source is the census's code: 1A family member, 1B acquaintance, 1C the family \
                themselves, 1D other individual, 2A school, 2B education service, 3A GP, 3B \
                health visitor, 3C school nurse, 3D other primary health, 3E A&E, 3F other \
                health, 4 housing, 5A social care, 5B other council service, 5C another council, \
                5D early help, 6 police, 7 other legal agency, 8 other, 9 anonymous, 10 not \
                known. --need takes the primary need code (N0 to N9, see `cj referral decide \
                --help`). Who referred (--from) and why (--reason) are for the team only: no family \
                output shows them. A child referred again within 12 months is named as a \
                re-referral, and shows in `cj due`.

                Examples:
                  cj referral add ASH-01 --child Amy --source 2A --from "Millbrook Primary (Martin Hale)" --reason "Amy often arrives hungry" --date 2026-05-11
                  cj referral add EVA-05 --child Noah --child Lily --source 1C --reason "Gemma asked for help after the move" --date 2026-03-02
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("A child it is about (repeatable).", valueName: "child")) var child: [String] = []
        @Option(help: ArgumentHelp("Where it came from: the census's source code (2A school, 6 police, 1C the family, ...).", valueName: "code"))
        var source: ReferralSource
        @Option(help: ArgumentHelp("Who referred, as given (for the team only).", valueName: "who")) var from: String?
        @Option(help: ArgumentHelp("What it is about (for the team only).", valueName: "text")) var reason: String
        @Option(help: ArgumentHelp("The census's primary need code (N0 to N9), if known.", valueName: "code")) var need: PrimaryNeed?
        @Option(help: ArgumentHelp("The day it came in (default: today).", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.addReferral(on: date ?? .today(), children: child, source: source, referrer: from, reason: reason,
                                      primaryNeed: need, by: author, privacy: privacy.request)
            }
            Output.line(updated.referrals.last!.id)
        }
    }

    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "decide",
            abstract: "Record what was decided about a referral.",
            discussion: """
                no-further-action and advice end the episode on the day decided (the census sends \
                it as a referral with no further action). An assessment needs the primary need \
                code (--need): N0 not stated, N1 abuse or neglect, N2 the child's disability or \
                illness, N3 a parent's disability or illness, N4 family in acute stress, N5 family \
                dysfunction, N6 socially unacceptable behaviour, N7 low income, N8 absent parenting, \
                N9 not a child in need.

                Examples:
                  cj referral decide ASH-01 ref1 --outcome assessment --need N1 --date 2026-05-12
                  cj referral decide BRO-02 ref1 --outcome advice --date 2026-11-23
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The referral's id.") var referralID: String
        @Option(help: "no-further-action, advice or assessment.") var outcome: ReferralDecision
        @Option(help: ArgumentHelp("The census's primary need code (N0 to N9).", valueName: "code")) var need: PrimaryNeed?
        @Option(help: ArgumentHelp("The day it was decided (default: today).", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.decideReferral(referralID, outcome, on: date ?? .today(), primaryNeed: need, by: author)
            }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close",
            abstract: "Close a referral's episode, with the census's reason code.",
            discussion: """
                RC1 adopted, RC2 died, RC3 child arrangements order, RC4 special guardianship \
                order, RC5 moved to another council, RC6 moved to adult services, RC7 help ended \
                (no longer in need), RC8 closed after assessment with no further action, RC9 \
                closed after assessment and passed to early help.

                Example:
                  cj referral close ASH-01 ref1 --reason-code RC7 --date 2027-01-15
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The referral's id.") var referralID: String
        @Option(name: .customLong("reason-code"), help: ArgumentHelp("Why it closed: RC1 to RC9.", valueName: "code")) var reasonCode: ClosureReason
        @Option(help: ArgumentHelp("The day it closed (default: today).", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.closeReferral(referralID, on: date ?? .today(), reason: reasonCode, by: author)
            }
        }
    }

    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct",
            abstract: "Put right what was recorded about a referral, saying why; the original is kept.",
            discussion: """
                Example:
                  cj referral correct ASH-01 ref1 --source 3B --reason "It came from the health visitor, not the school"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The referral's id.") var referralID: String
        @Option(name: .customLong("date"), help: ArgumentHelp("The day it really came in.", valueName: "YYYY-MM-DD")) var received: CalendarDate?
        @Option(help: ArgumentHelp("The right source code.", valueName: "code")) var source: ReferralSource?
        @Option(help: ArgumentHelp("The right primary need code.", valueName: "code")) var need: PrimaryNeed?
        @Option(help: "The right decision: no-further-action, advice or assessment.") var outcome: ReferralDecision?
        @Option(help: ArgumentHelp("The day it was really decided.", valueName: "YYYY-MM-DD")) var decided: CalendarDate?
        @Option(help: ArgumentHelp("The day the episode really closed.", valueName: "YYYY-MM-DD")) var closed: CalendarDate?
        @Option(name: .customLong("reason-code"), help: ArgumentHelp("The right closure reason (RC1 to RC9).", valueName: "code"))
        var reasonCode: ClosureReason?
        @Option(help: ArgumentHelp("Why the record was wrong.", valueName: "text")) var reason: String
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let request = ReferralCorrection(date: received, source: source, primaryNeed: need, decision: outcome, decided: decided,
                                             closed: closed, closureReason: reasonCode)
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.correctReferral(referralID, request, reason: reason, by: author, on: .today())
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a case's referrals and assessments, oldest first.",
            discussion: """
                Examples:
                  cj referral list ASH-01
                  cj referral list ASH-01 --format json
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: "text or json.") var format: DocumentFormat = .text
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let value = try storeOptions.caseStore.read(caseID)
            if format == .json { return try Output.json(value.referrals) }
            guard !value.referrals.isEmpty else { return Output.line("No referrals recorded for \(caseID).") }
            for referral in value.referrals.sorted(by: { $0.date < $1.date }) {
                let names = referral.children.map { value.person(withID: $0)?.firstName ?? $0 }.joined(separator: ", ")
                var line = "\(referral.id)  \(referral.date)  \(names): from \(referral.source.displayName) (\(referral.source.rawValue))"
                if let need = referral.primaryNeed { line += "; need \(need.rawValue) (\(need.displayName))" }
                line += referral.decision.map { "; decided \(referral.decided?.description ?? "?"): \($0.displayName)" } ?? "; not decided"
                if let closed = referral.closed, let reason = referral.closureReason { line += "; closed \(closed): \(reason.rawValue)" }
                for child in referral.children where value.previousReferral(of: child, before: referral) != nil {
                    line += "; re-referral for \(value.person(withID: child)?.firstName ?? child)"
                }
                if let withdrawal = referral.withdrawal { line += " (withdrawn \(withdrawal.date): \(withdrawal.reason))" }
                Output.line(line)
                Output.line("      \(referral.reason)" + (referral.referrer.map { " [from \($0)]" } ?? ""))
                for assessment in value.assessments where assessment.referral == referral.id {
                    var row = "      \(assessment.id) assessment started \(assessment.started)"
                    row += assessment.authorised.map { ", authorised \($0)" } ?? ", not finished"
                    if let factors = assessment.factors { row += "; factors \(factors.joined(separator: ", "))" }
                    if let withdrawal = assessment.withdrawal { row += " (withdrawn \(withdrawal.date): \(withdrawal.reason))" }
                    Output.line(row)
                }
            }
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw a referral recorded in error, saying why.",
            discussion: """
                Example:
                  cj referral withdraw ASH-01 ref2 --reason "Recorded on the wrong family"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The referral's id.") var referralID: String
        @OptionGroup var withdrawal: WithdrawalOptions

        func run() throws {
            try withdrawal.withdraw(referralID, from: caseID, kinds: [.referral])
        }
    }
}
