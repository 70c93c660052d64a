import CaseJourney
import Foundation
import Testing

@Suite struct CaseStoreTests {
    @Test func everyChangeIsInTheHistoryAndRaisesTheRevision() throws {
        let temporary = try TemporaryStore()
        try temporary.makeFamily()
        let updated = try temporary.store.update("ASH-01", by: "Sam Okafor") { value throws(CaseJourneyError) in
            try value.assign(Allocation(worker: "Sam Okafor", from: date("2026-03-02")))
        }
        #expect(updated.revision == 3)
        #expect(updated.history.count == 3)
        #expect(updated.history.last?.by == "Sam Okafor")
        #expect(updated.history.last?.change.contains("Allocated to Sam Okafor") == true)
        #expect(updated.history.last?.at.hasSuffix("Z") == true)
        #expect(try temporary.store.read("ASH-01") == updated)
    }

    @Test func unknownFieldsSurviveARewrite() throws {
        let temporary = try TemporaryStore()
        try temporary.makeFamily()
        var text = String(decoding: temporary.bytes(of: "ASH-01"), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"familyName\": \"Ashworth\",",
                                         with: "\"familyName\": \"Ashworth\", \"localAuthority\": {\"code\": 202},")
        text = text.replacingOccurrences(of: "\"id\": \"amy\",", with: "\"id\": \"amy\", \"nhsNumber\": \"943 476 5919\",")
        temporary.overwrite("ASH-01", with: text)

        try temporary.store.update("ASH-01", by: "Sam") { value throws(CaseJourneyError) in
            try value.add(Person(id: "", name: "Cal Ashworth", role: .child))
        }
        let rewritten = try JSONParser.parse(temporary.bytes(of: "ASH-01"))
        #expect(rewritten.value(at: [.key("localAuthority"), .key("code")]) == .number("202"))
        #expect(rewritten.value(at: [.key("people"), .index(0), .key("nhsNumber")]) == .string("943 476 5919"))
        #expect(rewritten.value(at: [.key("people"), .index(4), .key("name")]) == .string("Cal Ashworth"))
    }

    @Test func aKnownFieldThatIsClearedStaysCleared() throws {
        let temporary = try TemporaryStore()
        try temporary.store.create(Case(caseId: "ASH-01", familyName: "Ashworth"), by: "Sam")
        try temporary.store.update("ASH-01", by: "Sam") { value throws(CaseJourneyError) in
            _ = try value.assign(Allocation(worker: "Sam", from: date("2026-01-05")))
            return try value.assign(Allocation(worker: "Ola", from: date("2026-05-05")))
        }
        // The first allocation's `to` is known to this version, so it is not an unknown field.
        let value = try temporary.store.read("ASH-01")
        #expect(value.allocations.map(\.to) == [date("2026-05-05"), nil])
    }

