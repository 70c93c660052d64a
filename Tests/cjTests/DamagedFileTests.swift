import Foundation
import Testing

/// Hand-edited and damaged files: every command that reads a case must give the same answer (a
/// clear error, exit 65, naming the file), none may crash, and none may write over the file.
@Suite struct DamagedFileTests {
    /// Ways a case file gets damaged, each applied to a valid file's text.
    static let damage: [(name: String, apply: @Sendable (String) -> String)] = [
        ("a duplicated key", { $0.replacingOccurrences(of: "\"visits\": [", with: "\"visits\": [],\n  \"visits\": [") }),
        ("nesting 20,000 deep", { $0.replacingOccurrences(of: "\"familyName\": \"Ashworth\",",
                                                          with: "\"familyName\": \"Ashworth\", \"junk\": " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + ",") }),
        ("nesting 100 deep", { $0.replacingOccurrences(of: "\"familyName\": \"Ashworth\",",
                                                       with: "\"familyName\": \"Ashworth\", \"junk\": " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + ",") }),
        ("a null list", { $0.replacingOccurrences(of: "\"visits\": [", with: "\"expectations\": null,\n  \"visits\": [") }),
        ("a revision that would overflow", { text in
            text.replacingOccurrences(of: #""revision": \d+"#, with: "\"revision\": 9223372036854775807", options: .regularExpression) }),
        ("a number too large to read", { text in
            text.replacingOccurrences(of: #""revision": \d+"#, with: "\"revision\": 99999999999999999999999", options: .regularExpression) }),
        ("a fraction where a whole number goes", { text in
            text.replacingOccurrences(of: #""revision": \d+"#, with: "\"revision\": 1.5", options: .regularExpression) }),
        ("a wrong type in the last history entry", { text in replacingLast("\"by\": \"", in: text, with: "\"by\": 5, \"was\": \"") }),
        ("a duplicated key inside a visit", { $0.replacingOccurrences(of: "\"kind\": \"home\"", with: "\"kind\": \"home\", \"kind\": \"home\"") }),
        ("a duplicated key written with an escape", { $0.replacingOccurrences(of: "\"kind\": \"home\"", with: "\"kind\": \"home\", \"ki\\u006ed\": \"home\"") }),
        ("null where a date goes", { $0.replacingOccurrences(of: "\"date\": \"2026-11-02\"", with: "\"date\": null") }),
        ("an unpaired surrogate in a field nobody reads", { $0.replacingOccurrences(of: "\"familyName\": \"Ashworth\",",
                                                                                    with: "\"familyName\": \"Ashworth\", \"junk\": \"\\ud800\",") }),
        ("a raw tab inside text", { $0.replacingOccurrences(of: "\"familyName\": \"Ashworth\"", with: "\"familyName\": \"Ash\tworth\"") }),
        ("cut short", { String($0.dropLast(12)) }),
        ("text after the end", { $0 + "}" }),
        ("a list where the case should be", { _ in "[]" }),
        ("a history time that is not a time", { text in
            text.replacingOccurrences(of: #""at": "[^"]*""#, with: "\"at\": \"yesterday\"", options: .regularExpression) }),
        ("a revision set back below its history", { text in
            text.replacingOccurrences(of: #""revision": \d+,\n  "familyName""#, with: "\"revision\": 0,\n  \"familyName\"",
                                      options: .regularExpression) }),
        ("a line break in the family name", { $0.replacingOccurrences(of: "\"familyName\": \"Ashworth\"", with: "\"familyName\": \"Ashworth\\nBRO-02  Brown\"") }),
        ("a field given twice among hundreds", { text in
            let many = (0..<500).map { "\"extra\($0)\": \($0)," }.joined()
            return text.replacingOccurrences(of: "\"familyName\": \"Ashworth\",", with: "\"familyName\": \"Ashworth\", \(many) \"extra7\": 7,") }),
    ]

    private static func replacingLast(_ target: String, in text: String, with replacement: String) -> String {
        guard let range = text.range(of: target, options: .backwards) else { return text }
        return text.replacingCharacters(in: range, with: replacement)
    }

    /// Every command that reads the case, and one that would write it.
    static let readers: [[String]] = [
        ["case", "show", "ASH-01"], ["case", "show", "ASH-01", "--format", "json"], ["visit", "list", "ASH-01"],
        ["plan", "show", "ASH-01"], ["plan", "summary", "ASH-01", "--for", "Kim"], ["timeline", "ASH-01"],
        ["conference", "list", "ASH-01"], ["validate"], ["visit", "overdue", "--as-of", "2026-11-23"], ["due", "--as-of", "2026-11-23"],
        ["case", "list"], ["referral", "list", "ASH-01"], ["report", "caseload", "--as-of", "2026-11-23"],
        ["report", "annex-a", "--as-of", "2026-11-23"], ["report", "cin-census", "--as-of", "2026-11-23"],
        ["person", "add", "ASH-01", "--name", "New Person", "--role", "other"],
    ]

    /// The family with a plan, in a store whose settings give the authority's code, so the census
    /// reads it like every other command.
    private func family() throws -> Sandbox {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        let settings = sandbox.store + "/.casejourney/settings.json"
        let text = try String(contentsOfFile: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "{", with: "{\n  \"laCode\": \"999\",", options: [], range: text.range(of: "{"))
            .write(toFile: settings, atomically: false, encoding: .utf8)
        return sandbox
    }

    private func damagedStore(_ damage: (String) -> String) throws -> Sandbox {
        let sandbox = try family()
        sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-02", "--seen", "Amy", "--seen", "Ben")
        try damage(sandbox.read("ASH-01")).write(toFile: sandbox.caseFile("ASH-01"), atomically: false, encoding: .utf8)
        return sandbox
    }

    @Test(arguments: damage.indices)
    func everyReaderRefusesTheSameDamagedFileAndNothingOverwritesIt(_ index: Int) throws {
        let (name, apply) = Self.damage[index]
        let sandbox = try damagedStore(apply)
        let before = sandbox.read("ASH-01")
        // What `cj validate` says is wrong, and where; every other reader must say the same.
        let problems = sandbox.run(["validate"]).stderr.split(separator: "\n").filter { $0.hasPrefix("  - ") }
        #expect(!problems.isEmpty, "\(name): validate named no problem")
        for command in Self.readers {
            let result = sandbox.run(command)
            #expect(result.status == 65, "\(name): `cj \(command.joined(separator: " "))` exited \(result.status)")
            #expect(result.stderr.contains("ASH-01.json"), "\(name): `cj \(command.joined(separator: " "))` did not name the file")
            for problem in problems {
                #expect(result.stderr.contains(problem), "\(name): `cj \(command.joined(separator: " "))` did not say \(problem)")
            }
        }
        #expect(sandbox.read("ASH-01") == before, "\(name): the file was changed")
    }

    @Test func invalidUTF8IsRefusedByEveryReaderAndNeverReplaced() throws {
        let sandbox = try family()
        var bytes = Array(sandbox.read("ASH-01").utf8)
        let at = try #require(bytes.firstIndex(of: UInt8(ascii: "A")))
        bytes.insert(contentsOf: [0xC3, 0x28], at: at)
        #expect(FileManager.default.createFile(atPath: sandbox.caseFile("ASH-01"), contents: Data(bytes)))
        for command in Self.readers {
            let result = sandbox.run(command)
            #expect(result.status == 65, "`cj \(command.joined(separator: " "))` exited \(result.status)")
            #expect(result.stderr.contains("not valid UTF-8"), "`cj \(command.joined(separator: " "))`: \(result.stderr)")
        }
        #expect(Array(FileManager.default.contents(atPath: sandbox.caseFile("ASH-01"))!) == bytes)
    }

    @Test func aSettingsFileThatCannotBeReadIsAnErrorNotTheDefaults() throws {
        let sandbox = try family()
        let settings = sandbox.store + "/.casejourney/settings.json"
        try FileManager.default.removeItem(atPath: settings)
        #expect(sandbox.cj("visit", "overdue", "--as-of", "2026-11-23").status == 0)  // absent: the defaults
        try FileManager.default.createDirectory(atPath: settings, withIntermediateDirectories: false)
        let folder = sandbox.cj("visit", "overdue", "--as-of", "2026-11-23")
        #expect(folder.status == 74)
        #expect(folder.stderr.contains("settings.json") && folder.stderr.contains("it is a folder"))
        try FileManager.default.removeItem(atPath: settings)
        try FileManager.default.createSymbolicLink(atPath: settings, withDestinationPath: sandbox.folder + "/nowhere.json")
        let dangling = sandbox.cj("due", "--as-of", "2026-11-23")
        #expect(dangling.status == 74)
        #expect(dangling.stderr.contains("settings.json"))
    }

    @Test func aLinkPlantedAsALockIsRefusedAndItsTargetUntouched() throws {
        let sandbox = try family()
        let target = sandbox.folder + "/precious.txt"
        try "keep me".write(toFile: target, atomically: false, encoding: .utf8)
        let lock = sandbox.store + "/.casejourney/locks/ASH-01.lock"
        try? FileManager.default.removeItem(atPath: lock)
        try FileManager.default.createSymbolicLink(atPath: lock, withDestinationPath: target)
        let result = sandbox.cj("person", "add", "ASH-01", "--name", "New Person", "--role", "other")
        #expect(result.status == 73)
        #expect(result.stderr.contains("it is a link"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me")
    }

    @Test func aLinkPlantedAsTheLocksFolderIsRefusedAndNothingIsWrittenWhereItPoints() throws {
        let sandbox = try family()
        let elsewhere = sandbox.folder + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: false)
        let locks = sandbox.store + "/.casejourney/locks"
        try FileManager.default.removeItem(atPath: locks)
        try FileManager.default.createSymbolicLink(atPath: locks, withDestinationPath: elsewhere)
        let before = sandbox.cj("case", "show", "ASH-01").stdout
        let result = sandbox.cj("person", "add", "ASH-01", "--name", "New Person", "--role", "other")
        #expect(result.status == 73)
        #expect(result.stderr.contains("locks") && result.stderr.contains("it is a link"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
        #expect(sandbox.cj("case", "show", "ASH-01").stdout == before)
        // Sharing the store takes the store's own lock there: refused the same way.
        #expect(sandbox.cj("init", "--git").status == 73)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }

    @Test func aKilledWritersTemporaryCopyIsRemovedTheNextTimeTheCaseIsWritten() throws {
        let sandbox = try family()
        let crashed = sandbox.cj("person", "add", "ASH-01", "--name", "New Person", "--role", "other",
                                 environment: ["CJ_SIMULATE_CRASH_AFTER_BYTES": "100"])
        #expect(crashed.status != 0)
        let leftovers = { (try? FileManager.default.contentsOfDirectory(atPath: sandbox.store))?.filter { $0.hasSuffix(".tmp") } ?? [] }
        #expect(!leftovers().isEmpty)
        #expect(sandbox.cj("person", "add", "ASH-01", "--name", "New Person", "--role", "other").status == 0)
        #expect(leftovers().isEmpty)
    }

    @Test func aTildeInTheStoreIsTheHomeFolderAndFoldersAre0700WhateverTheUmask() throws {
        let sandbox = Sandbox()
        let home = sandbox.folder + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        // Through a shell with the loosest and the tightest umask a user might have.
        for (umask, store) in [("000", "loose"), ("777", "tight")] {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/sh")
            shell.arguments = ["-c", "umask \(umask) && exec \"$0\" init --store \"~/\(store)\"", Sandbox.executable.path]
            shell.environment = ["HOME": home, "CJ_TODAY": Sandbox.today, "PATH": "/usr/bin:/bin"]
            try shell.run()
            shell.waitUntilExit()
            #expect(shell.terminationStatus == 0)
            for folder in [home + "/" + store, home + "/" + store + "/.casejourney"] {
                let mode = try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int
                #expect(mode == 0o700, "\(folder) with umask \(umask)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder + "/~"))
    }

    @Test func aLineBreakInAValueCannotMakeALineOfItsOwn() throws {
        let sandbox = try damagedStore { $0.replacingOccurrences(of: "\"date\": \"2026-11-02\"", with: "\"date\": \"x\\n  - visits[9].date: fine\"") }
        for command in Self.readers {
            let result = sandbox.run(command)
            #expect(result.status == 65)
            #expect(!result.stderr.contains("\n  - visits[9]"), "`cj \(command.joined(separator: " "))` printed a made-up line")
            #expect(result.stderr.contains("\"x\\n  - visits[9].date: fine\""))
        }
    }

    @Test func somethingThatIsNotAnOrdinaryFileIsRefusedTheSameWayByEveryReader() throws {
        for kind in ["a folder", "a link", "a link to nowhere", "a pipe"] {
            let sandbox = try family()
            let file = sandbox.caseFile("ASH-01")
            let elsewhere = sandbox.folder + "/elsewhere.json"
            try FileManager.default.moveItem(atPath: file, toPath: elsewhere)
            switch kind {
            case "a folder": try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: false)
            case "a link": try FileManager.default.createSymbolicLink(atPath: file, withDestinationPath: elsewhere)
            case "a link to nowhere": try FileManager.default.createSymbolicLink(atPath: file, withDestinationPath: sandbox.folder + "/gone.json")
            default: #expect(mkfifo(file, 0o600) == 0)
            }
            let before = try FileManager.default.contentsOfDirectory(atPath: sandbox.store)
            for command in Self.readers {
                let result = sandbox.run(command)
                #expect(result.status == 74, "\(kind): `cj \(command.joined(separator: " "))` exited \(result.status)")
                #expect(result.stderr.contains("ASH-01.json") && result.stderr.contains(kind == "a folder" ? "a folder" : kind == "a pipe" ? "not an ordinary file" : "it is a link"),
                        "\(kind): `cj \(command.joined(separator: " "))` said \(result.stderr)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.store) == before, "\(kind): the store changed")
        }
    }

    @Test func aFileNamedUnlikeACaseIsNamedNotSkipped() throws {
        let sandbox = try family()
        try FileManager.default.copyItem(atPath: sandbox.caseFile("ASH-01"), toPath: sandbox.store + "/ASH 02.json")
        for command in [["validate"], ["visit", "overdue", "--as-of", "2026-11-23"], ["due", "--as-of", "2026-11-23"], ["case", "list"]] {
            let result = sandbox.run(command)
            #expect(result.status == 65, "`cj \(command.joined(separator: " "))` exited \(result.status)")
            #expect(result.stderr.contains("ASH 02.json") && result.stderr.contains("named after its case id"))
            if command != ["validate"] { #expect(result.stdout.contains("ASH-01")) }
        }
    }

    @Test func aDateAfterTodayIsReportedByValidateButTheFileStaysUsable() throws {
        let sandbox = try damagedStore { $0.replacingOccurrences(of: "\"date\": \"2026-11-02\"", with: "\"date\": \"2099-11-02\"") }
        let validate = sandbox.run(["validate"])
        #expect(validate.status == 65)
        #expect(validate.stderr.contains("can still be read") && validate.stderr.contains("visit v1: found \"2099-11-02\""))
        #expect(!validate.stderr.contains("cannot be used"))
        #expect(sandbox.run(["visit", "list", "ASH-01"]).status == 0)
    }
}
