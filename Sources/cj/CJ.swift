import ArgumentParser
import CaseJourney
import Foundation

@main
struct CJ: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cj",
        abstract: "Track a family's journey through child protection: plans, visits and what is due.",
        discussion: """
            Each family's case is one JSON file in a case store (a folder). Every command takes \
            --store DIR; without it, $CJ_STORE; without that, ./cases.

            Examples:
              cj init --store ./cases
              cj case new ASH-01 --family "Ashworth"
              cj person add ASH-01 --name "Amy Ashworth" --role child --born 2019-04-02
              cj case show ASH-01
              cj due --as-of 2026-11-23
              cj timeline ASH-01
            """,
        subcommands: [
            Init.self, CaseGroup.self, PersonGroup.self, ProfessionalGroup.self, WorkerGroup.self, ReferralGroup.self, AssessmentGroup.self,
            PlanGroup.self, VisitGroup.self, ContactGroup.self, AppointmentGroup.self, EvidenceGroup.self, RequestGroup.self, ServiceGroup.self, AgreementGroup.self, StrategyGroup.self, ConferenceGroup.self, CoreGroupGroup.self, Due.self,
            Timeline.self, ReportGroup.self, Validate.self, Sync.self, ConflictGroup.self, StoreGroup.self, MergeDriver.self,
        ]
    )

    /// Runs the command; library errors become a plain message and their sysexits code.
    static func main() {
        do {
            // A mistyped CJ_TODAY must never quietly become the real date.
            _ = try CalendarDate.checkedToday()
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CaseJourneyError {
            Output.error(error.errorDescription ?? "\(error)")
            Foundation.exit(error.exitCode)
        } catch {
            exit(withError: error)
        }
    }
}