    @Test func aFileThatDoesNotValidateIsNeverOverwritten() throws {
        let temporary = try TemporaryStore()
        try temporary.makeFamily()
        let corrupt = String(decoding: temporary.bytes(of: "ASH-01"), as: UTF8.self)
            .replacingOccurrences(of: "2019-04-02", with: "2019-04-31")
        temporary.overwrite("ASH-01", with: corrupt)
        #expect {
            try temporary.store.update("ASH-01", by: "Sam") { value throws(CaseJourneyError) in
                try value.add(Person(id: "", name: "Cal", role: .child))
            }
        } throws: { error in
            guard case .invalidFile(_, let problems)? = error as? CaseJourneyError else { return false }
            return problems.first?.location == "people[0].born"
        }
        #expect(String(decoding: temporary.bytes(of: "ASH-01"), as: UTF8.self) == corrupt)
    }

    @Test func aNewerFormatIsNeverOverwritten() throws {
        let temporary = try TemporaryStore()
        try temporary.makeFamily()
        let newer = String(decoding: temporary.bytes(of: "ASH-01"), as: UTF8.self)
            .replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 2")
        temporary.overwrite("ASH-01", with: newer)
        #expect(throws: CaseJourneyError.newerSchema(path: temporary.store.casePath("ASH-01"), found: 2)) {
            try temporary.store.update("ASH-01", by: "Sam") { _ throws(CaseJourneyError) in "nothing" }
        }
        #expect(String(decoding: temporary.bytes(of: "ASH-01"), as: UTF8.self) == newer)
    }

    @Test func filesAndFoldersAreReadableByTheirOwnerOnly() throws {
        let temporary = try TemporaryStore()
        try temporary.makeFamily()
        func mode(_ path: String) throws -> Int {
            try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
        }
        #expect(try mode(temporary.store.path) == 0o700)
        #expect(try mode(temporary.store.path + "/.casejourney") == 0o700)
        #expect(try mode(temporary.store.casePath("ASH-01")) == 0o600)
        #expect(try mode(temporary.store.settingsPath) == 0o600)
    }

    @Test(arguments: ["../x", "a/b", "", ".hidden", "-dash", "x y", String(repeating: "a", count: 65), "ab\u{0}c"])
    func idsThatCouldEscapeTheStoreAreRefused(id: String) throws {
        let temporary = try TemporaryStore()
        #expect(throws: CaseJourneyError.invalidCaseID(id)) { try temporary.store.read(id) }
        #expect(throws: CaseJourneyError.invalidCaseID(id)) {
            try temporary.store.create(Case(caseId: id, familyName: "X"), by: "Sam")
        }
        #expect(CaseJourneyError.invalidCaseID(id).exitCode == 64)
    }

    @Test func anUnknownCaseSuggestsCloseMatches() throws {
        let temporary = try TemporaryStore()
        try temporary.makeFamily("ASH-01")
        try temporary.makeFamily("BRO-02")
        #expect(throws: CaseJourneyError.noSuchCase(id: "ASH-1", suggestions: ["ASH-01"])) {
            try temporary.store.read("ASH-1")
        }
    }

    @Test func aReaderNeverSeesAHalfWrittenFile() async throws {
        let temporary = try TemporaryStore()
        try temporary.makeFamily()
        // Make the file large enough that a non-atomic write would be caught half-way.
        try temporary.store.update("ASH-01", by: "Sam") { value throws(CaseJourneyError) in
            for index in 0..<2_000 {
                _ = try value.add(Person(id: "p\(index)", name: "Relative \(index) With A Long Name", role: .other))
            }
            return "Added relatives"
        }
        let store = temporary.store
        let path = store.casePath("ASH-01")
        let writer = Task.detached {
            for index in 0..<15 {
                try store.update("ASH-01", by: "Sam") { value throws(CaseJourneyError) in
                    try value.add(Person(id: "w\(index)", name: "Writer \(index)", role: .other))
                }
            }
        }
        var reads = 0
        var unreadable = 0
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let data = FileManager.default.contents(atPath: path) {
                reads += 1
                if (try? CaseFileCodec.decode(Array(data), path: path)) == nil { unreadable += 1 }
            }
            if (try? store.read("ASH-01"))?.people.count == 4 + 2_000 + 15 { break }
        }
        try await writer.value
        #expect(reads > 0)
        #expect(unreadable == 0)
    }

    @Test func concurrentChangesToOneCaseAreAllKept() async throws {
        let temporary = try TemporaryStore()
        try temporary.makeFamily()
        let store = temporary.store
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<12 {
                group.addTask {
                    try store.update("ASH-01", by: "Worker \(index)") { value throws(CaseJourneyError) in
                        try value.add(Person(id: "r\(index)", name: "Relative \(index)", role: .other))
                    }
                }
            }
            try await group.waitForAll()
        }
        let value = try store.read("ASH-01")
        #expect(value.people.count == 4 + 12)
        #expect(value.revision == 2 + 12)
    }

    @Test func aCaseHeldTooLongGivesUpAndSaysWhoHoldsIt() throws {
        let temporary = try TemporaryStore()
        try temporary.makeFamily()
        let impatient = CaseStore(path: temporary.store.path, lockTimeout: 0.2)
        let held = try temporary.store.lock("ASH-01", holder: "Ola Ade (cj visit log)")
        defer { held.release() }
        #expect {
            try impatient.update("ASH-01", by: "Sam") { _ throws(CaseJourneyError) in "nothing" }
        } throws: { error in
            guard case .locked(_, let holder)? = error as? CaseJourneyError else { return false }
            return holder?.contains("Ola Ade (cj visit log)") == true
        }
    }
}
