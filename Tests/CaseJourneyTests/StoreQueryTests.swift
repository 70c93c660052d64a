import CaseJourney
import Foundation
import Testing

/// The store-wide questions are library calls: each gives its rows and names every case file it
/// could not read, without letting one damaged file hide the others.
@Suite struct StoreQueryTests {
    /// Two families on plans, held by different workers, neither visited, and one damaged file.
    private func store() throws -> TemporaryStore {
        let temporary = try TemporaryStore()
        for (id, worker) in [("ASH-01", "Sam Okafor"), ("BRO-02", "Ola Ade")] {
            try temporary.makeFamily(id)
            try temporary.store.update(id, by: worker) { value throws(CaseJourneyError) in
                _ = try value.assign(Allocation(worker: worker, from: date("2026-03-02")))
                return try value.startPlan(type: .childProtection, children: ["amy"], category: .neglect, on: date("2026-03-02"))
            }
        }
        try temporary.makeFamily("CAR-03")
        temporary.overwrite("CAR-03", with: "{\"caseId\": ")
        return temporary
    }

    @Test func eachQueryAnswersTheReadableCasesAndNamesTheOneItCouldNotRead() throws {
        let temporary = try store()
        let store = temporary.store
        let asOf = date("2026-11-23")
        let overdue = try store.overdueVisits(asOf: asOf)
        #expect(overdue.rows.map(\.caseId) == ["ASH-01", "BRO-02"])
        let agenda = try store.agenda(asOf: asOf, within: 10)
        #expect(Set(agenda.rows.map(\.caseId)) == ["ASH-01", "BRO-02"])
        #expect(try store.overview().rows.map(\.caseId) == ["ASH-01", "BRO-02"])
        let validation = try store.validation(today: asOf, asOf: asOf)
        #expect((validation.checked, validation.valid) == (3, 2))
        for unreadable in [overdue.unreadable, agenda.unreadable, try store.overview().unreadable, validation.unreadable] {
            #expect(unreadable.count == 1)
            #expect(unreadable.first?.errorDescription?.contains("CAR-03.json") == true)
        }
    }

    @Test func aWorkerFilterKeepsTheirCasesAndAnUnknownNameIsAnError() throws {
        let temporary = try store()
        let asOf = date("2026-11-23")
        #expect(try temporary.store.overdueVisits(asOf: asOf, worker: "ola").rows.map(\.caseId) == ["BRO-02"])
        #expect(try temporary.store.agenda(asOf: asOf, within: 10, worker: "Sam Okafor").rows.allSatisfy { $0.caseId == "ASH-01" })
        #expect(throws: CaseJourneyError.self) { try temporary.store.overdueVisits(asOf: asOf, worker: "Nobody Known") }
    }

    @Test func validationNamesACaseThatDoesNotExist() throws {
        let temporary = try store()
        let answer = try temporary.store.validation(of: ["ASH-01", "ZZZ-99"], today: date("2026-11-23"), asOf: date("2026-11-23"))
        #expect((answer.checked, answer.valid) == (2, 1))
        #expect(answer.unreadable.map(\.exitCode) == [66])
    }

    @Test func namedCasesInAFolderThatIsNoStoreAreEachSaidToHaveNoStore() throws {
        let missing = CaseStore(path: FileManager.default.temporaryDirectory.appendingPathComponent("no-store-\(UUID().uuidString)").path)
        let answer = try missing.validation(of: ["ASH-01", "BRO-02"], today: date("2026-11-23"), asOf: date("2026-11-23"))
        #expect((answer.checked, answer.valid) == (2, 0))
        let named = answer.unreadable.map { error -> Bool in if case .noSuchStore = error { true } else { false } }
        #expect(named == [true, true])
    }

    @Test func jsonAndCSVHoldTheSameValuesInTheSameColumns() throws {
        let temporary = try store()
        let rows = try temporary.store.overdueVisits(asOf: date("2026-11-23")).rows
        let row = try #require(rows.first)
        guard case .object(let members) = row.json else { Issue.record("a row is not a JSON object"); return }
        #expect(members.map(\.key) == OverdueVisit.columns.map(\.name))
        // Absent values are null in JSON and empty in CSV; numbers stay numbers.
        #expect(row.json["lastSeen"] == .null && row.cells[5] == "")
        #expect(row.json["workingDaysOverdue"] == .number(row.cells[8]))
    }
}
