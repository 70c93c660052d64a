import Foundation
import Testing

/// `cj report annex-a` and `cj report caseload` on the sample families.
@Suite struct ReportCommandTests {
    @Test func annexAWritesTheTemplatesHeadingsAndSaysWhatIsMissing() throws {
        let result = Sandbox().cj("report", "annex-a", "--store", FixtureTests.fixtures, "--as-of", "2026-11-23")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let headings: [String] = [
            "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)", "Does the Child have a Disability",
            "Child Protection Plan Start Date", "Initial Category of Abuse", "Latest Category of Abuse",
            "Date of the Last Statutory Visit", "Was the Child Seen Alone?", "Date of latest review conference",
            "Child Protection Plan End Date",
            "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
            "Sum of Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker",
        ]
        let expected = headings.joined(separator: ",")
        #expect(lines.first == expected)
        let amy = try #require(lines.first { $0.hasPrefix("ASH-01-amy,") })
        #expect(amy.hasPrefix("ASH-01-amy,b) Female,a) WBRI,14/05/2016,10,b) No,22/06/2026,a) Neglect,a) Neglect,"))
        #expect(amy.hasSuffix(",Northtown Child Protection Team 2,Sam Okafor"))
        // Ruby's plan is a repeat plan; the Carters' plan stepped down in July, within six months.
        #expect(lines.contains { $0.hasPrefix("FOS-06-ruby,") && $0.contains(",1,Northtown") })
        #expect(lines.contains { $0.hasPrefix("CAR-03-toni,") && $0.contains("13/07/2026") })
        #expect(result.stderr.contains("children on a child protection plan"))
        #expect(result.stderr.contains("does not record emergency protection orders"))
        #expect(!result.stdout.contains("does not record"))
    }

    @Test func annexAAsJSONUsesTheSameHeadingsAsKeys() throws {
        let result = Sandbox().cj("report", "annex-a", "--store", FixtureTests.fixtures, "--as-of", "2026-11-23", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first?["Was the Child Seen Alone?"] as? String == "a) Yes")
    }

    @Test func theCaseloadHasARowPerWorkerAndOneForCasesNobodyHolds() {
        let result = Sandbox().cj("report", "caseload", "--store", FixtureTests.fixtures, "--as-of", "2026-11-23", "--format", "csv")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let header = "worker,families,cases,childrenOnChildProtectionPlans,childrenOnChildInNeedPlans,childrenOverdueAVisit,"
            + "changesOfWorkerInTwelveMonths,familiesWithThreeOrMoreWorkers,childrenReReferredInTwelveMonths,childrenOnRepeatPlans"
        #expect(lines.first == header)
        // Amy, Ben and Cody were referred again within a year; Ruby is on her second plan.
        #expect(lines.contains("Sam Okafor,2,ASH-01; EVA-05,5,0,2,0,,3,0"))
        #expect(lines.contains("Ola Ade,3,BRO-02; CAR-03; FOS-06,2,2,3,1,,0,1"))
        #expect(lines.last == ",1,DAV-04,1,0,1,2,DAV-04 (3 workers),0,0")
    }
}
