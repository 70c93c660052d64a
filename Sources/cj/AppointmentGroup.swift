import ArgumentParser
import CaseJourney

extension CJ {
    struct AppointmentGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "appointment",
            abstract: "Book appointments with the family, and record what came of them.",
            discussion: """
                Examples:
                  cj appointment book ASH-01 --with Lee --date 2026-12-03 --purpose "Parenting assessment with Lee"
                  cj appointment record ASH-01 ap1 --cancelled-by service --reason "Worker off sick"
                  cj appointment book ASH-01 --with Lee --date 2026-12-10 --purpose "Parenting assessment with Lee" --rebooks ap1
                  cj appointment list ASH-01
                """,
            subcommands: [Book.self, Record.self, List.self, Withdraw.self])
    }
}

extension CJ.AppointmentGroup {
    struct Book: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "book",
            abstract: "Book an appointment with people in the family; prints its id.",
            discussion: """
                --rebooks books again one that was cancelled or missed. An appointment the \
                service cancels and does not book again shows in `cj due` until it is.

                Examples:
                  cj appointment book ASH-01 --with Lee --date 2026-12-03 --purpose "Parenting assessment with Lee"
                  cj appointment book ASH-01 --with Lee --with Kim --date 2026-12-10 --purpose "Family meeting" --rebooks ap1
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("Who it is with, by id or name (repeatable).", valueName: "person")) var with: [String] = []
        @Option(help: ArgumentHelp("The day of the appointment.", valueName: "YYYY-MM-DD")) var date: CalendarDate
        @Option(help: ArgumentHelp("What it is for.", valueName: "text")) var purpose: String
        @Option(name: .customLong("booked-by"), help: ArgumentHelp("Who booked it (default: --by).", valueName: "name"))
        var bookedBy: String?
        @Option(help: ArgumentHelp("The cancelled or missed appointment this books again.", valueName: "id")) var rebooks: String?
        @Option(name: .customLong("booked-on"), help: ArgumentHelp("The day it was booked (default: today, for a day to come).",
                                                                   valueName: "YYYY-MM-DD"))
        var bookedOn: CalendarDate?
        @OptionGroup var privacy: PrivacyOptions
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.bookAppointment(with: with, on: date, purpose: purpose, bookedBy: bookedBy ?? author, bookedOn: bookedOn,
                                          today: .today(), rebooks: rebooks, privacy: privacy.request)
            }
            Output.line(updated.appointments.last!.id)
        }
    }

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "Record what came of an appointment: it happened, was missed, or was cancelled (by whom, and why).",
            discussion: """
                A cancellation says who called it off: the service, the family or another agency. \
                The service's cancellations are never counted against the family.

                Examples:
                  cj appointment record ASH-01 ap1 --happened
                  cj appointment record ASH-01 ap1 --missed --reason "Lee was at work: the letter came after his rota was set"
                  cj appointment record ASH-01 ap1 --cancelled-by service --reason "Worker off sick"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The appointment's id.") var appointmentID: String
        @Flag(help: "It happened.") var happened = false
        @Flag(help: "The person did not come, or was not in.") var missed = false
        @Option(name: .customLong("cancelled-by"), help: "It was cancelled by the service, the family or another agency.")
        var cancelledBy: CancelledBy?
        @Option(help: ArgumentHelp("Why it was missed or cancelled.", valueName: "text")) var reason: String?
        @Option(help: ArgumentHelp("For a cancellation, the day it was called off (default: today, or the appointment's day if that has passed).",
                                   valueName: "YYYY-MM-DD"))
        var date: CalendarDate?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            guard [happened, missed, cancelledBy != nil].filter({ $0 }).count == 1 else {
                throw ValidationError("Give exactly one of --happened, --missed or --cancelled-by WHO.")
            }
        }

        func run() throws {
            let result: AppointmentResult = happened ? .happened : missed ? .missed : .cancelled
            try storeOptions.change(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.recordAppointment(appointmentID, result: result, cancelledBy: cancelledBy, reason: reason, on: date, today: .today())
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a case's appointments, oldest first, with what came of each.",
            discussion: """
                Examples:
                  cj appointment list ASH-01
                  cj appointment list ASH-01 --format json
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: "table or json.") var format: ListFormat = .table
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if format == .csv { throw ValidationError("--format is table or json for this list.") }
        }

        func run() throws {
            let value = try storeOptions.caseStore.read(caseID)
            if format == .json {
                try Output.json(value.appointments)
                return
            }
            guard !value.appointments.isEmpty else { return Output.line("No appointments recorded for \(caseID).") }
            var table = TextTable(headers: ["ID", "DATE", "WITH", "FOR", "BOOKED BY", "WHAT HAPPENED"])
            table.rows = value.appointments.map { appointment in
                var what = switch appointment.result {
                case nil: "to come"
                case .happened?: "happened"
                case .missed?: "missed" + (appointment.reason.map { ": \($0)" } ?? "")
                case .cancelled?: "cancelled by \(appointment.cancelledBy?.displayName ?? "someone") on "
                    + "\(appointment.resultDate?.description ?? "?"): \(appointment.reason ?? "")"
                }
                if let again = value.appointments.first(where: { $0.rebooks == appointment.id }) { what += "; booked again as \(again.id)" }
                if let rebooks = appointment.rebooks { what += "; books \(rebooks) again" }
                if let withdrawal = appointment.withdrawal { what += "; withdrawn \(withdrawal.date): \(withdrawal.reason)" }
                return [appointment.id, appointment.date.description,
                        appointment.with.map { value.person(withID: $0)?.name ?? $0 }.joined(separator: ", "),
                        appointment.purpose, appointment.bookedBy, what]
            }
            Output.line(table.render())
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw an appointment recorded in error, saying why.",
            discussion: """
                Example:
                  cj appointment withdraw ASH-01 ap2 --reason "Booked on the wrong case"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The appointment's id.") var appointmentID: String
        @OptionGroup var withdrawal: WithdrawalOptions

        func run() throws {
            try withdrawal.withdraw(appointmentID, from: caseID, kinds: [.appointment])
        }
    }
}
