import Foundation
import Testing

@Suite struct DueCommandTests {
    /// Two families: Ashworth (Sam Okafor) with a family action and a professional action, both
    /// overdue on Monday 23 November 2026; Brown (Ola Ade) with nothing on a plan.
    private func twoFamilies() -> Sandbox {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("plan", "action", "add", "ASH-01", "Kim will make breakfast", "--owner", "Kim", "--due", "2026-11-16", "--date", "2026-06-22")
        sandbox.cj("plan", "action", "add", "ASH-01", "Priya will weigh Ben", "--owner", "priya", "--due", "2026-11-18", "--date", "2026-06-22")
        sandbox.cj("case", "new", "BRO-02", "--family", "Brown")
        sandbox.cj("worker", "assign", "BRO-02", "--name", "Ola Ade", "--from", "2026-06-01")
        return sandbox
    }

    private func rows(_ result: CJResult) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func familyAndProfessionalActionsAreListedSeparately() throws {
        let sandbox = twoFamilies()
        let json = try rows(sandbox.cj("due", "--as-of", "2026-11-23", "--format", "json"))
        let family = json.filter { $0["kind"] as? String == "family-action" }
        let professional = json.filter { $0["kind"] as? String == "professional-action" }
        #expect(family.map { $0["who"] as? String } == ["Kim Ashworth"])
        #expect(family.first?["workingDaysOverdue"] as? Int == 5)
        #expect(professional.map { $0["who"] as? String } == ["Priya Shah (health visitor, Northtown Community Health)"])
        #expect(professional.first?["due"] as? String == "2026-11-18")
        for key in ["caseId", "kind", "what", "who", "due", "workingDaysOverdue", "status", "worker"] {
            #expect(json.allSatisfy { $0.keys.contains(key) }, "every row has \(key)")
        }
        let table = sandbox.cj("due", "--as-of", "2026-11-23").stdout
        let familySection = try #require(table.range(of: "Family's actions (1)"))
        let professionalSection = try #require(table.range(of: "Professionals' and agencies' actions (1)"))
        #expect(familySection.upperBound < professionalSection.lowerBound)
        #expect(table.contains("ASH-01  2026-11-16  5 working days  Kim Ashworth"))
    }

    @Test func visitsComeFromTheVisitSchedule() throws {
        let sandbox = twoFamilies()
        sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-09", "--seen", "Amy", "--not-seen", "Ben: at nursery", "--as-of", "2027-06-30")
        let json = try rows(sandbox.cj("due", "--as-of", "2026-11-23", "--within", "0", "--format", "json"))
        let visits = json.filter { $0["kind"] as? String == "visit" }
        // Ben was not seen, so his clock did not restart; Amy is due today.
        #expect(visits.map { $0["ref"] as? String } == ["ben", "amy"])
        #expect(visits.map { $0["status"] as? String } == ["overdue", "due soon"])
        let overdue = try rows(sandbox.cj("visit", "overdue", "--as-of", "2026-11-23", "--within", "0", "--format", "json"))
        #expect(overdue.map { $0["due"] as? String } == visits.map { $0["due"] as? String })
        #expect(overdue.map { $0["workingDaysOverdue"] as? Int } == visits.map { $0["workingDaysOverdue"] as? Int })
    }

    @Test func filtersByWorkerAndCaseAndWritesCSV() throws {
        let sandbox = twoFamilies()
        #expect(try rows(sandbox.cj("due", "--as-of", "2026-11-23", "--worker", "Ola Ade", "--format", "json")).isEmpty)
        #expect(try rows(sandbox.cj("due", "--as-of", "2026-11-23", "--case", "BRO-02", "--format", "json")).isEmpty)
        #expect(!(try rows(sandbox.cj("due", "--as-of", "2026-11-23", "--case", "ASH-01", "--format", "json"))).isEmpty)
        let csv = sandbox.cj("due", "--as-of", "2026-11-23", "--format", "csv").stdout
        #expect(csv.hasPrefix("caseId,familyName,worker,kind,what,who,due,workingDaysOverdue,status,plan,ref\n"))
        #expect(csv.contains("ASH-01,Ashworth,Sam Okafor,professional-action,a2: Priya will weigh Ben,"
            + "\"Priya Shah (health visitor, Northtown Community Health)\",2026-11-18,3,overdue,plan-1,a2"))
        #expect(sandbox.cj("due", "--within", "-1").status == 64)
    }

    @Test func checksAreInformationAndDoNotChangeTheExitCode() {
        let sandbox = twoFamilies()
        sandbox.cj("person", "add", "ASH-01", "--name", "Lou Ashworth", "--role", "father", "--parental-responsibility")
        sandbox.cj("plan", "action", "drop", "ASH-01", "a2", "--date", "2026-07-01", "--reason", "Priya moved away")
        let validate = sandbox.cj("validate", "--as-of", "2026-11-23")
        #expect(validate.status == 0)
        #expect(validate.stdout.contains("Worth a look (information, not blame)"))
        #expect(validate.stdout.contains("Every family action on plan-1 is for Kim Ashworth (mother); Lou Ashworth (father)"))
        let due = sandbox.cj("due", "--as-of", "2026-11-23").stdout
        #expect(due.contains("Worth a look (information, not blame) (1)"))
    }
}
