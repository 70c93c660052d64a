import ArgumentParser
import CaseJourney

extension CJ {
    struct WorkerGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "worker",
            abstract: "Allocate a case to a social worker, end an allocation, or put one right.",
            discussion: """
                Examples:
                  cj worker assign ASH-01 --name "Sam Okafor" --from 2026-03-02
                  cj worker end ASH-01 --date 2026-11-27 --reason "Sam has left the team"
                  cj worker correct ASH-01 al2 --from 2026-04-20 --reason "Start date typed wrongly"
                """,
            subcommands: [Assign.self, Handover.self, End.self, Correct.self])
    }
}

extension CJ.WorkerGroup {
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assign",
            abstract: "Make a social worker responsible for a case from a date.",
            discussion: """
                The previous worker's allocation ends on that date; it stays in the case's \
                allocation history.

                Example:
                  cj worker assign ASH-01 --name "Sam Okafor" --from 2026-03-02 --phone "01632 960200" --manager "Ruth Bell"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("The social worker's name.", valueName: "name")) var name: String
        @Option(help: ArgumentHelp("Their first day on the case.", valueName: "YYYY-MM-DD")) var from: CalendarDate
        @Option(help: ArgumentHelp("Their work phone.", valueName: "text")) var phone: String?
        @Option(help: ArgumentHelp("Their work email.", valueName: "text")) var email: String?
        @Option(help: ArgumentHelp("Their team manager.", valueName: "name")) var manager: String?

        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var authorOptions: AuthorOptions

        func run() throws {
            let contact = ContactDetails(phone: phone, email: email)
            let allocation = Allocation(worker: name, from: from, contact: contact.isEmpty ? nil : contact, manager: manager)
            try storeOptions.caseStore.update(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.assign(allocation)
            }
            Output.line("\(name) holds case \(caseID) from \(from).")
        }
    }

    struct Handover: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "handover",
            abstract: "Record the handover to a case's new social worker: what was handed over, who they have met, the checklist.",
            discussion: """
                Until the new worker has met the family and the children and done every item of \
                the team's checklist (handovers.checklist in the settings), `cj due` shows the \
                handover, due 10 working days after their first day (handovers.within).

                Examples:
                  cj worker handover FOS-06 --handed-over "Chronology, plan and the school's concerns; Ruby is anxious with new adults" --met-family 2026-08-26
                  cj worker handover FOS-06 --met-children 2026-08-28 --done "Read the chronology and the plan"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("The allocation (default: the current one).", valueName: "id")) var allocation: String?
        @Option(name: .customLong("handed-over"), help: ArgumentHelp("What was handed over (for workers only).", valueName: "text"))
        var handedOver: String?
        @Option(name: .customLong("met-family"), help: ArgumentHelp("The day the new worker met the parents.", valueName: "YYYY-MM-DD"))
        var metFamily: CalendarDate?
        @Option(name: .customLong("met-children"), help: ArgumentHelp("The day they had met every child on a plan.", valueName: "YYYY-MM-DD"))
        var metChildren: CalendarDate?
        @Option(help: ArgumentHelp("A checklist item done, as the team's settings word it (repeatable).", valueName: "item"))
        var done: [String] = []
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            let checklist = try store.settings().handovers.checklist
            try storeOptions.change(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.recordHandover(allocation: allocation, handedOver: handedOver, metFamily: metFamily, metChildren: metChildren,
                                         done: done, checklist: checklist)
            }
        }
    }
}
