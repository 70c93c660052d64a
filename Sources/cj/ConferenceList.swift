import ArgumentParser
import CaseJourney

extension CJ.ConferenceGroup {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a case's conferences with their decisions, reports and minutes.",
            discussion: """
                Each report shows when the parents had it and, if later than the team expects, \
                by how many working days.

                Examples:
                  cj conference list ASH-01
                  cj conference list ASH-01 --format json
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: "text or json.") var format: DocumentFormat = .text
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            let value = try store.read(caseID)
            if format == .json {
                try Output.json(value.conferences)
                return
            }
            guard !value.conferences.isEmpty else {
                Output.line("No conferences recorded for case \(caseID).")
                return
            }
            let meetings = MeetingSchedule(settings: try store.settings())
            for conference in value.conferences.sorted(by: { $0.date < $1.date }) {
                Output.line(describe(conference, meetings: meetings, in: value))
            }
        }

        private func describe(_ conference: Conference, meetings: MeetingSchedule, in value: Case) -> String {
            var lines = ["\(conference.id)  \(conference.date)  \(conference.title)" + (conference.plan.map { " (\($0))" } ?? "")
                + (conference.chair.map { ", chair \($0)" } ?? "")]
            if let withdrawal = conference.withdrawal {
                lines.append("    WITHDRAWN \(withdrawal.date) by \(withdrawal.by): \(withdrawal.reason)")
            }
            if let moves = conference.corrections?.flatMap(\.changes).filter({ $0.field == "date" }), !moves.isEmpty {
                lines.append("    Moved from " + moves.compactMap(\.was).joined(separator: ", then from "))
            }
            if let cancellation = conference.cancellation {
                lines.append("    Cancelled on \(cancellation.date) by \(cancellation.by): \(cancellation.reason)")
            } else if let decision = conference.decision {
                lines.append("    Decided: \(decision.describe(at: conference.kind))" + (conference.decisionReason.map { ". Why: \($0)" } ?? ""))
            } else {
                lines.append("    Not yet held (no decision recorded)")
            }
            if let recommendation = conference.recommendation {
                lines.append("    Social worker recommended: \(recommendation.describe(at: conference.kind))")
            }
            if !conference.attended.isEmpty { lines.append("    Attended: " + conference.attended.map(\.description).joined(separator: ", ")) }
            if let view = conference.parentsView { lines.append("    Parents' view: \(view)") }
            let due = meetings.reportsDue(for: conference, in: value)
            for report in conference.reports {
                var text = "    Report \(report.id) from \(report.from.description): "
                if let shared = report.sharedWithParents, let late = meetings.workingDaysLate(report, for: conference, in: value) {
                    text += "shared with the parents \(shared)" + (late == 0 ? ", on time" : ", \(late) working day\(late == 1 ? "" : "s") late (due \(due))")
                } else {
                    // Some parents may have it already: say who is still waiting for it.
                    let (given, waiting) = value.reportRecipients(of: report, in: conference)
                    text += given.isEmpty ? "not yet shared with the parents (due \(due))"
                        : "given to \(given.map { "\($0.parent.name) \($0.day)" }.joined(separator: ", "))"
                            + (waiting.isEmpty ? "" : "; not yet to \(waiting.map(\.name).joined(separator: ", "))") + " (due \(due))"
                }
                lines.append(text)
            }
            if conference.isHeld {
                lines.append("    Minutes: " + (conference.minutesSent.map { "sent \($0)" } ?? "not sent (due \(meetings.minutesDue(for: conference, in: value)))"))
            }
            return lines.joined(separator: "\n")
        }
    }
}
