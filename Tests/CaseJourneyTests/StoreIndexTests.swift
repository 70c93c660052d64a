@testable import CaseJourney
import Foundation
import Testing

/// The store's index answers the overdue list, the agenda and the case overview again without
/// reading files that have not changed; whatever changes a case file, the answer is the one a full reading gives.
@Suite struct StoreIndexTests {
    private let asOf = date("2026-11-23")

    /// Three families on plans, held by different workers, none visited since the spring.
    private func store() throws -> TemporaryStore {
        let temporary = try TemporaryStore()
        for (id, worker) in [("ASH-01", "Sam Okafor"), ("BRO-02", "Ola Ade"), ("CAR-03", "Sam Okafor")] {
            try temporary.makeFamily(id)
            try temporary.store.update(id, by: worker) { value throws(CaseJourneyError) in
                _ = try value.assign(Allocation(worker: worker, from: date("2026-03-02")))
                return try value.startPlan(type: .childProtection, children: ["amy", "ben"], category: .neglect, on: date("2026-03-02"))
            }
        }
        settle()
        return temporary
    }

    /// A file changed in the same tick of the file system's clock as the index's reading is
    /// (rightly) not trusted; waiting a moment lets the tests see the index used.
    private func settle() {
        Thread.sleep(forTimeInterval: 0.05)
    }

    /// Asks both questions with the index and by reading every file, and expects the same.
    @discardableResult
    private func expectIndexAgrees(_ store: CaseStore, _ comment: Comment) throws -> (overdue: Int, agenda: Int) {
        var fullReading = store
        fullReading.useIndex = false
        let overdue = try store.overdueVisits(asOf: asOf)
        let overdueRead = try fullReading.overdueVisits(asOf: asOf)
        #expect(overdue.rows == overdueRead.rows, comment)
        #expect(overdue.unreadable.map(\.errorDescription) == overdueRead.unreadable.map(\.errorDescription), comment)
        let agenda = try store.agenda(asOf: asOf, within: 10)
        let agendaRead = try fullReading.agenda(asOf: asOf, within: 10)
        #expect(agenda.rows == agendaRead.rows, comment)
        #expect(agenda.unreadable.map(\.errorDescription) == agendaRead.unreadable.map(\.errorDescription), comment)
        let overview = try store.overview()
        let overviewRead = try fullReading.overview()
        #expect(overview.rows == overviewRead.rows, comment)
        #expect(overview.unreadable.map(\.errorDescription) == overviewRead.unreadable.map(\.errorDescription), comment)
        #expect(overdueRead.takenFromIndex == 0 && agendaRead.takenFromIndex == 0 && overviewRead.takenFromIndex == 0)
        return (overdue.takenFromIndex, agenda.takenFromIndex)
    }

    @Test func anUnchangedStoreIsAnsweredFromTheIndexWithTheSameRows() throws {
        let temporary = try store()
        let first = try expectIndexAgrees(temporary.store, "first reading")
        #expect(first == (0, 0))
        let again = try expectIndexAgrees(temporary.store, "asked again")
        #expect(again == (3, 3))
        // Another day is another question: read afresh. The overview does not depend on the day.
        #expect(try temporary.store.overdueVisits(asOf: date("2026-11-24")).takenFromIndex == 0)
        #expect(try temporary.store.overview().takenFromIndex == 3)
    }

