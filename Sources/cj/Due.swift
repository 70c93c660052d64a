import ArgumentParser
import CaseJourney

extension CJ {
    struct Due: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "due",
            abstract: "One agenda: everything overdue or due soon across the store, and plans worth a look.",
            discussion: """
                Lists visits (and children not seen visit after visit), adults nobody has \
                reached and appointments to rebook or record, unfinished handovers, initial and \
                review conferences with what would make them unfair, core groups, written \
                agreements' check-ins, reports still to reach the parents, minutes and notes, \
                requests to correct a record, and plan actions, with the family's and the \
                professionals' in separate sections; a service's wait, no-show or stop is put \
                on the provider, never the family. Also lists plans \
                proposed to end, plans whose family actions are all done while the next review is \
                more than 6 weeks away, and checks worth a look (information, not blame). \
                Overdue counts working days; "due soon" means within --within working days \
                (default 10). A damaged case file is named on standard error and the command exits \
                65 (74 for one that cannot be opened at all), after listing the others.

                Examples:
                  cj due --as-of 2026-11-23
                  cj due --worker "Ola Ade" --within 5
                  cj due --case BRO-02 --format json
                  cj due --format csv > due.csv
                """)

        @Option(help: ArgumentHelp("Also list what is due in the next N working days (default 10; 0 for what is overdue or due today).", valueName: "N"))
        var within = 10
        @Option(help: ArgumentHelp("Only cases held by this social worker; unallocated for the cases nobody holds.", valueName: "name")) var worker: String?
        @Option(name: .customLong("case"), help: ArgumentHelp("Only this case.", valueName: "case-id")) var caseID: String?
        @Option(help: "table, json or csv.") var format: ListFormat = .table
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if !(0...Interval.largest(.workingDays)).contains(within) {
                throw ValidationError("--within must be from 0 to \(Interval.largest(.workingDays)) working days.")
            }
        }

        func run() throws {
            let store = storeOptions.caseStore
            // Only the whole store's agenda is kept to be written out again.
            let question = caseID == nil ? try store.agendaQuestion(asOf: asOf.date, within: within) : nil
            try Output.storeReport(store, question: question, as: format, worker: worker) {
                try store.agenda(asOf: asOf.date, within: within, worker: worker, caseID: caseID)
            } table: { answer in
                DueText.table(answer.rows, asOf: asOf.date, within: within)
            }
        }
    }
}

/// How agenda rows are shown as a table.
enum DueText {
    static func table(_ items: [DueItem], asOf: CalendarDate, within: Int) -> String {
        guard !items.isEmpty else {
            return "Nothing is overdue or due \(window(within)) as of \(asOf)."
        }
        var blocks: [String] = []
        for section in DueSection.allCases {
            let rows = items.filter { $0.kind.section == section }
            guard !rows.isEmpty else { continue }
            var table = TextTable(headers: ["CASE", "DUE", "OVERDUE", "WHO", "WHAT"])
            table.rows = rows.map { item in
                [item.caseId, item.due?.description ?? "-", overdueText(item, asOf: asOf), item.who, item.what]
            }
            blocks.append("\(section.title) (\(rows.count))\n" + table.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        }
        let overdueCount = items.filter { $0.status == .overdue }.count
        let soon = items.filter { $0.status == .dueSoon }.count
        let information = items.count - overdueCount - soon
        blocks.append("\(overdueCount) overdue, \(soon) due \(window(within)), \(information) to look at, as of \(asOf)")
        return blocks.joined(separator: "\n\n")
    }

    private static func overdueText(_ item: DueItem, asOf: CalendarDate) -> String {
        switch item.status {
        case .overdue: "\(item.workingDaysOverdue) working day\(item.workingDaysOverdue == 1 ? "" : "s")"
        case .dueSoon: item.due == asOf ? "due today" : "due soon"
        case .information: ""
        }
    }

    /// "in the next 10 working days", "today".
    private static func window(_ within: Int) -> String {
        switch within {
        case 0: "today"
        case 1: "by the next working day"
        default: "in the next \(within) working days"
        }
    }
}
