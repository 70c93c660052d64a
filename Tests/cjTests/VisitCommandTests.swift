import Foundation
import Testing

@Suite struct VisitCommandTests {
    /// The Ashworth family with Amy and Ben on a child protection plan from 5 October 2026.
    private func sandboxWithPlan() -> Sandbox {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        sandbox.cj("worker", "assign", "ASH-01", "--name", "Sam Okafor", "--from", "2026-01-05")
        sandbox.cj("plan", "start", "ASH-01", "--type", "cp", "--child", "Amy", "--child", "Ben", "--category", "neglect",
                   "--date", "2026-10-05")
        return sandbox
    }

    @Test func loggingAVisitPrintsEveryChildAndWhenTheyAreNextDue() {
        let sandbox = sandboxWithPlan()
        let result = sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-02", "--seen-alone", "Amy",
                                "--not-seen", "Ben: at his grandmother's", "--bedroom-seen", "--as-of", "2026-11-02")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("Amy Ashworth") && $0.contains("seen alone") && $0.contains("due 2026-11-16 (every 10 working days)") })
        #expect(lines.contains { $0.contains("Ben Ashworth") && $0.contains("not seen: at his grandmother's") && $0.contains("due 2026-10-19, OVERDUE") })
        #expect(sandbox.read("ASH-01").contains("\"reason\": \"at his grandmother's\""))
        #expect(sandbox.read("ASH-01").contains("\"bedroomSeen\": true"))
    }

    @Test func anUnknownChildWritesNothingAndListsTheChildren() {
        let sandbox = sandboxWithPlan()
        let before = sandbox.read("ASH-01")
        let result = sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-02", "--seen", "Amy", "--seen", "Zoe", "--as-of", "2027-06-30")
        #expect(result.status == 64)
        #expect(result.stderr.contains("There is no child called Zoe"))
        #expect(result.stderr.contains("Amy Ashworth (amy), Ben Ashworth (ben)"))
        #expect(sandbox.read("ASH-01") == before)
    }

    @Test func aWithdrawnCorrectionIsNoLongerShownAsCorrectingTheVisit() {
        let sandbox = sandboxWithPlan()
        sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-02", "--seen", "Amy", "--by", "Sam Okafor")
        sandbox.cj("visit", "amend", "ASH-01", "v1", "--reason", "Wrong child", "--seen", "Ben", "--by", "Sam Okafor")
        sandbox.cj("visit", "withdraw", "ASH-01", "v2", "--reason", "Amended the wrong visit")
        sandbox.cj("visit", "amend", "ASH-01", "v1", "--reason", "Ben was there too", "--seen", "Ben", "--by", "Sam Okafor")
        let list = sandbox.cj("visit", "list", "ASH-01").stdout
        #expect(list.contains("corrected by v3") && !list.contains("corrected by v2"), "\(list)")
    }

    @Test func aCorrectionKeepsTheOriginalAndBothAreInTheHistory() {
        let sandbox = sandboxWithPlan()
        sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-02", "--seen", "Amy", "--not-seen", "Ben", "--by", "Sam Okafor", "--as-of", "2027-06-30")
        let amend = sandbox.cj("visit", "amend", "ASH-01", "v1", "--reason", "Ben came home before I left",
                               "--seen", "Amy", "--seen", "Ben", "--by", "Sam Okafor", "--as-of", "2026-11-03")
        #expect(amend.status == 0)
        #expect(amend.stdout.contains("Corrected visit v1 as v2"))
        let list = sandbox.cj("visit", "list", "ASH-01").stdout
        #expect(list.contains("corrected by v2"))
        #expect(list.contains("corrects v1: Ben came home before I left"))
        let history = sandbox.cj("case", "show", "ASH-01", "--history").stdout
        #expect(history.contains("Logged home visit v1"))
        #expect(history.contains("Corrected visit v1 as v2 (Ben came home before I left)"))
        let overdue = sandbox.cj("visit", "overdue", "--as-of", "2026-11-17").stdout
        #expect(overdue.contains("Ben Ashworth"))  // due 16 November from the corrected visit
        #expect(overdue.contains("2026-11-16"))
    }

    @Test func theOverdueListAsJSONHasEveryKey() throws {
        let sandbox = sandboxWithPlan()
        sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-02", "--seen-alone", "Amy", "--seen", "Ben", "--as-of", "2027-06-30")
        let result = sandbox.cj("visit", "overdue", "--as-of", "2026-11-18", "--format", "json")
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
        let amy = try #require(rows.first { $0["childId"] as? String == "amy" })
        for key in ["caseId", "childId", "childName", "worker", "planType", "lastSeen", "lastSeenAlone", "due",
                    "workingDaysOverdue", "expectation"] {
            #expect(amy[key] != nil, "missing \(key)")
        }
        #expect(amy["lastSeenAlone"] as? String == "2026-11-02")
        #expect(amy["workingDaysOverdue"] as? Int == 2)
        #expect(amy["due"] as? String == "2026-11-16")
        let ben = try #require(rows.first { $0["childId"] as? String == "ben" })
        #expect(ben["lastSeenAlone"] is NSNull)
    }

    @Test func theOverdueListAsATableAndAsCSV() {
        let sandbox = sandboxWithPlan()
        #expect(sandbox.cj("visit", "overdue", "--as-of", "2026-10-19").stdout == "No child is overdue a visit as of 2026-10-19.\n")
        let table = sandbox.cj("visit", "overdue", "--as-of", "2026-10-21").stdout
        #expect(table.contains("2 working days"))
        #expect(table.hasSuffix("2 overdue as of 2026-10-21\n"))
        let csv = sandbox.cj("visits", "overdue", "--as-of", "2026-10-21", "--format", "csv").stdout
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "caseId,childId,childName,worker,planType,lastSeen,lastSeenAlone,due,workingDaysOverdue,status,expectation,seenAloneDue,seenAloneWorkingDaysOverdue,seenAloneExpectation,lastVisit,lastVisitOutcome,beforeBirth,visitsNotSeenInARow,notSeenReasons,notSeenAlert,dueWhileUnallocated")
        #expect(lines.count == 3)
        #expect(lines[1] == "ASH-01,amy,Amy Ashworth,Sam Okafor,child-protection,,,2026-10-19,2,overdue,every 10 working days,,,,,,false,0,,false,")
    }

    @Test func anUnreadableCaseIsNamedButDoesNotHideTheOthers() throws {
        let sandbox = sandboxWithPlan()
        sandbox.cj("case", "new", "BRO-02", "--family", "Brown")
        let broken = sandbox.read("BRO-02").replacingOccurrences(of: "\"revision\": 1", with: "\"revision\": one")
        try broken.write(toFile: sandbox.caseFile("BRO-02"), atomically: false, encoding: .utf8)
        let result = sandbox.cj("visit", "overdue", "--as-of", "2026-10-21")
        #expect(result.status == 65)
        #expect(result.stdout.contains("Amy Ashworth"))
        #expect(result.stderr.contains("BRO-02.json"))
        #expect(result.stderr.contains("line 4, column"))
    }

    @Test func anExpectationSetForAChildIsShownWithItsReasonUntilReset() {
        let sandbox = sandboxWithPlan()
        sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-02", "--seen", "Amy", "--seen", "Ben", "--as-of", "2027-06-30")
        let set = sandbox.cj("plan", "expect", "ASH-01", "--child", "Ben", "--visits-every", "5", "--unit", "working-days",
                             "--reason", "Weight loss reported", "--date", "2026-11-03", "--by", "Ruth Bell")
        #expect(set.status == 0)
        let overdue = sandbox.cj("visit", "overdue", "--as-of", "2026-11-11").stdout
        #expect(overdue.contains("every 5 working days (set by Ruth Bell on 2026-11-03: Weight loss reported)"))
        #expect(!overdue.contains("Amy Ashworth"))
        sandbox.cj("plan", "expect", "ASH-01", "--child", "Ben", "--reset", "visits", "--reason", "Weight steady", "--date", "2026-11-10")
        #expect(sandbox.cj("visit", "overdue", "--as-of", "2026-11-11").stdout.contains("No child is overdue"))
        #expect(sandbox.cj("plan", "expect", "ASH-01", "--child", "Ben", "--visits-every", "5", "--reason", "x",
                           "--reset", "visits").status == 64)
    }

    @Test func theTeamSettingsChangeTheDefaultsAndTheCalendar() throws {
        let sandbox = sandboxWithPlan()
        sandbox.cj("visit", "log", "ASH-01", "--date", "2026-12-21", "--seen", "Amy", "--seen", "Ben", "--as-of", "2027-06-30")
        try """
            {"schemaVersion": 1, "calendar": {"region": "england-and-wales", "closures": ["2026-12-29", "2026-12-30", "2026-12-31"]},
             "visits": {"childProtection": {"count": 10, "unit": "working-days"}}}
            """.write(toFile: sandbox.store + "/.casejourney/settings.json", atomically: false, encoding: .utf8)
        let overdue = sandbox.cj("visit", "overdue", "--as-of", "2027-01-13").stdout
        #expect(overdue.contains("2027-01-12"))
        try """
            {"visits": {"childProtection": {"count": 0, "unit": "fortnights"}}}
            """.write(toFile: sandbox.store + "/.casejourney/settings.json", atomically: false, encoding: .utf8)
        let bad = sandbox.cj("visit", "overdue", "--as-of", "2027-01-13")
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("settings.json"))
        #expect(bad.stderr.contains("visits.childProtection.unit"))
    }

    @Test func theManagerCanListOneWorkersChildrenAndThoseDueSoon() {
        let sandbox = sandboxWithPlan()
        sandbox.cj("case", "new", "BRO-02", "--family", "Brown")
        sandbox.cj("person", "add", "BRO-02", "--name", "Maya Brown", "--role", "child")
        sandbox.cj("worker", "assign", "BRO-02", "--name", "Ola Ade", "--from", "2026-01-05")
        sandbox.cj("plan", "start", "BRO-02", "--type", "cin", "--child", "Maya", "--date", "2026-10-05")
        let ola = sandbox.cj("visit", "overdue", "--as-of", "2026-10-21", "--worker", "ola ade", "--within", "20").stdout
        #expect(ola.contains("Maya Brown") && ola.contains("due soon"))
        #expect(!ola.contains("Amy Ashworth"))
        #expect(ola.contains("0 overdue, 1 due soon"))
    }

    @Test func aCorrectionNamingOneChildKeepsEveryOtherChildAsRecorded() throws {
        let sandbox = sandboxWithPlan()
        sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-02", "--seen-alone", "Amy", "--not-seen", "Ben: at nursery",
                   "--unannounced", "--as-of", "2026-11-02")
        let amend = sandbox.cj("visit", "amend", "ASH-01", "v1", "--reason", "Ben came home early", "--seen", "Ben",
                               "--no-unannounced", "--as-of", "2026-11-03")
        #expect(amend.status == 0)
        let visits = try JSONSerialization.jsonObject(with: Data(sandbox.cj("visit", "list", "ASH-01", "--format", "json").stdout.utf8)) as? [[String: Any]]
        let corrected = try #require(visits?.last)
        let children = try #require(corrected["children"] as? [[String: Any]])
        #expect(children.first { $0["child"] as? String == "amy" }?["outcome"] as? String == "seen-alone")
        #expect(children.first { $0["child"] as? String == "ben" }?["outcome"] as? String == "seen")
        #expect(corrected["unannounced"] as? Bool == false)
        let nothing = sandbox.cj("visit", "amend", "ASH-01", "v2", "--reason", "No change", "--seen", "Ben", "--as-of", "2026-11-03")
        #expect(nothing.status == 64)
        #expect(nothing.stderr.contains("changes nothing"))
    }

    @Test func aVisitDatedAfterTodayIsRefused() {
        let sandbox = sandboxWithPlan()
        let result = sandbox.cj("visit", "log", "ASH-01", "--date", "2027-11-02", "--seen", "Amy", "--as-of", "2026-11-02")
        #expect(result.status == 64)
        #expect(result.stderr.contains("after today (\(Sandbox.today))"))
        let today = sandbox.cj("visit", "log", "ASH-01", "--seen", "Amy", "--as-of", "2026-11-02")
        #expect(today.status == 0)
        #expect(today.stdout.contains("on 2026-11-02"))
    }

    @Test func aMistypedWorkerOrAFolderThatIsNotAStoreIsNeverAnAllClear() throws {
        let sandbox = sandboxWithPlan()
        let typo = sandbox.cj("visit", "overdue", "--worker", "Sam Okafur", "--as-of", "2026-11-23")
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("Workers holding cases: Sam Okafor."))
        #expect(sandbox.cj("visit", "overdue", "--worker", "sam", "--as-of", "2026-11-23").status == 0)
        #expect(sandbox.cj("due", "--worker", "Nobody", "--as-of", "2026-11-23").status == 64)
        try FileManager.default.createDirectory(atPath: sandbox.folder + "/empty", withIntermediateDirectories: true)
        let notAStore = sandbox.cj("visit", "overdue", "--store", sandbox.folder + "/empty")
        #expect(notAStore.status == 66)
        #expect(notAStore.stderr.contains("is not a case store"))
    }
}