    @Test func everyKindOfChangeToACaseFileIsSeen() throws {
        let temporary = try store()
        let store = temporary.store
        try expectIndexAgrees(store, "first reading")

        // A change through the store: a visit seeing both children.
        try store.update("ASH-01", by: "Sam Okafor") { value throws(CaseJourneyError) in
            try value.logVisit(VisitRecord(date: date("2026-11-20"), by: "Sam Okafor", seen: ["amy", "ben"]), today: asOf)
        }
        settle()
        #expect(try expectIndexAgrees(store, "after a visit was logged") == (2, 2))

        // A hand edit in place, the same size, with the file's time put back as it was.
        try editInPlace(store.casePath("BRO-02"), replacing: "2026-03-02", with: "2026-09-01")
        settle()
        #expect(try expectIndexAgrees(store, "after a hand edit of the same size and time") == (2, 2))

        // Replaced by another file of the same size and time (a copy, a checkout).
        let path = store.casePath("CAR-03")
        let original = try #require(FileManager.default.contents(atPath: path))
        let replacement = Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "Sam Okafor", with: "Sam Okafoe").utf8)
        #expect(replacement.count == original.count)
        let times = try modificationTime(path)
        try replacement.write(to: URL(fileURLWithPath: path + ".new"))
        try setModificationTime(path + ".new", times)
        #expect(rename(path + ".new", path) == 0)
        settle()
        #expect(try expectIndexAgrees(store, "after a replacement of the same size and time") == (2, 2))

        // Damaged, then put right; removed; a new case added.
        temporary.overwrite("ASH-01", with: "{\"caseId\": ")
        try expectIndexAgrees(store, "with a damaged file")
        try expectIndexAgrees(store, "with a damaged file, asked again")
        _ = FileManager.default.createFile(atPath: store.casePath("ASH-01"), contents: original)
        try expectIndexAgrees(store, "with a file copied over another")
        try FileManager.default.removeItem(atPath: store.casePath("BRO-02"))
        try temporary.makeFamily("DEN-04")
        try expectIndexAgrees(store, "after a case was removed and another added")
    }

    @Test func changedSettingsOrADamagedIndexAreNeverTrusted() throws {
        let temporary = try store()
        let store = temporary.store
        try expectIndexAgrees(store, "first reading")

        var settings = try store.settings()
        settings.visits.childProtection = Interval(count: 5, unit: .workingDays)
        try AtomicFile.write(Array(JSONWriter.write(CaseFileCodec.encodeTree(settings)).utf8), to: store.settingsPath)
        #expect(try expectIndexAgrees(store, "after the settings changed") == (0, 0))

        // One damaged line (a number that is not one) and the whole index is distrusted.
        let indexFolder = store.path + "/.casejourney/index"
        for name in try FileManager.default.contentsOfDirectory(atPath: indexFolder) where name.hasSuffix(".index") {
            let file = indexFolder + "/" + name
            var lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
            lines[lines.count - 1] = lines[lines.count - 1].replacingOccurrences(of: "\"size\": ", with: "\"size\": x")
            try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: false, encoding: .utf8)
        }
        #expect(try expectIndexAgrees(store, "with damaged index files") == (0, 0))
    }

    @Test func aSavedReportIsGivenBackOnlyWhileNoCaseFileHasChanged() throws {
        let temporary = try store()
        let store = temporary.store
        let answer = try store.agenda(asOf: asOf, within: 10)
        let writer = try #require(store.reportWriter(presentation: "table", answer: answer))
        writer.append(Data("the agenda as written\n".utf8))
        writer.commit()
        let question = try store.agendaQuestion(asOf: asOf, within: 10)
        #expect(store.savedReport(for: question, presentation: "table").map(Array.init) == Array("the agenda as written\n".utf8))
        #expect(store.savedReport(for: question, presentation: "json") == nil)
        #expect(store.savedReport(for: try store.agendaQuestion(asOf: asOf, within: 5), presentation: "table") == nil)

        // Cut short (a crash part-way through), it is never given back.
        let folder = store.path + "/.casejourney/index"
        let report = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".report") })
        let full = try #require(FileManager.default.contents(atPath: folder + "/" + report))
        try full.dropLast(5).write(to: URL(fileURLWithPath: folder + "/" + report))
        #expect(store.savedReport(for: question, presentation: "table") == nil)
        // Nor with one letter changed, the length as it was.
        var changed = full
        let letter = try #require(changed.lastIndex(of: UInt8(ascii: "w")))
        changed[letter] = UInt8(ascii: "W")
        try changed.write(to: URL(fileURLWithPath: folder + "/" + report))
        #expect(store.savedReport(for: question, presentation: "table") == nil)
        try full.write(to: URL(fileURLWithPath: folder + "/" + report))
        #expect(store.savedReport(for: question, presentation: "table") != nil)

        // Any case file changed, added or misnamed: worked out again.
        try store.update("BRO-02", by: "Ola Ade") { value throws(CaseJourneyError) in
            try value.logVisit(VisitRecord(date: date("2026-11-20"), by: "Ola Ade", seen: ["amy"]), today: asOf)
        }
        #expect(store.savedReport(for: question, presentation: "table") == nil)
        // A file changed in the clock tick the agenda starts in is not trusted as settled, so the
        // answer could not be saved: let the change settle first.
        settle()
        let again = try store.agenda(asOf: asOf, within: 10)
        try #require(store.reportWriter(presentation: "table", answer: again)).commit()
        #expect(store.savedReport(for: question, presentation: "table")?.isEmpty == true)
        _ = FileManager.default.createFile(atPath: store.path + "/bro 02.json", contents: Data("{}".utf8))
        #expect(store.savedReport(for: question, presentation: "table") == nil)
    }

    @Test func aSavedStateReadsBackAndADamagedOneIsRefusedNotACrash() throws {
        let state = StoreState(files: [StoreState.File(id: "ASH-01", stamp: try #require(FileStamp(numbers: [1, 2, 3, 4, -5, 6, 7])))])
        let text = Array(state.text.utf8)
        #expect(StoreState(bytes: text, lines: [0..<(text.count - 1)]) == state)
        // A number past what 64 bits hold, a missing one, a letter: the whole state is not trusted.
        for damaged in ["ASH-01 1 2 3 4 5 6 9999999999999999999", "ASH-01 1 2 3 4 5 6", "ASH-01 1 2 3 4 5 6 7x"] {
            let bytes = Array(damaged.utf8)
            #expect(StoreState(bytes: bytes, lines: [0..<bytes.count]) == nil, "\(damaged)")
        }
    }

    @Test func aClockThatIsAHardLinkToAnotherFileLeavesThatFileAlone() throws {
        let temporary = try store()
        let store = temporary.store
        try expectIndexAgrees(store, "first reading")
        let victim = temporary.folder + "/victim.txt"
        try "keep me".write(toFile: victim, atomically: false, encoding: .utf8)
        let clock = store.path + "/.casejourney/index/clock"
        try FileManager.default.removeItem(atPath: clock)
        try FileManager.default.linkItem(atPath: victim, toPath: clock)
        try expectIndexAgrees(store, "with a planted clock")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
    }

    @Test func anIndexLineChangedInPlaceIsNotTrusted() throws {
        let temporary = try store()
        let store = temporary.store
        try expectIndexAgrees(store, "first reading")
        let folder = store.path + "/.casejourney/index"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasPrefix("cases-") && name.hasSuffix(".index") {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            try text.replacingOccurrences(of: "\"Ashworth\"", with: "\"Ashworte\"").write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
        }
        var fullReading = store
        fullReading.useIndex = false
        let overview = try store.overview()
        #expect(overview.takenFromIndex == 0)
        #expect(overview.rows == (try fullReading.overview()).rows)
    }

    @Test func anIndexFolderThatIsALinkIsNotUsed() throws {
        let temporary = try store()
        let store = temporary.store
        let elsewhere = temporary.folder + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: store.path + "/.casejourney/index", withDestinationPath: elsewhere)
        try expectIndexAgrees(store, "first reading")
        #expect(try expectIndexAgrees(store, "asked again") == (0, 0))
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }

    @Test func aRemovedIndexFolderIsMadeAgain() throws {
        let temporary = try store()
        try expectIndexAgrees(temporary.store, "first reading")
        try FileManager.default.removeItem(atPath: temporary.store.path + "/.casejourney/index")
        #expect(try expectIndexAgrees(temporary.store, "without an index") == (0, 0))
        #expect(try expectIndexAgrees(temporary.store, "index made again") == (3, 3))
    }

    // MARK: Changing files behind the store's back

    private func editInPlace(_ path: String, replacing old: String, with new: String) throws {
        let times = try modificationTime(path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: old, with: new).utf8))
        try handle.close()
        try setModificationTime(path, times)
    }

    private func modificationTime(_ path: String) throws -> timespec {
        var status = stat()
        #expect(stat(path, &status) == 0)
        return status.st_mtim
    }

    private func setModificationTime(_ path: String, _ time: timespec) throws {
        var times = [time, time]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    }
}
