import CaseJourney
import Foundation
import Testing

@Suite struct StoreCommandTests {
    @Test func initCreatesAPrivateStoreAndNewCasesArePrivate() throws {
        let sandbox = Sandbox()
        #expect(sandbox.cj("init").status == 0)
        #expect(sandbox.cj("case", "new", "ASH-01", "--family", "Ashworth").status == 0)
        let attributes = FileManager.default
        #expect(try attributes.attributesOfItem(atPath: sandbox.store)[.posixPermissions] as? Int == 0o700)
        #expect(try attributes.attributesOfItem(atPath: sandbox.caseFile("ASH-01"))[.posixPermissions] as? Int == 0o600)
        #expect(sandbox.cj("init").stdout.contains("already a case store"))
    }

    @Test func aFolderMadeBeforeInitBecomesPrivateAndAStoreCannotGoInsideAnother() throws {
        let sandbox = Sandbox()
        let folder = sandbox.folder + "/made-first"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o777])
        #expect(sandbox.cj("init", "--store", folder).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
        // A folder that already holds other things is not the store's to change.
        let busy = sandbox.folder + "/busy"
        try FileManager.default.createDirectory(atPath: busy, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        try "notes".write(toFile: busy + "/notes.txt", atomically: false, encoding: .utf8)
        #expect(sandbox.cj("init", "--store", busy).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: busy)[.posixPermissions] as? Int == 0o755)
        let inside = sandbox.cj("init", "--store", folder + "/.casejourney/index")
        #expect(inside.status == 64)
        #expect(inside.stderr.contains(".casejourney"))
    }

    @Test func anEmptyStoreIsAUsageErrorAndAVeryLongFirstNameGivesAShortId() {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        let empty = sandbox.cj("case", "list", "--store", "")
        #expect(empty.status == 64)
        #expect(empty.stderr.contains("--store is empty"))
        let long = sandbox.cj("person", "add", "ASH-01", "--name", String(repeating: "Anna", count: 40) + " Ashworth", "--role", "other")
        #expect(long.status == 0, "\(long.stderr)")
        #expect(long.stdout == String(repeating: "anna", count: 8) + "\n")
    }

    @Test func personAddPrintsTheIdAndRecordsWhoDidIt() {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        let result = sandbox.cj("person", "add", "ASH-01", "--name", "Cal Ashworth", "--role", "child", "--by", "Ola Ade")
        #expect(result.status == 0)
        #expect(result.stdout == "cal\n")
        let shown = sandbox.cj("case", "show", "ASH-01", "--history").stdout
        #expect(shown.contains("Ola Ade: Added Cal Ashworth (cal, child)"))
        #expect(shown.contains("Test Worker: Added Amy Ashworth"))
    }

    @Test func twentyPeopleAddedAtOnceAreAllKept() throws {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        let started = (0..<20).map { index in
            sandbox.start(["person", "add", "ASH-01", "--name", "Relative \(index)", "--role", "other", "--id", "rel-\(index)"])
        }
        var statuses: [Int32] = []
        for (process, out, err) in started {
            _ = out.fileHandleForReading.readDataToEndOfFile()
            _ = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            statuses.append(process.terminationStatus)
        }
        #expect(statuses.allSatisfy { $0 == 0 })
        let value = try CaseStore(path: sandbox.store).read("ASH-01")
        #expect(value.people.count == 4 + 20)
        #expect(Set(value.people.map(\.id)).isSuperset(of: (0..<20).map { "rel-\($0)" }))
        #expect(value.revision == 5 + 20)
    }

    @Test func aLockedCaseExits75AndSaysWhoHoldsIt() throws {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        let held = try CaseStore(path: sandbox.store).lock("ASH-01", holder: "Ola Ade (cj visit log)")
        defer { held.release() }
        let result = sandbox.cj("person", "add", "ASH-01", "--name", "Cal", "--role", "child",
                                environment: ["CJ_LOCK_TIMEOUT": "0.3"])
        #expect(result.status == 75)
        #expect(result.stderr.contains("Ola Ade (cj visit log)"))
        #expect(result.stderr.contains("try again"))
    }

    @Test func aCorruptFileIsReportedByFieldAndNeverOverwritten() throws {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        let corrupt = sandbox.read("ASH-01").replacingOccurrences(of: "\"born\": \"2022-01-15\"", with: "\"born\": \"15/01/2022\"")
        try corrupt.write(toFile: sandbox.caseFile("ASH-01"), atomically: false, encoding: .utf8)

        let validate = sandbox.cj("validate")
        #expect(validate.status == 65)
        #expect(validate.stderr.contains("ASH-01.json"))
        #expect(validate.stderr.contains("people[1].born: found \"15/01/2022\"; expected a calendar date written YYYY-MM-DD"))

        let add = sandbox.cj("person", "add", "ASH-01", "--name", "Cal", "--role", "child")
        #expect(add.status == 65)
        #expect(sandbox.read("ASH-01") == corrupt)
    }

    @Test func aSyntaxErrorGivesLineAndColumn() throws {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        try "{\n  \"schemaVersion\": 1,\n  \"caseId\" \"ASH-01\"\n}\n".write(toFile: sandbox.caseFile("ASH-01"), atomically: false, encoding: .utf8)
        let result = sandbox.cj("case", "show", "ASH-01")
        #expect(result.status == 65)
        #expect(result.stderr.contains("line 3, column 12"))
    }

    @Test func aCrashMidWriteLeavesTheOldVersionWhole() throws {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        let before = sandbox.read("ASH-01")
        for crashPoint in [0, 1, 100, 1_000] {
            let result = sandbox.cj("person", "add", "ASH-01", "--name", "Cal Ashworth", "--role", "child",
                                    environment: ["CJ_SIMULATE_CRASH_AFTER_BYTES": "\(crashPoint)"])
            #expect(result.status == 137)
            #expect(sandbox.read("ASH-01") == before)
        }
        #expect(sandbox.cj("validate").status == 0)
        #expect(sandbox.cj("person", "add", "ASH-01", "--name", "Cal Ashworth", "--role", "child").status == 0)
    }

    @Test(arguments: ["../x", "a/b", ""])
    func badCaseIdsExit64(id: String) {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        let result = sandbox.cj("case", "new", id, "--family", "X")
        #expect(result.status == 64)
        #expect(result.stderr.contains("A case id must be"))
        #expect(sandbox.cj("case", "show", id).status == 64)
    }

    @Test func anUnknownCaseExits66WithCloseMatches() {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        let result = sandbox.cj("case", "show", "ASH-1")
        #expect(result.status == 66)
        #expect(result.stderr.contains("Did you mean ASH-01?"))
    }

    @Test func aNewerCaseFileIsRefusedForWriting() throws {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        let newer = sandbox.read("ASH-01").replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 7")
        try newer.write(toFile: sandbox.caseFile("ASH-01"), atomically: false, encoding: .utf8)
        let result = sandbox.cj("person", "add", "ASH-01", "--name", "Cal", "--role", "child")
        #expect(result.status == 65)
        #expect(result.stderr.contains("newer version of CaseJourney"))
        #expect(sandbox.read("ASH-01") == newer)
    }

    @Test func storeComesFromTheOptionThenTheEnvironmentThenTheCurrentFolder() {
        let sandbox = Sandbox()
        #expect(sandbox.cj("init", "--store", sandbox.folder + "/elsewhere").status == 0)
        #expect(FileManager.default.fileExists(atPath: sandbox.folder + "/elsewhere/.casejourney/settings.json"))
        #expect(sandbox.cj("init").status == 0)
        #expect(FileManager.default.fileExists(atPath: sandbox.store + "/.casejourney/settings.json"))
        #expect(sandbox.cj("init", environment: ["CJ_STORE": ""]).status == 0)
        #expect(FileManager.default.fileExists(atPath: sandbox.folder + "/cases/.casejourney/settings.json"))
    }
}

