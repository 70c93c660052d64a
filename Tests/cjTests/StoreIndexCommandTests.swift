@testable import CaseJourney
import Foundation
import Testing

/// `cj due`, `cj visit overdue` and `cj case list` asked again use the store's index and the
/// report they wrote last time; whatever happens to the case files, the output is what a store with no index gives.
@Suite struct StoreIndexCommandTests {
    private static let questions: [[String]] = [
        ["due", "--as-of", "2026-11-23"],
        ["due", "--as-of", "2026-11-23", "--format", "json"],
        ["due", "--as-of", "2026-11-23", "--worker", "Ola Ade", "--format", "csv"],
        ["visit", "overdue", "--as-of", "2026-11-23", "--within", "5"],
        ["visit", "overdue", "--as-of", "2026-11-23", "--format", "json"],
        ["case", "list"],
        ["case", "list", "--format", "csv"],
    ]

    /// A copy of the sample families.
    private func sampleStore() throws -> Sandbox {
        let sandbox = Sandbox()
        try FileManager.default.copyItem(atPath: FixtureTests.fixtures, toPath: sandbox.store)
        try? FileManager.default.removeItem(atPath: sandbox.store + "/.casejourney/index")
        return sandbox
    }

    /// What each question gives on a copy of the store with no index at all.
    private func withoutIndex(_ sandbox: Sandbox) throws -> [CJResult] {
        let copy = Sandbox()
        try FileManager.default.copyItem(atPath: sandbox.store, toPath: copy.store)
        try? FileManager.default.removeItem(atPath: copy.store + "/.casejourney/index")
        return Self.questions.map { question in
            var result = copy.run(question, environment: ["CJ_NO_INDEX": "1"])
            // Messages name the copy's files; the store's own are wanted.
            result.stderr = result.stderr.replacingOccurrences(of: copy.store, with: sandbox.store)
            return result
        }
    }

    private func expectSameAsWithoutIndex(_ sandbox: Sandbox, _ comment: String) throws {
        // A file changed in the same tick of the file system's clock is rightly not kept in the
        // index; a moment's pause lets the index be used on the next round.
        Thread.sleep(forTimeInterval: 0.05)
        let expected = try withoutIndex(sandbox)
        for (question, wanted) in zip(Self.questions, expected) {
            let result = sandbox.run(question)
            let asked = "`cj \(question.joined(separator: " "))` \(comment)"
            #expect(result.status == wanted.status, "\(asked): exit \(result.status)")
            #expect(result.stdout == wanted.stdout, "\(asked): a different list")
            #expect(result.stderr == wanted.stderr, "\(asked): \(result.stderr)")
        }
    }

    @Test func askingAgainGivesTheSameOutputWhateverHappensToTheFiles() throws {
        let sandbox = try sampleStore()
        for round in 1...3 {
            try expectSameAsWithoutIndex(sandbox, "asked \(round) times")
        }
        #expect(FileManager.default.fileExists(atPath: sandbox.store + "/.casejourney/index"))

        // A visit logged through cj.
        let logged = sandbox.cj("visit", "log", "BRO-02", "--date", "2026-11-20", "--seen", "maya", "--by", "Ola Ade")
        #expect(logged.status == 0, "\(logged.stderr)")
        try expectSameAsWithoutIndex(sandbox, "after a visit was logged")

        // A hand edit behind the program's back: the visit's date moved back, same size.
        let path = sandbox.caseFile("BRO-02")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"2026-11-20\"", with: "\"2026-10-20\"").write(toFile: path, atomically: false, encoding: .utf8)
        try expectSameAsWithoutIndex(sandbox, "after a hand edit")

        // A damaged file is named every time, and the others still listed.
        try "{\"caseId\": ".write(toFile: sandbox.caseFile("CAR-03"), atomically: false, encoding: .utf8)
        try expectSameAsWithoutIndex(sandbox, "with a damaged file")
        try expectSameAsWithoutIndex(sandbox, "with a damaged file, asked again")

        // A misnamed case file appears, then the settings change.
        try text.write(toFile: sandbox.store + "/bro 02.json", atomically: false, encoding: .utf8)
        try expectSameAsWithoutIndex(sandbox, "with a misnamed file")
        try FileManager.default.removeItem(atPath: sandbox.store + "/bro 02.json")
        try FileManager.default.removeItem(atPath: sandbox.caseFile("CAR-03"))
        let settingsPath = sandbox.store + "/.casejourney/settings.json"
        let settings = try String(contentsOfFile: settingsPath, encoding: .utf8)
        try settings.replacingOccurrences(of: "\"alertAfterVisitsNotSeen\": 2", with: "\"alertAfterVisitsNotSeen\": 3")
            .write(toFile: settingsPath, atomically: false, encoding: .utf8)
        try expectSameAsWithoutIndex(sandbox, "after the settings changed")
    }

    @Test func theIndexIsPrivateAndNeverShared() throws {
        let sandbox = try sampleStore()
        #expect(sandbox.cj("due", "--as-of", "2026-11-23").status == 0)
        let folder = sandbox.store + "/.casejourney/index"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.contains { $0.hasSuffix(".index") } && files.contains { $0.hasSuffix(".report") })
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
        for file in files {
            #expect(try FileManager.default.attributesOfItem(atPath: folder + "/" + file)[.posixPermissions] as? Int == 0o600, "\(file)")
        }
        // A shared store's .gitignore leaves the index out.
        #expect(CaseStore.ignoredByGit.split(separator: "\n").contains("/.casejourney/index/"))
    }
}
