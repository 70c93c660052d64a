import ArgumentParser
import CaseJourney

extension CJ {
    struct ServiceGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "service",
            abstract: "Refer family members to services, and record each session and who missed it.",
            discussion: """
                Examples:
                  cj service refer EVA-05 --for Gemma --provider "Eastfield Counselling" --purpose "Counselling after domestic abuse" --date 2026-06-01
                  cj service update EVA-05 sv1 --accepted 2026-06-20 --started 2026-07-06
                  cj service session EVA-05 sv1 --date 2026-09-14 --outcome provider-did-not-attend
                  cj service update EVA-05 sv1 --ended 2026-10-30 --end-reason funding --note "Service closed"
                  cj service list EVA-05
                """,
            subcommands: [Refer.self, Update.self, Session.self, List.self, Withdraw.self])
    }
}

extension CJ.ServiceGroup {
    struct Refer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "refer",
            abstract: "Record a referral of a family member to a service; prints its id.",
            discussion: """
                Until the provider accepts it (10 working days, services.acceptWithin) and starts \
                (20 working days after accepting, services.startWithin), `cj due` shows the wait \
                as the provider's.

                Example:
                  cj service refer EVA-05 --for Gemma --provider "Eastfield Counselling" --purpose "Counselling after domestic abuse" --date 2026-06-01
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(name: .customLong("for"), help: ArgumentHelp("Who the help is for.", valueName: "person")) var person: String
        @Option(help: ArgumentHelp("The service that provides it.", valueName: "name")) var provider: String
        @Option(help: ArgumentHelp("What it is for.", valueName: "text")) var purpose: String
        @Option(help: ArgumentHelp("The day of the referral (default: today).", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @Option(help: ArgumentHelp("A plan action that needs this help (repeatable): its delays are then the provider's.", valueName: "id"))
        var action: [String] = []
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.referToService(person, provider: provider, purpose: purpose, on: date ?? .today(), by: author, actions: action,
                                         privacy: privacy.request)
            }
            Output.line(updated.services.last!.id)
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Record that a referral was accepted, started or ended, and whether it carries on after the plan.",
            discussion: """
                Examples:
                  cj service update EVA-05 sv1 --accepted 2026-06-20 --started 2026-07-06
                  cj service update EVA-05 sv1 --ended 2026-10-30 --end-reason funding --note "The service closed"
                  cj service update EVA-05 sv1 --after-plan
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The referral's id.") var serviceID: String
        @Option(help: ArgumentHelp("The day the provider accepted it.", valueName: "YYYY-MM-DD")) var accepted: CalendarDate?
        @Option(help: ArgumentHelp("The day of the first session.", valueName: "YYYY-MM-DD")) var started: CalendarDate?
        @Option(help: ArgumentHelp("The day it ended.", valueName: "YYYY-MM-DD")) var ended: CalendarDate?
        @Option(name: .customLong("end-reason"),
                help: "completed, family-stopped, provider-stopped, funding, plan-ended or other.") var endReason: ServiceEndReason?
        @Option(help: ArgumentHelp("What is known, for workers.", valueName: "text")) var note: String?
        @Flag(name: .customLong("after-plan"), inversion: .prefixedNo, help: "Whether it carries on after the plan ends.")
        var afterPlan: Bool?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let update = ServiceUpdate(accepted: accepted, started: started, ended: ended, endReason: endReason, note: note,
                                       continuesAfterPlan: afterPlan)
            try storeOptions.change(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.updateService(serviceID, update)
            }
        }
    }

    struct Session: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "session",
            abstract: "Record one session of a service and whether it happened, and if not, who missed it.",
            discussion: """
                A session the provider cancelled or did not come to is the provider's, and is \
                counted as such in `cj due` and `cj report services`.

                Example:
                  cj service session EVA-05 sv1 --date 2026-09-14 --outcome provider-did-not-attend
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The referral's id.") var serviceID: String
        @Option(help: ArgumentHelp("The day of the session.", valueName: "YYYY-MM-DD")) var date: CalendarDate
        @Option(help: "held, missed-by-family, cancelled-by-family, cancelled-by-provider or provider-did-not-attend.")
        var outcome: SessionOutcome
        @Option(help: ArgumentHelp("What is known, for workers.", valueName: "text")) var note: String?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            try storeOptions.change(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.recordServiceSession(serviceID, on: date, outcome: outcome, note: note)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a case's referrals to services, with their sessions.",
            discussion: """
                Examples:
                  cj service list EVA-05
                  cj service list EVA-05 --format json
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: "text or json.") var format: DocumentFormat = .text
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let value = try storeOptions.caseStore.read(caseID)
            if format == .json { return try Output.json(value.services) }
            guard !value.services.isEmpty else { return Output.line("No referrals to services in \(caseID).") }
            for referral in value.services {
                let person = value.person(withID: referral.person)?.name ?? referral.person
                var line = "\(referral.id)  \(referral.provider) for \(person): \(referral.purpose). Referred \(referral.referred)"
                if let day = referral.accepted { line += ", accepted \(day)" }
                if let day = referral.started { line += ", started \(day)" }
                if let day = referral.ended { line += ", ended \(day) (\(referral.endReason?.displayName ?? "ended"))" }
                if let carries = referral.continuesAfterPlan { line += carries ? "; carries on after the plan" : "; stops when the plan ends" }
                if let withdrawal = referral.withdrawal { line += " (withdrawn \(withdrawal.date): \(withdrawal.reason))" }
                Output.line(line)
                for session in referral.sessions ?? [] {
                    Output.line("    \(session.date)  \(session.outcome.displayName)" + (session.note.map { ": \($0)" } ?? ""))
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
                  cj service withdraw EVA-05 sv2 --reason "Recorded twice"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The referral's id.") var serviceID: String
        @OptionGroup var withdrawal: WithdrawalOptions

        func run() throws {
            try withdrawal.withdraw(serviceID, from: caseID, kinds: [.service])
        }
    }
}

extension CJ.ReportGroup {
    struct Services: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "services",
            abstract: "Each service's referrals, waits and failures across the store: whose delays are whose.",
            discussion: """
                One row per provider: referrals, how many are waiting to start, the median \
                working days from referral to the first session, sessions held, cancelled by the \
                provider, not attended by the provider, missed by the family, and referrals the \
                provider stopped before the work was done.

                Examples:
                  cj report services --as-of 2026-11-23
                  cj report services --format csv > services.csv
                """)

        @Option(help: "table, json or csv.") var format: ListFormat = .table
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let answer = try storeOptions.caseStore.serviceReport(asOf: asOf.date)
            try Output.report(answer.rows, as: format) {
                guard !answer.rows.isEmpty else { return "No referrals to services as of \(asOf.date)." }
                var table = TextTable(headers: ["PROVIDER", "REFERRALS", "WAITING", "DAYS TO START", "HELD", "PROVIDER CANCELLED",
                                                "PROVIDER ABSENT", "FAMILY MISSED", "FAMILY CANCELLED", "STOPPED BY PROVIDER"])
                table.rows = answer.rows.map { row in
                    [row.provider, "\(row.referrals)", "\(row.waitingNow)", row.medianWorkingDaysToStart.map(String.init) ?? "-",
                     "\(row.sessionsHeld)", "\(row.cancelledByProvider)", "\(row.providerDidNotAttend)", "\(row.missedByFamily)",
                     "\(row.cancelledByFamily)", "\(row.stoppedByProvider)"]
                }
                return table.render()
            }
            try Output.reportUnreadable(answer.unreadable)
        }
    }
}