@Suite struct SettingsValidationTests {
    @Test func validateReportsABrokenSettingsFile() throws {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        try #"{"visits": {"childProtection": {"count": 0, "unit": "working-days"}}}"#
            .write(toFile: sandbox.store + "/.casejourney/settings.json", atomically: false, encoding: .utf8)
        let result = sandbox.cj("validate")
        #expect(result.status == 65)
        #expect(result.stderr.contains("settings.json"))
        #expect(result.stderr.contains("visits.childProtection.count"))
        #expect(result.stdout.contains("the team settings are not"))
    }

    @Test func anAlertThatCouldNeverOrAlwaysFireIsRefused() throws {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        try #"{"visits": {"alertAfterVisitsNotSeen": 0}}"#
            .write(toFile: sandbox.store + "/.casejourney/settings.json", atomically: false, encoding: .utf8)
        let result = sandbox.cj("visit", "overdue", "--as-of", "2026-11-23")
        #expect(result.status == 65)
        #expect(result.stderr.contains("visits.alertAfterVisitsNotSeen"))
        #expect(result.stderr.contains("from 1 to 26"))
    }

    @Test func aNullANewerFormatOrAnUnknownRegionIsAnErrorNotTheDefault() throws {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        let settings = sandbox.store + "/.casejourney/settings.json"
        for (text, place, expected) in [
            (#"{"visits": null}"#, "visits: found null", "expected a value, or leave the field out for the default"),
            (#"{"calendar": {"region": "england-and-wales", "closures": null}}"#, "calendar.closures: found null", "leave the field out"),
            (#"{"schemaVersion": 99}"#, "schemaVersion: found 99", "update cj"),
            (#"{"calendar": {"region": "mars"}}"#, "calendar.region", "england-and-wales, scotland or northern-ireland"),
        ] {
            try text.write(toFile: settings, atomically: false, encoding: .utf8)
            let result = sandbox.cj("visit", "overdue", "--as-of", "2026-11-23")
            #expect(result.status == 65, "\(text)")
            #expect(result.stderr.contains("settings.json") && result.stderr.contains(place) && result.stderr.contains(expected),
                    "\(text): \(result.stderr)")
        }
    }

    @Test func aFamilyNameMustBeOneLineOfText() {
        let sandbox = Sandbox()
        sandbox.cj("init")
        let result = sandbox.cj("case", "new", "ZZ-01", "--family", "\n")
        #expect(result.status == 64)
        #expect(!FileManager.default.fileExists(atPath: sandbox.caseFile("ZZ-01")))
    }
}
