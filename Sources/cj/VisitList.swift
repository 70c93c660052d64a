import ArgumentParser
import CaseJourney

extension CJ.VisitGroup {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a case's visits, oldest first, with corrections marked.",
            discussion: """
                A corrected visit is listed with its correction; the count is of visits, not of \
                records. A withdrawn visit is listed, marked, and not counted.

                Examples:
                  cj visit list ASH-01
                  cj visit list ASH-01 --format json
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: "table, json or csv.") var format: ListFormat = .table
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let value = try storeOptions.caseStore.read(caseID)
            if format == .json {
                try Output.json(value.visits)
                return
            }
            let rows = value.visits.map { visit -> [String] in
                let children = value.describeSightings(visit, withReasons: true, separator: "; ")
                var flags: [String] = []
                if visit.unannounced { flags.append("unannounced") }
                if visit.bedroomSeen { flags.append("bedrooms seen") }
                if let replacement = value.correction(ofVisit: visit.id) { flags.append("corrected by \(replacement.id)") }
                if let amended = visit.amends { flags.append("corrects \(amended): \(visit.amendmentReason ?? "")") }
                if let withdrawal = visit.withdrawal { flags.append("withdrawn \(withdrawal.date): \(withdrawal.reason)") }
                return [visit.id, visit.date.description, visit.kind.rawValue, visit.by, children,
                        flags.joined(separator: ", "), visit.note ?? ""]
            }
            let headers = ["ID", "DATE", "KIND", "BY", "CHILDREN", "FLAGS", "NOTE"]
            if format == .csv {
                Output.text(CSV.render(headers: headers.map { $0.lowercased() }, rows: rows))
            } else if rows.isEmpty {
                Output.line("No visits recorded for case \(caseID).")
            } else {
                var table = TextTable(headers: headers)
                table.rows = rows
                Output.line(table.render())
                let visits = value.effectiveVisits.count
                let corrections = value.visits.filter { $0.amends != nil }.count
                Output.line("\(visits) visit\(visits == 1 ? "" : "s")"
                    + (corrections == 0 ? "" : " (\(corrections) correction\(corrections == 1 ? "" : "s") listed with them)"))
            }
        }
    }
}
