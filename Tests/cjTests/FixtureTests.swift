import CaseJourney
import Foundation
import Testing

/// The sample store in `fixtures/store` is what new users try first: it must always be valid.
@Suite struct FixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/store").path

    @Test func theSampleStoreValidates() {
        let result = Sandbox().cj("validate", "--store", FixtureTests.fixtures)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("8 of 8 cases valid"))
    }

    @Test func aFixtureWithOneCorruptFieldIsNamed() throws {
        let sandbox = Sandbox()
        try FileManager.default.copyItem(atPath: FixtureTests.fixtures, toPath: sandbox.store)
        let file = sandbox.caseFile("EVA-05")
        let corrupt = sandbox.read("EVA-05").replacingOccurrences(of: "\"category\": \"emotional\"", with: "\"category\": \"EMO\"")
        try corrupt.write(toFile: file, atomically: false, encoding: .utf8)
        let result = sandbox.cj("validate")
        #expect(result.status == 65)
        #expect(result.stderr.contains("EVA-05.json"))
        #expect(result.stderr.contains("plans[0].category: found \"EMO\"; expected one of: neglect, physical, emotional, sexual or multiple"))
        #expect(result.stdout.contains("7 of 8 cases valid"))
    }

    @Test func theAgendaOnTheREADMEDateShowsEveryKindOfRow() throws {
        let result = Sandbox().cj("due", "--store", FixtureTests.fixtures, "--as-of", "2026-11-23", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let kinds = Set(rows.compactMap { $0["kind"] as? String })
        #expect(kinds == Set(DueKind.allCases.map(\.rawValue)))
    }

    @Test func unallocatedListsTheCasesNobodyHolds() throws {
        for command in [["due"], ["visit", "overdue"]] {
            let result = Sandbox().run(command + ["--store", FixtureTests.fixtures, "--as-of", "2026-11-23", "--worker", "unallocated",
                                                  "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
            #expect(!rows.isEmpty && rows.allSatisfy { $0["caseId"] as? String == "DAV-04" }, "\(command)")
        }
    }

    @Test func theREADMEShowsTheAgendaAsItIs() throws {
        let readme = try String(contentsOfFile: URL(fileURLWithPath: FixtureTests.fixtures)
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md").path, encoding: .utf8)
        let table = Sandbox().cj("due", "--store", FixtureTests.fixtures, "--as-of", "2026-11-23").stdout
        #expect(readme.contains(table), "the README's `cj due` output is out of date: run it and paste it in")
    }

    @Test func theFixturesCoverTheFamiliesNewUsersNeedToSee() throws {
        let list = Sandbox().cj("case", "list", "--store", FixtureTests.fixtures, "--format", "json").stdout
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.utf8)) as? [[String: Any]])
        #expect(rows.count >= 6)
        let evans = Sandbox().cj("case", "show", "EVA-05", "--store", FixtureTests.fixtures).stdout
        #expect(evans.contains("CONFIDENTIAL: never show these contact details to Ryan Evans"))
        let carter = Sandbox().cj("case", "show", "CAR-03", "--store", FixtureTests.fixtures).stdout
        #expect(carter.contains("child protection (physical)") && carter.contains("child in need for Jayden, Toni"))
        let foster = Sandbox().cj("case", "show", "FOS-06", "--store", FixtureTests.fixtures).stdout
        #expect(foster.contains("plan-1") && foster.contains("plan-2"))
    }

    @Test func theREADMEShowsWhatTheCommandsPrintToday() throws {
        let readme = try String(contentsOfFile: URL(fileURLWithPath: FixtureTests.fixtures)
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md").path, encoding: .utf8)
        let sandbox = Sandbox()
        let overdue = sandbox.cj("visit", "overdue", "--store", FixtureTests.fixtures, "--as-of", "2026-11-23", "--within", "5").stdout
        #expect(readme.contains(overdue), "the README's overdue list is out of date")
        let summary = sandbox.cj("plan", "summary", "CAR-03", "--for", "Sharon", "--store", FixtureTests.fixtures,
                                 "--as-of", "2026-11-23").stdout
        let excerpt = summary.split(separator: "\n", omittingEmptySubsequences: false).prefix(34).joined(separator: "\n")
        #expect(readme.contains(excerpt), "the README's summary example is out of date")
    }
}
