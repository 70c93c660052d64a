import Foundation
import Testing

/// A team sharing one store through git: a bare repository as the server, a copy per worker.
@Suite struct SyncCommandTests {
    /// A server and a manager's copy holding the Ashworth family on a plan, shared.
    final class Team {
        let sandbox = Sandbox()
        var server: String { sandbox.folder + "/server.git" }
        func store(_ name: String) -> String { sandbox.folder + "/" + name }

        init() {
            let bare = Process()
            bare.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            bare.arguments = ["git", "init", "--quiet", "--bare", "--initial-branch=main", server]
            try! bare.run()
            bare.waitUntilExit()
            let manager = store("manager")
            cj(manager, by: "Ruth Bell", "init", "--git", "--remote", server)
            cj(manager, by: "Ruth Bell", "case", "new", "ASH-01", "--family", "Ashworth")
            cj(manager, by: "Ruth Bell", "person", "add", "ASH-01", "--name", "Amy Ashworth", "--role", "child", "--born", "2019-04-02")
            cj(manager, by: "Ruth Bell", "person", "add", "ASH-01", "--name", "Ben Ashworth", "--role", "child", "--born", "2022-01-15")
            cj(manager, by: "Ruth Bell", "person", "add", "ASH-01", "--name", "Kim Ashworth", "--role", "mother", "--parental-responsibility")
            cj(manager, by: "Ruth Bell", "worker", "assign", "ASH-01", "--name", "Sam Okafor", "--from", "2027-05-03")
            cj(manager, by: "Ruth Bell", "plan", "start", "ASH-01", "--type", "cp", "--child", "Amy", "--child", "Ben",
               "--category", "neglect", "--date", "2027-05-10")
            cj(manager, by: "Ruth Bell", "plan", "outcome", "ASH-01", "The children live in a warm home", "--date", "2027-05-10")
            let first = cj(manager, by: "Ruth Bell", "sync")
            precondition(first.status == 0, first.stderr)
        }

        @discardableResult
        func cj(_ store: String, by author: String, _ arguments: String...) -> CJResult {
            sandbox.run(arguments + ["--store", store], environment: ["CJ_USER": author])
        }

        func git(_ store: String, _ arguments: String...) -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", store] + arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            try! process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }

        func caseJSON(_ store: String, _ id: String = "ASH-01") throws -> [String: Any] {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(store)/\(id).json"))
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }

        func ids(_ store: String, _ list: String) throws -> [String] {
            ((try caseJSON(store)[list] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        }
    }

    @Test func threeWorkersOfflineKeepEverythingAfterSync() throws {
        let team = Team()
        let manager = team.store("manager"), sam = team.store("sam"), jo = team.store("jo")
        #expect(team.cj(sam, by: "Sam Okafor", "store", "clone", team.server).status == 0)
        #expect(team.cj(jo, by: "Jo Reed", "store", "clone", team.server).status == 0)

        // Offline: Sam and Jo each log a visit and add an action to the same family; the manager adds a person.
        #expect(team.cj(sam, by: "Sam Okafor", "visit", "log", "ASH-01", "--date", "2027-06-21", "--seen", "Amy", "--seen", "Ben").status == 0)
        #expect(team.cj(sam, by: "Sam Okafor", "plan", "action", "add", "ASH-01", "Kim will take Ben to the dentist",
                        "--owner", "Kim", "--due", "2027-07-16", "--reason", "Core group").status == 0)
        #expect(team.cj(jo, by: "Jo Reed", "visit", "log", "ASH-01", "--date", "2027-06-28", "--kind", "school", "--seen", "Amy",
                        "--not-seen", "Ben: at nursery").status == 0)
        #expect(team.cj(jo, by: "Jo Reed", "plan", "action", "add", "ASH-01", "Fix the heating", "--agency", "Northtown Housing",
                        "--due", "2027-07-30", "--reason", "Core group").status == 0)
        #expect(team.cj(manager, by: "Ruth Bell", "person", "add", "ASH-01", "--name", "Lee Ashworth", "--role", "father",
                        "--lives-elsewhere").status == 0)

        for (store, author) in [(sam, "Sam Okafor"), (jo, "Jo Reed"), (manager, "Ruth Bell"), (sam, "Sam Okafor"), (jo, "Jo Reed")] {
            let synced = team.cj(store, by: author, "sync")
            #expect(synced.status == 0, "\(synced.stdout)\(synced.stderr)")
        }
        let jointly = try team.caseJSON(manager)
        for store in [sam, jo] {
            #expect(try team.ids(store, "visits") == team.ids(manager, "visits"))
            #expect(try team.ids(store, "actions") == team.ids(manager, "actions"))
            #expect(try team.ids(store, "people") == team.ids(manager, "people"))
            #expect((try team.caseJSON(store)["revision"] as? Int) == (jointly["revision"] as? Int))
        }
        let visits = try team.ids(manager, "visits"), actions = try team.ids(manager, "actions")
        #expect(visits.count == 2 && Set(visits).count == 2)
        #expect(actions.count == 2 && Set(actions).count == 2)
        #expect(try team.ids(manager, "people").contains { $0.hasPrefix("lee") })
        // Every reference still points at the right record: the case validates everywhere.
        for store in [manager, sam, jo] { #expect(team.cj(store, by: "Ruth Bell", "validate").status == 0) }

        // The manager's list: Ben was last seen on Sam's visit (21 June), Amy on Jo's (28 June).
        let overdue = team.cj(manager, by: "Ruth Bell", "visit", "overdue", "--as-of", "2027-07-06", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(overdue.stdout.utf8)) as? [[String: Any]])
        #expect(rows.compactMap { $0["childName"] as? String } == ["Ben Ashworth"], "\(overdue.stdout)")
        #expect(rows.first?["lastSeen"] as? String == "2027-06-21")

        // `git log` of the case file reads as its journey, each change by the worker who made it.
        let log = team.git(manager, "log", "--no-merges", "--format=%an|%s", "--", "ASH-01.json")
        #expect(log.contains("Sam Okafor|ASH-01: Logged"))
        #expect(log.contains("Jo Reed|ASH-01: Logged"))
        #expect(log.contains("Ruth Bell|ASH-01: Added Lee Ashworth"))
        // Locks, temporary copies and each computer's tag are never shared.
        let tracked = team.git(manager, "ls-files")
        #expect(!tracked.contains("locks") && !tracked.contains("clone.json") && !tracked.contains(".tmp"))
    }

    @Test func aFieldChangedDifferentlyOnTwoCopiesIsShownSettledAndShared() throws {
        let team = Team()
        let manager = team.store("manager"), sam = team.store("sam")
        team.cj(sam, by: "Sam Okafor", "store", "clone", team.server)
        team.cj(sam, by: "Sam Okafor", "person", "change", "ASH-01", "Amy", "--born", "2019-04-12", "--reason", "Birth certificate")
        team.cj(manager, by: "Ruth Bell", "person", "change", "ASH-01", "Amy", "--born", "2019-05-02", "--reason", "School records")
        #expect(team.cj(sam, by: "Sam Okafor", "sync").status == 0)
        let merging = team.cj(manager, by: "Ruth Bell", "sync")
        #expect(merging.status == 0, "\(merging.stderr)")
        #expect(merging.stdout.contains("Open conflicts to settle in ASH-01"))

        // Nothing was chosen: the agenda and validation show both versions.
        let due = team.cj(manager, by: "Ruth Bell", "due", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(due.stdout.utf8)) as? [[String: Any]])
        let conflictRow = try #require(rows.first { $0["kind"] as? String == "open-conflict" })
        let what = try #require(conflictRow["what"] as? String)
        #expect(what.contains("2019-05-02") && what.contains("2019-04-12"))
        #expect(team.cj(manager, by: "Ruth Bell", "validate").stdout.contains("open-conflict") || team.cj(manager, by: "Ruth Bell", "validate").stdout.contains("Two copies"))
        let conflicts = try #require(try team.caseJSON(manager)["conflicts"] as? [[String: Any]])
        let conflictID = try #require(conflicts.first?["id"] as? String)

        // Settled with a reason, and the settlement syncs to the other copy.
        let settled = team.cj(manager, by: "Ruth Bell", "conflict", "resolve", "ASH-01", conflictID, "--keep", "theirs",
                              "--reason", "Checked the birth certificate")
        #expect(settled.status == 0, "\(settled.stderr)")
        #expect(team.cj(manager, by: "Ruth Bell", "sync").status == 0)
        #expect(team.cj(sam, by: "Sam Okafor", "sync").status == 0)
        let people = try #require(try team.caseJSON(sam)["people"] as? [[String: Any]])
        #expect(people.first { ($0["id"] as? String) == "amy" || ($0["name"] as? String) == "Amy Ashworth" }?["born"] as? String == "2019-04-12")
        #expect(team.cj(sam, by: "Sam Okafor", "conflict", "list").stdout.contains("No open conflicts"))
        #expect(team.cj(sam, by: "Sam Okafor", "validate").status == 0)
    }

    @Test func offlineSyncCommitsHereAndSaysSo() throws {
        let team = Team()
        let manager = team.store("manager")
        try FileManager.default.moveItem(atPath: team.server, toPath: team.server + ".away")
        team.cj(manager, by: "Ruth Bell", "visit", "log", "ASH-01", "--date", "2027-06-29", "--seen", "Amy", "--seen", "Ben")
        let offline = team.cj(manager, by: "Ruth Bell", "sync")
        #expect(offline.status == 75)
        #expect(offline.stdout.contains("Could not reach the team server"))
        #expect(offline.stdout.contains("will go out at the next `cj sync`"))
        #expect(team.git(manager, "log", "-1", "--format=%s").contains("ASH-01: Logged"))
        try FileManager.default.moveItem(atPath: team.server + ".away", toPath: team.server)
        let back = team.cj(manager, by: "Ruth Bell", "sync")
        #expect(back.status == 0)
        #expect(back.stdout.contains("Went out (1 change)"))
    }

    @Test func aHandEditIsCommittedBySyncAndABrokenFileIsNeverShared() throws {
        let team = Team()
        let manager = team.store("manager")
        let file = manager + "/ASH-01.json"
        let before = try String(contentsOfFile: file, encoding: .utf8)
        try before.replacingOccurrences(of: "\"familyName\": \"Ashworth\"", with: "\"familyName\": \"Ashworth-Reed\"")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let committed = team.cj(manager, by: "Ruth Bell", "sync")
        #expect(committed.stdout.contains("Committed changes not yet shared"))
        // Nobody is credited with a change the history does not record.
        #expect(committed.stdout.contains("Changed outside cj"))
        #expect(team.git(manager, "log", "-1", "--format=%s").contains("ASH-01: Changed outside cj"))
        try "{ broken".write(toFile: file, atomically: true, encoding: .utf8)
        let refused = team.cj(manager, by: "Ruth Bell", "sync")
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("Not shared") && refused.stderr.contains("ASH-01.json"))
        #expect(!team.git(manager, "show", "HEAD:ASH-01.json").contains("{ broken"))
    }

    @Test func aSendTheServerRefusesIsAnErrorNotASuccess() throws {
        let team = Team()
        let manager = team.store("manager")
        let hook = team.server + "/hooks/pre-receive"
        try "#!/bin/sh\necho 'changes to this store are frozen for an audit' >&2\nexit 1\n".write(toFile: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook)
        team.cj(manager, by: "Ruth Bell", "visit", "log", "ASH-01", "--date", "2027-06-29", "--seen", "Amy", "--seen", "Ben")
        let refused = team.cj(manager, by: "Ruth Bell", "sync")
        #expect(refused.status == 74)
        #expect(refused.stderr.contains("the team's server refused them"))
        #expect(refused.stderr.contains("frozen for an audit"))
        #expect(!refused.stdout.contains("Up to date"))
    }

    @Test func aChangeWhoseCommitFailedIsNamedInTheNextCommit() throws {
        let team = Team()
        let manager = team.store("manager")
        let indexLock = manager + "/.git/index.lock"
        _ = FileManager.default.createFile(atPath: indexLock, contents: Data())
        let stuck = team.cj(manager, by: "Sam Okafor", "visit", "log", "ASH-01", "--date", "2027-06-29", "--seen", "Amy", "--seen", "Ben")
        #expect(stuck.status == 74)
        try FileManager.default.removeItem(atPath: indexLock)
        #expect(team.cj(manager, by: "Ruth Bell", "plan", "strength", "ASH-01", "Kim keeps every appointment").status == 0)
        let message = team.git(manager, "log", "-1", "--format=%B")
        #expect(message.contains("1 earlier change not committed until now"))
        #expect(message.contains("- Sam Okafor: Logged home visit"))
    }

    @Test func twoCopiesThatEachOpenedACaseWithOneIdAreNotMixed() throws {
        let team = Team()
        let manager = team.store("manager"), sam = team.store("sam")
        team.cj(sam, by: "Sam Okafor", "store", "clone", team.server)
        team.cj(sam, by: "Sam Okafor", "case", "new", "NEW-01", "--family", "Newton")
        team.cj(sam, by: "Sam Okafor", "person", "add", "NEW-01", "--name", "Nia Newton", "--role", "child")
        team.cj(manager, by: "Ruth Bell", "case", "new", "NEW-01", "--family", "Newton")
        team.cj(manager, by: "Ruth Bell", "person", "add", "NEW-01", "--name", "Noel Newton", "--role", "child")
        #expect(team.cj(sam, by: "Sam Okafor", "sync").status == 0)
        #expect(team.cj(manager, by: "Ruth Bell", "sync").status == 0)
        let people = try #require(try team.caseJSON(manager, "NEW-01")["people"] as? [[String: Any]])
        #expect(people.compactMap { $0["name"] as? String } == ["Noel Newton"])
        let listed = team.cj(manager, by: "Ruth Bell", "conflict", "list", "NEW-01").stdout
        #expect(listed.contains("two copies each opened a case NEW-01"))
        // Sam's family is kept whole in the conflict, not lost: Sam's next sync takes the merge.
        let next = team.cj(sam, by: "Sam Okafor", "sync")
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try team.caseJSON(sam, "NEW-01")["familyName"] as? String == "Newton")
        #expect(team.cj(sam, by: "Sam Okafor", "conflict", "list", "NEW-01").stdout.contains("two copies each opened a case NEW-01"))
        // Keeping the other copy keeps this one whole in the conflict: neither family is lost.
        let conflict = try #require((try team.caseJSON(manager, "NEW-01")["conflicts"] as? [[String: Any]])?.first)
        let settled = team.cj(manager, by: "Ruth Bell", "conflict", "resolve", "NEW-01", conflict["id"] as! String, "--keep", "theirs",
                              "--reason", "Sam opened it first")
        #expect(settled.status == 0, "\(settled.stderr)")
        let after = try team.caseJSON(manager, "NEW-01")
        #expect((after["people"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Nia Newton"])
        #expect(((after["conflicts"] as? [[String: Any]])?.first?["ours"] as? String)?.contains("Noel Newton") == true)
        #expect(team.cj(manager, by: "Ruth Bell", "sync").status == 0)
        #expect(team.cj(sam, by: "Sam Okafor", "sync").status == 0)
    }

    /// Sam and the manager each put Amy's date of birth right differently, and the manager's
    /// sync merged them: the conflict's id.
    private func conflictOverAmysBirth(_ team: Team, manager: String, sam: String) throws -> String {
        team.cj(sam, by: "Sam Okafor", "store", "clone", team.server)
        team.cj(sam, by: "Sam Okafor", "person", "change", "ASH-01", "Amy", "--born", "2019-04-12", "--reason", "Birth certificate")
        team.cj(manager, by: "Ruth Bell", "person", "change", "ASH-01", "Amy", "--born", "2019-05-02", "--reason", "School records")
        team.cj(sam, by: "Sam Okafor", "sync")
        team.cj(manager, by: "Ruth Bell", "sync")
        let conflicts = try #require(try team.caseJSON(manager)["conflicts"] as? [[String: Any]])
        return try #require(conflicts.first?["id"] as? String)
    }

    @Test func twoDifferentSettlementsOfOneConflictOpenItAgain() throws {
        let team = Team()
        let manager = team.store("manager"), sam = team.store("sam")
        let id = try conflictOverAmysBirth(team, manager: manager, sam: sam)
        team.cj(sam, by: "Sam Okafor", "sync")
        #expect(team.cj(manager, by: "Ruth Bell", "conflict", "resolve", "ASH-01", id, "--keep", "2019-04-12", "--reason", "Checked").status == 0)
        #expect(team.cj(sam, by: "Sam Okafor", "conflict", "resolve", "ASH-01", id, "--keep", "2019-05-02", "--reason", "Asked Kim").status == 0)
        team.cj(manager, by: "Ruth Bell", "sync")
        #expect(team.cj(sam, by: "Sam Okafor", "sync").status == 0)
        let listed = team.cj(sam, by: "Sam Okafor", "conflict", "list").stdout
        #expect(listed.contains("settled differently on two copies"))
        #expect(listed.contains("Ruth Bell kept") && listed.contains("Sam Okafor kept"))
    }

    @Test func keepingOursKeepsWhatTheRecordHoldsNowEvenAfterACorrection() throws {
        let team = Team()
        let manager = team.store("manager"), sam = team.store("sam")
        let id = try conflictOverAmysBirth(team, manager: manager, sam: sam)
        team.cj(manager, by: "Ruth Bell", "person", "change", "ASH-01", "Amy", "--born", "2019-04-02", "--reason", "Kim showed the red book")
        let kept = team.cj(manager, by: "Ruth Bell", "conflict", "resolve", "ASH-01", id, "--keep", "ours", "--reason", "Red book")
        #expect(kept.status == 0, "\(kept.stderr)")
        let people = try #require(try team.caseJSON(manager)["people"] as? [[String: Any]])
        #expect(people.first { $0["name"] as? String == "Amy Ashworth" }?["born"] as? String == "2019-04-02")
    }

    @Test func settingsChangedDifferentlyOnTwoCopiesKeepTheTeamsAndSaySo() throws {
        let team = Team()
        let manager = team.store("manager"), sam = team.store("sam")
        team.cj(sam, by: "Sam Okafor", "store", "clone", team.server)
        func setVisits(_ store: String, every count: Int, alone: Int?) throws {
            let alonePart = alone.map { #", "seenAlone": {"count": \#($0), "unit": "working-days"}"# } ?? ""
            try #"{"schemaVersion": 1, "visits": {"childProtection": {"count": \#(count), "unit": "working-days"}\#(alonePart)}}"#
                .write(toFile: store + "/.casejourney/settings.json", atomically: true, encoding: .utf8)
        }
        try setVisits(manager, every: 15, alone: nil)
        try setVisits(sam, every: 5, alone: 20)
        #expect(team.cj(manager, by: "Ruth Bell", "sync").status == 0)
        let merged = team.cj(sam, by: "Sam Okafor", "sync")
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("visits.childProtection.count: this copy's 5 was not kept; the team's 15 stands"))
        let settings = try String(contentsOfFile: sam + "/.casejourney/settings.json", encoding: .utf8)
        #expect(settings.contains("\"count\": 15"))
        #expect(settings.contains("seenAlone"))  // what only Sam changed is kept
        #expect(team.cj(manager, by: "Ruth Bell", "sync").status == 0)
        #expect(try String(contentsOfFile: manager + "/.casejourney/settings.json", encoding: .utf8) == settings)
    }

    @Test func anActionChangedDifferentlyOnTwoCopiesIsOneConflictInWords() throws {
        let team = Team()
        let manager = team.store("manager"), sam = team.store("sam")
        team.cj(manager, by: "Ruth Bell", "plan", "action", "add", "ASH-01", "Fix the heating", "--agency", "Northtown Housing",
                "--due", "2027-07-30", "--reason", "Core group")
        team.cj(manager, by: "Ruth Bell", "sync")
        team.cj(sam, by: "Sam Okafor", "store", "clone", team.server)
        let action = try #require(try team.ids(sam, "actions").first)
        team.cj(sam, by: "Sam Okafor", "plan", "action", "change", "ASH-01", action, "--due", "2027-08-15", "--reason", "Parts late")
        team.cj(manager, by: "Ruth Bell", "plan", "action", "defer", "ASH-01", action, "--to", "2027-09-01", "--reason", "Contractor ill")
        team.cj(sam, by: "Sam Okafor", "sync")
        #expect(team.cj(manager, by: "Ruth Bell", "sync").status == 0)
        let listed = team.cj(manager, by: "Ruth Bell", "conflict", "list").stdout
        #expect(listed.contains("adds [") && listed.contains("2027-08-15") && listed.contains("2027-09-01"))
        #expect(!listed.contains("{"))
        #expect(listed.contains("--keep ours|theirs --reason"))
        let conflicts = try #require(try team.caseJSON(manager)["conflicts"] as? [[String: Any]])
        let id = try #require(conflicts.first?["id"] as? String)
        #expect(team.cj(manager, by: "Ruth Bell", "conflict", "resolve", "ASH-01", id, "--keep", "theirs", "--reason", "Sam's is newer").status == 0)
        #expect(team.cj(manager, by: "Ruth Bell", "plan", "show", "ASH-01").stdout.contains("2027-08-15"))
    }

    @Test func aDamagedFileOnTheServerIsNeverMergedIn() throws {
        let team = Team()
        let manager = team.store("manager"), rogue = team.store("rogue")
        _ = team.git(team.sandbox.folder, "clone", "--quiet", team.server, rogue)
        try "{ \"caseId\": ".write(toFile: rogue + "/ASH-01.json", atomically: true, encoding: .utf8)
        _ = team.git(rogue, "-c", "user.name=Mallory", "-c", "user.email=m@example.invalid", "commit", "--quiet", "-am", "innocent")
        _ = team.git(rogue, "push", "--quiet", "origin", "HEAD:main")
        let before = try String(contentsOfFile: manager + "/ASH-01.json", encoding: .utf8)
        let refused = team.cj(manager, by: "Ruth Bell", "sync")
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("ASH-01.json on the team's server"))
        #expect(refused.stderr.contains("Mallory"))
        #expect(try String(contentsOfFile: manager + "/ASH-01.json", encoding: .utf8) == before)
    }

    /// Records and history removed by hand are never shared, here or from the server, and a
    /// case file deleted on the server is never merged in: cj never deletes either.
    @Test func recordsOrHistoryRemovedOutsideCjAreNeverSharedOrMergedIn() throws {
        let team = Team()
        let manager = team.store("manager"), rogue = team.store("rogue")
        let file = manager + "/ASH-01.json"
        let shared = try String(contentsOfFile: file, encoding: .utf8)
        var edited = try team.caseJSON(manager)
        edited["outcomes"] = []
        edited["history"] = []
        try JSONSerialization.data(withJSONObject: edited, options: .prettyPrinted).write(to: URL(fileURLWithPath: file))
        let refused = team.cj(manager, by: "Ruth Bell", "sync")
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("ASH-01.json") && refused.stderr.contains("outcome o1") && refused.stderr.contains("history"))
        #expect(team.git(manager, "show", "HEAD:ASH-01.json") == shared)
        try shared.write(toFile: file, atomically: true, encoding: .utf8)

        _ = team.git(team.sandbox.folder, "clone", "--quiet", team.server, rogue)
        try JSONSerialization.data(withJSONObject: edited, options: .prettyPrinted).write(to: URL(fileURLWithPath: rogue + "/ASH-01.json"))
        _ = team.git(rogue, "-c", "user.name=Mallory", "-c", "user.email=m@example.invalid", "commit", "--quiet", "-am", "tidy up")
        _ = team.git(rogue, "push", "--quiet", "origin", "HEAD:main")
        let notMerged = team.cj(manager, by: "Ruth Bell", "sync")
        #expect(notMerged.status == 65)
        #expect(notMerged.stderr.contains("on the team's server") && notMerged.stderr.contains("Mallory")
                && notMerged.stderr.contains("outcome o1"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == shared)

        _ = team.git(rogue, "-c", "user.name=Mallory", "-c", "user.email=m@example.invalid", "revert", "--quiet", "--no-edit", "HEAD")
        _ = team.git(rogue, "rm", "--quiet", "ASH-01.json")
        _ = team.git(rogue, "-c", "user.name=Mallory", "-c", "user.email=m@example.invalid", "commit", "--quiet", "-m", "gone")
        _ = team.git(rogue, "push", "--quiet", "origin", "HEAD:main")
        let deleted = team.cj(manager, by: "Ruth Bell", "sync")
        #expect(deleted.status == 65)
        #expect(deleted.stderr.contains("deleted outside cj"))
        #expect(FileManager.default.fileExists(atPath: file))
    }

    /// A loss already committed, by git by hand or in a cj change made after a hand edit, is
    /// never sent: what goes out is checked against the team's copy.
    @Test func aLossAlreadyCommittedIsNeverSent() throws {
        let team = Team()
        let manager = team.store("manager")
        let file = manager + "/ASH-01.json"
        var edited = try team.caseJSON(manager)
        edited["outcomes"] = []
        try JSONSerialization.data(withJSONObject: edited, options: .prettyPrinted).write(to: URL(fileURLWithPath: file))
        // A cj change on top of the hand edit commits it.
        #expect(team.cj(manager, by: "Ruth Bell", "person", "add", "ASH-01", "--name", "Cal Ashworth", "--role", "child").status == 0)
        let server = team.git(team.server, "show", "main:ASH-01.json")
        let refused = team.cj(manager, by: "Ruth Bell", "sync")
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("not sent") && refused.stderr.contains("outcome o1"), "\(refused.stderr)")
        #expect(team.git(team.server, "show", "main:ASH-01.json") == server)
    }

    @Test func aLinkSentToTheServerIsNeverMergedIn() throws {
        let team = Team()
        let manager = team.store("manager"), rogue = team.store("rogue")
        _ = team.git(team.sandbox.folder, "clone", "--quiet", team.server, rogue)
        try FileManager.default.createSymbolicLink(atPath: rogue + "/ELSE-01.json", withDestinationPath: "/etc/passwd")
        _ = team.git(rogue, "add", "ELSE-01.json")
        _ = team.git(rogue, "-c", "user.name=Mallory", "-c", "user.email=m@example.invalid", "commit", "--quiet", "-m", "add")
        _ = team.git(rogue, "push", "--quiet", "origin", "HEAD:main")
        let refused = team.cj(manager, by: "Ruth Bell", "sync")
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("ELSE-01.json on the team's server") && refused.stderr.contains("a link"))
        #expect(!FileManager.default.fileExists(atPath: manager + "/ELSE-01.json"))
    }

    @Test func settingsWithANullSentToTheServerAreNeverMergedIn() throws {
        let team = Team()
        let manager = team.store("manager"), rogue = team.store("rogue")
        _ = team.git(team.sandbox.folder, "clone", "--quiet", team.server, rogue)
        try #"{"schemaVersion": 1, "visits": null}"#.write(toFile: rogue + "/.casejourney/settings.json", atomically: true, encoding: .utf8)
        _ = team.git(rogue, "-c", "user.name=Mallory", "-c", "user.email=m@example.invalid", "commit", "--quiet", "-am", "tidy")
        _ = team.git(rogue, "push", "--quiet", "origin", "HEAD:main")
        let refused = team.cj(manager, by: "Ruth Bell", "sync")
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("settings.json on the team's server") && refused.stderr.contains("visits: found null"))
        #expect(team.cj(manager, by: "Ruth Bell", "visit", "overdue", "--as-of", "2027-06-30").status == 0)
    }

    @Test func aStoreCopiedAsAFolderGivesNewRecordsIdsOfItsOwn() throws {
        let team = Team()
        let manager = team.store("manager"), copy = team.store("copy")
        team.cj(manager, by: "Ruth Bell", "visit", "log", "ASH-01", "--date", "2027-06-21", "--seen", "Amy", "--seen", "Ben")
        let copied = Process()
        copied.executableURL = URL(fileURLWithPath: "/bin/cp")
        copied.arguments = ["-a", manager, copy]
        try copied.run()
        copied.waitUntilExit()
        team.cj(manager, by: "Ruth Bell", "visit", "log", "ASH-01", "--date", "2027-06-28", "--seen", "Amy", "--seen", "Ben")
        team.cj(copy, by: "Sam Okafor", "visit", "log", "ASH-01", "--date", "2027-06-29", "--seen", "Amy", "--seen", "Ben")
        let managerIDs = try team.ids(manager, "visits"), copyIDs = try team.ids(copy, "visits")
        #expect(managerIDs.last != copyIDs.last)
    }

    @Test func aCaseIdOnlyCapitalsApartOrThatWindowsReservesIsRefused() {
        let team = Team()
        let manager = team.store("manager")
        let twin = team.cj(manager, by: "Ruth Bell", "case", "new", "ash-01", "--family", "Ashworth")
        #expect(twin.status == 64)
        #expect(twin.stderr.contains("only in capital letters"))
        #expect(team.cj(manager, by: "Ruth Bell", "case", "new", "CON", "--family", "Connor").status == 64)
        #expect(!FileManager.default.fileExists(atPath: manager + "/CON.json"))
    }

    @Test func aStoreInsideSomeonesOwnGitRepositoryIsNotSharedUntilAskedTo() throws {
        let team = Team()
        let own = team.store("own")
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: true)
        _ = team.git(own, "init", "--quiet")
        #expect(team.cj(own, by: "Ruth Bell", "init").status == 0)
        #expect(team.cj(own, by: "Ruth Bell", "case", "new", "OWN-01", "--family", "Owen").status == 0)
        #expect(team.git(own, "log", "--oneline").isEmpty)
        #expect(team.cj(own, by: "Ruth Bell", "sync").status == 64)
    }

    @Test func anEmptyNameOrARemoteWithoutGitIsAUsageError() {
        let team = Team()
        let manager = team.store("manager")
        let empty = team.cj(manager, by: "Ruth Bell", "visit", "log", "ASH-01", "--seen", "Amy", "--by", " ")
        #expect(empty.status == 64)
        #expect(empty.stderr.contains("--by is empty"))
        let remote = team.cj(team.store("other"), by: "Ruth Bell", "init", "--remote", team.server)
        #expect(remote.status == 64)
        #expect(remote.stderr.contains("--remote goes with --git"))
    }

    @Test func withoutGitAChangeToASharedStoreIsRefusedAndNothingIsWritten() throws {
        let team = Team()
        let manager = team.store("manager")
        let before = try String(contentsOfFile: manager + "/ASH-01.json", encoding: .utf8)
        let result = team.sandbox.run(["visit", "log", "ASH-01", "--seen", "Amy", "--store", manager],
                                      environment: ["PATH": "/nonexistent"])
        #expect(result.status == 69)
        #expect(result.stderr.contains("git program was not found"))
        #expect(try String(contentsOfFile: manager + "/ASH-01.json", encoding: .utf8) == before)
    }

    @Test func aStoreWithoutGitSaysHowToShareIt() {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        let result = sandbox.cj("sync")
        #expect(result.status == 64)
        #expect(result.stderr.contains("cj init --git"))
    }

    @Test func theMergeDriverLeavesThisCopyAloneWhenTheOtherIsDamaged() throws {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        let ours = sandbox.caseFile("ASH-01"), before = sandbox.read("ASH-01")
        let theirs = sandbox.folder + "/theirs.json"
        try "{\"caseId\": ".write(toFile: theirs, atomically: true, encoding: .utf8)
        let result = sandbox.cj("merge-driver", ours, ours, theirs, "ASH-01.json")
        #expect(result.status == 1)
        #expect(result.stderr.contains("the other copy"))
        #expect(sandbox.read("ASH-01") == before)
    }

    @Test func aClonedStoreIsReadableByItsOwnerOnly() throws {
        let team = Team()
        let sam = team.store("sam")
        team.cj(sam, by: "Sam Okafor", "store", "clone", team.server)
        let folderMode = try FileManager.default.attributesOfItem(atPath: sam)[.posixPermissions] as? Int
        let fileMode = try FileManager.default.attributesOfItem(atPath: sam + "/ASH-01.json")[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        #expect(fileMode == 0o600)
    }
}
