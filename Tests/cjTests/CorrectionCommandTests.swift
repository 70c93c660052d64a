import Foundation
import Testing

/// Every mistake the corrections issue replayed, put right with the commands: the record shows
/// its current state, and the history, the timeline and the case file keep what it said before.
@Suite struct CorrectionCommandTests {
    private func text(_ result: CJResult) -> String {
        result.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func aPersonAddedTwiceIsWithdrawnAndTheirRecordsMoveToThePersonWhoStays() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        let twice = sandbox.cj("person", "add", "ASH-01", "--name", "amy ashworth", "--role", "child", "--born", "2019-04-02")
        #expect(twice.status == 64)
        #expect(twice.stderr.contains("Amy Ashworth (amy) is already in case ASH-01 with the same date of birth, 2019-04-02"))
        #expect(twice.stderr.contains("--again"))
        #expect(sandbox.cj("person", "add", "ASH-01", "--name", "Amy Ashworth", "--role", "child", "--born", "2019-04-02", "--again").stdout == "amy-2\n")
        sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-02", "--seen", "amy-2", "--seen", "Ben", "--as-of", "2026-11-02")
        let withdrawn = sandbox.cj("person", "withdraw", "ASH-01", "amy-2", "--same-as", "amy", "--reason", "Added twice")
        #expect(withdrawn.status == 0)
        #expect(withdrawn.stdout.contains("moved visit v1"))
        // Amy was seen on that visit after all, and the duplicate is nowhere.
        let overdue = sandbox.cj("visit", "overdue", "--as-of", "2026-11-17").stdout
        #expect(overdue.contains("Amy Ashworth") && overdue.contains("2026-11-02"))
        #expect(!sandbox.cj("case", "show", "ASH-01").stdout.contains("Children:\n  Amy Ashworth [amy], born 2019-04-02\n  Amy Ashworth [amy-2]"))
        #expect(sandbox.cj("case", "show", "ASH-01").stdout.contains("Amy Ashworth [amy-2] [WITHDRAWN"))
        #expect(!sandbox.cj("plan", "summary", "ASH-01", "--for", "Kim", "--as-of", "2026-11-23").stdout.contains("amy-2"))
        #expect(sandbox.cj("case", "show", "ASH-01", "--history").stdout.contains("Withdrew person amy-2 as the same as amy: Added twice"))
    }

    @Test func aPersonAddedInErrorLeavesTheirPlanButNotAnActionTheyCarryOut() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("plan", "action", "add", "ASH-01", "Kim will cook", "--owner", "Kim", "--due", "2026-12-18", "--date", "2026-06-22")
        let refused = sandbox.cj("person", "withdraw", "ASH-01", "Kim", "--reason", "Wrong family")
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("still named in action a1"))
        // A child added to the wrong family leaves the plan; the plan's last child cannot.
        #expect(sandbox.cj("person", "withdraw", "ASH-01", "Amy", "--reason", "Wrong family").status == 0)
        #expect(sandbox.cj("case", "show", "ASH-01").stdout.contains("plan-1: child protection (neglect) for Ben"))
        #expect(sandbox.cj("validate").status == 0)
        #expect(sandbox.cj("person", "withdraw", "ASH-01", "Ben", "--reason", "Wrong family").stderr.contains("the only child on it"))
        #expect(sandbox.cj("visit", "log", "ASH-01", "--seen", "Amy").stderr.contains("Amy Ashworth (amy) was withdrawn on"))
        #expect(sandbox.cj("person", "withdraw", "ASH-01", "Lee", "--reason", "Added to the wrong family").status == 0)
        #expect(!sandbox.cj("case", "show", "ASH-01").stdout.contains("Adults:\n  Kim Ashworth [kim], mother, has parental responsibility\n  Lee"))
        #expect(sandbox.cj("plan", "summary", "ASH-01", "--for", "Lee").status == 64)
    }

    @Test func aMisspeltNameAWrongBirthDateANewAddressAndALateConfidentialityMarkingArePutRight() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        #expect(sandbox.cj("person", "change", "ASH-01", "Amy", "--name", "Amie Ashworth", "--born", "2019-04-12",
                           "--reason", "Name and date of birth typed wrongly").status == 0)
        #expect(sandbox.cj("person", "change", "ASH-01", "Kim", "--address", "4 Birch Way, Northtown", "--phone", "07700 900777",
                           "--confidential-from", "Lee", "--reason", "Kim has moved and Lee must not know where").status == 0)
        let shown = sandbox.cj("case", "show", "ASH-01", "--history").stdout
        #expect(shown.contains("Amie Ashworth [amy], born 2019-04-12"))
        #expect(shown.contains("name \"Amy Ashworth\" → \"Amie Ashworth\"; born \"2019-04-02\" → \"2019-04-12\""))
        #expect(shown.contains("address (none) → \"4 Birch Way, Northtown\""))
        #expect(shown.contains("kept from (none) → \"Lee Ashworth\""))
        #expect(sandbox.read("ASH-01").contains("\"was\": \"Amy Ashworth\""))
        let timeline = sandbox.cj("timeline", "ASH-01").stdout
        #expect(timeline.contains("corrected person amy: name \"Amy Ashworth\" → \"Amie Ashworth\""))
        // From now on Lee's summary keeps her new address out.
        sandbox.cj("plan", "worry", "ASH-01", "Kim's new flat at Birch Way is damp", "--date", "2026-06-22")
        #expect(!sandbox.cj("plan", "summary", "ASH-01", "--for", "Lee").stdout.contains("Birch"))
        #expect(sandbox.cj("person", "change", "ASH-01", "Kim", "--reason", "Nothing").status == 64)
        #expect(sandbox.cj("person", "change", "ASH-01", "Kim", "--name", "Kim A", "--reason", "  ").status == 64)
    }

    @Test func worriesRatingsAndViewsAreRewordedOrWithdrawnAndAChildCanTakeBackConsent() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("plan", "worry", "ASH-01", "Amy is often hungy", "--date", "2026-06-22")
        sandbox.cj("plan", "worry", "ASH-01", "Written on the wrong family", "--date", "2026-06-22")
        sandbox.cj("plan", "rate", "ASH-01", "2", "--reason", "No food", "--date", "2026-06-22")
        sandbox.cj("plan", "view", "ASH-01", "Amy", "I like school", "--share", "--date", "2026-06-23")
        #expect(sandbox.cj("plan", "reword", "ASH-01", "w1", "Amy is often hungry", "--reason", "Typo").status == 0)
        #expect(sandbox.cj("plan", "withdraw", "ASH-01", "w2", "--reason", "Wrong family").status == 0)
        #expect(sandbox.cj("plan", "reword", "ASH-01", "r1", "--score", "3", "--reason", "Score typed wrongly").status == 0)
        #expect(sandbox.cj("plan", "consent", "ASH-01", "vw1", "--no-share", "--reason", "Amy asked to keep it private").status == 0)
        let kim = text(sandbox.cj("plan", "summary", "ASH-01", "--for", "Kim", "--as-of", "2026-11-23"))
        #expect(kim.contains("Amy is often hungry"))
        #expect(!kim.contains("hungy") && !kim.contains("wrong family") && !kim.contains("I like school"))
        #expect(kim.contains("gave a score of 3 out of 10"))
        let timeline = sandbox.cj("timeline", "ASH-01").stdout
        #expect(timeline.contains("Worry w2 (plan-1): Written on the wrong family [withdrawn on 2027-06-30 by Test Worker: Wrong family]"))
        #expect(timeline.contains("text \"Amy is often hungy\" → \"Amy is often hungry\""))
        #expect(timeline.contains("shared with the parents \"yes\" → \"no\""))
        #expect(sandbox.cj("plan", "reword", "ASH-01", "w2", "Again", "--reason", "x").status == 64)
        #expect(sandbox.cj("plan", "withdraw", "ASH-01", "amy", "--reason", "x").stderr.contains("cj person withdraw"))
    }

    @Test func aConferenceIsMovedCancelledAndReListedAndAMistypedEndReopensThePlan() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        let action = sandbox.cj("plan", "action", "add", "ASH-01", "Kim will make breakfast", "--owner", "Kim", "--due", "2026-12-18",
                                "--date", "2026-06-22").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        sandbox.cj("conference", "schedule", "ASH-01", "--kind", "review", "--date", "2026-09-14")
        #expect(sandbox.cj("conference", "move", "ASH-01", "c1", "--to", "2026-09-21", "--reason", "Chair on leave").status == 0)
        #expect(sandbox.cj("due", "--as-of", "2026-09-15", "--format", "json").stdout.contains("\"ref\": \"c1\""))
        #expect(sandbox.cj("conference", "cancel", "ASH-01", "c1", "--reason", "Reports not shared in time").status == 0)
        #expect(!sandbox.cj("due", "--as-of", "2026-09-15", "--format", "json").stdout.contains("\"ref\": \"c1\""))
        sandbox.cj("conference", "schedule", "ASH-01", "--kind", "review", "--date", "2026-09-28")
        let list = sandbox.cj("conference", "list", "ASH-01").stdout
        #expect(list.contains("Moved from 2026-09-14"))
        #expect(list.contains("Cancelled on 2027-06-30 by Test Worker: Reports not shared in time"))
        // The re-listed conference decides the plan ends, by mistake.
        sandbox.cj("conference", "record", "ASH-01", "c2", "--recommendation", "continue", "--decision", "end",
                   "--reason", "Typed in a hurry", "--end-plan")
        #expect(sandbox.cj("case", "show", "ASH-01").stdout.contains("to 2026-09-28"))
        let corrected = sandbox.cj("conference", "correct", "ASH-01", "c2", "--decision", "continue", "--reason", "end was typed by mistake")
        #expect(corrected.status == 0)
        #expect(corrected.stdout.contains("the plan is open again"))
        let shown = sandbox.cj("case", "show", "ASH-01").stdout
        #expect(shown.contains("plan-1: child protection (neglect) for Amy, Ben, from 2026-06-22, open"))
        #expect(!shown.contains("plan-2"))
        let kim = text(sandbox.cj("plan", "summary", "ASH-01", "--for", "Kim", "--as-of", "2026-11-23"))
        #expect(kim.contains("Kim will make breakfast"))
        #expect(kim.contains("The children have breakfast every school day"))
        #expect(!sandbox.cj("due", "--as-of", "2026-11-23").stdout.contains("repeat plan"))
        #expect(sandbox.cj("plan", "show", "ASH-01").stdout.contains(action))
        let timeline = sandbox.cj("timeline", "ASH-01").stdout
        #expect(timeline.contains("decision \"end\" → \"continue\""))
        #expect(timeline.contains("end \"2026-09-28: Review conference c2 decided that the plan ends: Typed in a hurry\" → (none)"))
    }

    @Test func aStepDownCorrectedAwayWithdrawsTheChildInNeedPlanItStarted() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("conference", "record", "ASH-01", "--kind", "review", "--date", "2026-09-28", "--recommendation", "step-down",
                   "--decision", "step-down", "--end-plan")
        #expect(sandbox.cj("case", "show", "ASH-01").stdout.contains("plan-2: child in need for Amy, Ben"))
        sandbox.cj("conference", "correct", "ASH-01", "c1", "--decision", "continue", "--recommendation", "continue", "--reason", "Wrong decision typed")
        let shown = sandbox.cj("case", "show", "ASH-01").stdout
        #expect(shown.contains("plan-1: child protection (neglect) for Amy, Ben, from 2026-06-22, open"))
        #expect(shown.contains("plan-2: child in need for Amy, Ben, from 2026-09-28 [WITHDRAWN"))
    }

    @Test func aReportDateTypoIsPutRightAndSharingBeforeReceivingIsRefused() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("conference", "schedule", "ASH-01", "--kind", "review", "--date", "2026-09-21")
        let backwards = sandbox.cj("conference", "report", "ASH-01", "c1", "--from", "priya", "--received", "2026-09-15", "--shared", "2026-09-14")
        #expect(backwards.status == 64)
        #expect(backwards.stderr.contains("2026-09-14") && backwards.stderr.contains("2026-09-15"))
        sandbox.cj("conference", "report", "ASH-01", "c1", "--from", "priya", "--received", "2026-09-15", "--shared", "2026-09-19")
        #expect(sandbox.cj("conference", "report", "ASH-01", "c1", "--from", "priya", "--shared", "2026-09-16").stderr.contains("not overwritten"))
        let fixed = sandbox.cj("conference", "correct", "ASH-01", "c1", "--report-from", "priya", "--shared", "2026-09-16",
                               "--reason", "Typed 19 for 16")
        #expect(fixed.status == 0)
        #expect(sandbox.cj("conference", "list", "ASH-01").stdout.contains("shared with the parents 2026-09-16, on time"))
        #expect(sandbox.cj("timeline", "ASH-01").stdout.contains("shared \"2026-09-19\" → \"2026-09-16\""))
    }

    @Test func anAllocationEndsWithAGapThatListsAndTheAgendaShow() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        let ended = sandbox.cj("worker", "end", "ASH-01", "--date", "2026-10-30", "--reason", "Sam left the team")
        #expect(ended.status == 0)
        #expect(sandbox.cj("case", "show", "ASH-01").stdout.contains("Social worker: unallocated since 2026-10-30 (Sam left the team)"))
        #expect(sandbox.cj("visit", "overdue", "--as-of", "2026-11-23").stdout.contains("unallocated"))
        let agenda = sandbox.cj("due", "--as-of", "2026-11-23").stdout
        #expect(agenda.contains("No social worker holds the case since 2026-10-30 (Sam left the team); Amy and Ben are on a plan"))
        // Before the gap, the overdue list named Sam; a new worker closes it.
        #expect(sandbox.cj("visit", "overdue", "--as-of", "2026-10-20").stdout.contains("Sam Okafor"))
        sandbox.cj("worker", "assign", "ASH-01", "--name", "Ola Ade", "--from", "2026-11-09")
        #expect(!sandbox.cj("due", "--as-of", "2026-11-23").stdout.contains("No social worker holds the case"))
        #expect(sandbox.cj("timeline", "ASH-01").stdout.contains("Sam Okafor's allocation ended: Sam left the team. The case was unallocated"))
        // An allocation recorded with the wrong date is put right.
        #expect(sandbox.cj("worker", "correct", "ASH-01", "al2", "--from", "2026-11-10", "--reason", "Started on the Tuesday").status == 0)
        #expect(sandbox.cj("case", "show", "ASH-01").stdout.contains("al2 Ola Ade from 2026-11-10 to now"))
    }

    @Test func aNewOwnerKeepsADoneActionDoneAndEachOfSeveralOwnersSeesItAsTheirs() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("person", "change", "ASH-01", "Lee", "--parental-responsibility", "--reason", "On the birth certificates")
        let shared = sandbox.cj("plan", "action", "add", "ASH-01", "Kim and Lee will agree handovers", "--owner", "Kim", "--owner", "Lee",
                                "--due", "2026-08-31", "--date", "2026-06-22").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        sandbox.cj("plan", "action", "done", "ASH-01", shared, "--date", "2026-08-20")
        let changed = sandbox.cj("plan", "action", "change", "ASH-01", shared, "--owner", "Kim", "--owner", "Lee", "--owner", "priya",
                                 "--reason", "Priya helped them agree", "--date", "2026-08-21")
        #expect(changed.stdout.contains("it stays done"))
        // ... and keeps the day it was done: a new owner does not move it.
        #expect(sandbox.cj("plan", "show", "ASH-01", "--as-of", "2026-11-23").stdout.contains("done 2026-08-20"))
        for reader in ["Kim", "Lee"] {
            let summary = text(sandbox.cj("plan", "summary", "ASH-01", "--for", reader, "--as-of", "2026-11-23"))
            let yourPart = summary.components(separatedBy: "Your part")[1]
            #expect(yourPart.contains("Done: You, Kim and Priya Shah, health visitor: “Kim and Lee will agree handovers”")
                || yourPart.contains("Done: Kim, you and Priya Shah, health visitor: “Kim and Lee will agree handovers”")
                || yourPart.contains("Done: You, Lee and Priya Shah, health visitor: “Kim and Lee will agree handovers”"), "\(reader): \(yourPart)")
        }
        #expect(sandbox.cj("plan", "action", "change", "ASH-01", shared, "--reopen", "--reason", "They fell out again",
                           "--date", "2026-09-01").stdout.contains("reopened (it was done)"))
    }

    @Test func nothingThatHappenedCanBeDatedAfterTodayOrContradictAnotherDate() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        let future = sandbox.cj("visit", "log", "ASH-01", "--seen", "Amy", "--as-of", "2030-01-01")
        #expect(future.status == 64)
        #expect(future.stderr.contains("--as-of 2030-01-01 is after today (2027-06-30)"))
        let done = sandbox.cj("plan", "action", "add", "ASH-01", "Kim will cook", "--owner", "Kim", "--due", "2026-08-31", "--date", "2026-06-22")
        let late = sandbox.cj("plan", "action", "done", "ASH-01", done.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "--date", "2027-07-04")
        #expect(late.status == 64)
        #expect(late.stderr.contains("2027-07-04") && late.stderr.contains("after today (2027-06-30)"))
        let early = sandbox.cj("plan", "action", "done", "ASH-01", "a1", "--date", "2026-06-01")
        #expect(early.status == 64)
        #expect(early.stderr.contains("added on 2026-06-22") && early.stderr.contains("2026-06-01"))
        let beforeBirth = sandbox.cj("visit", "log", "ASH-01", "--date", "2019-03-01", "--seen", "Amy")
        #expect(beforeBirth.status == 64)
        #expect(beforeBirth.stderr.contains("born on 2019-04-02, after the visit (2019-03-01)"))
        #expect(sandbox.cj("worker", "assign", "ASH-01", "--name", "Ola Ade", "--from", "2027-09-01").status == 64)
        // Booked meetings and due dates may be in the future.
        #expect(sandbox.cj("conference", "schedule", "ASH-01", "--kind", "review", "--date", "2027-09-20").status == 0)
        #expect(sandbox.cj("plan", "action", "add", "ASH-01", "Kim will keep going", "--owner", "Kim", "--due", "2027-12-31",
                           "--date", "2026-06-22").status == 0)
        // CJ_TODAY must be a day: a typo is an error, never the real date.
        let typo = sandbox.cj("case", "list", environment: ["CJ_TODAY": "2026-13-01"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("CJ_TODAY is set to \"2026-13-01\", which is not a day"))
    }

    @Test func namesAreMatchedAsPeopleWriteThem() {
        let sandbox = Sandbox()
        sandbox.cj("init")
        sandbox.cj("case", "new", "OBR-01", "--family", "O'Brien")
        #expect(sandbox.cj("person", "add", "OBR-01", "--name", "Zoë O'Brien", "--role", "mother").stdout == "zoe\n")
        #expect(sandbox.cj("person", "add", "OBR-01", "--name", "Siân O'Brien", "--role", "child", "--born", "2019-02-02").stdout == "sian\n")
        #expect(sandbox.cj("person", "add", "OBR-01", "--name", "Łucja O'Brien", "--role", "child", "--born", "2021-05-05").stdout == "lucja\n")
        #expect(sandbox.cj("person", "add", "OBR-01", "--name", "李 小龙", "--role", "carer").stdout == "p4\n")
        sandbox.cj("plan", "start", "OBR-01", "--type", "cin", "--child", "SIAN", "--child", "lucja", "--date", "2026-10-05")
        #expect(sandbox.cj("visit", "log", "OBR-01", "--date", "2026-11-02", "--seen", "Sian", "--seen-alone", "Lucja").status == 0)
        #expect(sandbox.cj("plan", "view", "OBR-01", "Zoë O’Brien", "It is going better", "--date", "2026-11-02").status == 0)
        #expect(sandbox.cj("person", "add", "OBR-01", "--name", "Zoe O'Brien", "--role", "grandparent").status == 64)
        sandbox.cj("person", "add", "OBR-01", "--name", "Zoe O'Brien", "--role", "grandparent", "--again")
        let ambiguous = sandbox.cj("plan", "summary", "OBR-01", "--for", "Zoe")
        #expect(ambiguous.status == 64)
        #expect(ambiguous.stderr.contains("Zoë O'Brien (zoe), Zoe O'Brien (zoe-2)"))
        #expect(sandbox.cj("plan", "summary", "OBR-01", "--for", "zoe-2").status == 0)
    }

    @Test func aVisitLogDoesNotGuessAndASecondVisitThatDayNeedsAgain() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        let logged = sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-02", "--seen", "Amy")
        #expect(logged.stdout.contains("not recorded"))
        #expect(sandbox.read("ASH-01").contains("\"outcome\": \"not-recorded\""))
        let overdue = sandbox.cj("visit", "overdue", "--as-of", "2026-11-20").stdout
        #expect(overdue.contains("2026-11-02 (not recorded)"))
        let again = sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-02", "--seen", "Amy")
        #expect(again.status == 64)
        #expect(again.stderr.contains("--again"))
        #expect(sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-02", "--seen", "Amy", "--again").status == 0)
        sandbox.cj("visit", "amend", "ASH-01", "v1", "--seen", "Ben", "--reason", "Ben was there too")
        #expect(sandbox.cj("visit", "list", "ASH-01").stdout.contains("2 visits (1 correction listed with them)"))
        sandbox.cj("visit", "withdraw", "ASH-01", "v2", "--reason", "Logged twice")
        #expect(sandbox.cj("visit", "list", "ASH-01").stdout.contains("1 visit (1 correction listed with them)"))
    }

    @Test func aBabyIsSeenThroughTheirMotherUntilTheBirthStartsTheirOwnClock() {
        let sandbox = Sandbox()
        sandbox.cj("init")
        sandbox.cj("case", "new", "GRE-07", "--family", "Green")
        sandbox.cj("person", "add", "GRE-07", "--name", "Tasha Green", "--role", "mother")
        #expect(sandbox.cj("person", "add", "GRE-07", "--name", "Baby Green", "--role", "child", "--expected", "2027-01-18").stdout == "baby\n")
        sandbox.cj("worker", "assign", "GRE-07", "--name", "Hannah Cole", "--from", "2026-09-07")
        #expect(sandbox.cj("plan", "start", "GRE-07", "--type", "cp", "--child", "Baby", "--category", "neglect", "--date", "2026-10-12").status == 0)
        let refused = sandbox.cj("visit", "log", "GRE-07", "--date", "2026-11-06", "--seen", "Baby")
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("not born yet"))
        #expect(sandbox.cj("visit", "log", "GRE-07", "--date", "2026-11-06", "--seen", "Tasha").status == 0)
        let before = sandbox.cj("visit", "overdue", "--as-of", "2026-11-23").stdout
        #expect(before.contains("Baby Green (not born yet)") && before.contains("mother 2026-11-06") && before.contains("2026-11-20"))
        #expect(sandbox.cj("person", "change", "GRE-07", "Baby", "--born", "2027-01-10", "--name", "Rosa Green", "--reason", "Rosa was born").status == 0)
        // Her own clock starts at birth: due ten working days after 10 January.
        let after = sandbox.cj("visit", "overdue", "--as-of", "2027-01-26").stdout
        #expect(after.contains("Rosa Green") && after.contains("never") && after.contains("2027-01-22"))
        #expect(sandbox.cj("timeline", "GRE-07").stdout.contains("Rosa Green was born"))
    }

    @Test func theTimelineSaysNotExpectedWhereThatWasTheDecision() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("plan", "expect", "ASH-01", "--child", "Ben", "--seen-alone-not-expected", "--reason", "Ben is four", "--date", "2026-06-22")
        let timeline = sandbox.cj("timeline", "ASH-01").stdout
        #expect(timeline.contains("Seeing the child alone for Ben on plan-1 recorded as not expected by Test Worker: Ben is four"))
        #expect(!timeline.contains("returned to the team default"))
    }
}

@Suite struct MarkingCommandTests {
    @Test func aMarkingAddedTooLateIsPutOnAndTakenOffWithTheOldOneKept() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("plan", "worry", "ASH-01", "Kim's new flat is damp", "--date", "2026-06-22")
        #expect(sandbox.cj("plan", "summary", "ASH-01", "--for", "Lee").stdout.contains("new flat is damp"))
        #expect(sandbox.cj("plan", "mark", "ASH-01", "w1", "--private-from", "Lee", "--reason", "Tells Lee she has moved").status == 0)
        #expect(!sandbox.cj("plan", "summary", "ASH-01", "--for", "Lee").stdout.contains("new flat is damp"))
        #expect(sandbox.cj("plan", "summary", "ASH-01", "--for", "Kim").stdout.contains("new flat is damp"))
        #expect(sandbox.cj("plan", "mark", "ASH-01", "w1", "--not-private-from", "Lee", "--not-for-family", "--reason", "Team only").status == 0)
        #expect(!sandbox.cj("plan", "summary", "ASH-01", "--for", "Kim").stdout.contains("new flat is damp"))
        #expect(sandbox.cj("timeline", "ASH-01").stdout.contains("kept from (none) → \"Lee Ashworth\""))
        #expect(sandbox.cj("plan", "mark", "ASH-01", "amy", "--private-from", "Lee", "--reason", "x").stderr.contains("cj person change"))
    }

    @Test func validateNamesAnythingDatedAfterToday() throws {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-02", "--seen", "Amy", "--seen", "Ben")
        #expect(sandbox.cj("validate").status == 0)
        let edited = sandbox.read("ASH-01").replacingOccurrences(of: "\"date\": \"2026-11-02\"", with: "\"date\": \"2030-01-01\"")
        try edited.write(toFile: sandbox.caseFile("ASH-01"), atomically: false, encoding: .utf8)
        let result = sandbox.cj("validate")
        #expect(result.status == 65)
        #expect(result.stderr.contains("visit v1: found \"2030-01-01\"; a day on or before today, 2027-06-30"))
    }
}

/// What using the corrections as a new worker turned up: each is now put right, or refused with
/// a way forward.
@Suite struct CorrectionEdgeTests {
    @Test func mergingAChildAddedTwiceKeepsTheStrongerSightingAndTheirOwnExpectations() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("person", "add", "ASH-01", "--name", "Amy Ashworth", "--role", "child", "--born", "2019-04-02", "--again")
        sandbox.cj("plan", "expect", "ASH-01", "--child", "amy", "--visits-every", "5", "--reason", "Weekly", "--date", "2026-07-01")
        sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-02", "--seen", "amy", "--seen-alone", "amy-2", "--seen", "Ben")
        let merged = sandbox.cj("person", "withdraw", "ASH-01", "amy-2", "--same-as", "amy", "--reason", "Added twice")
        #expect(merged.status == 0)
        let list = sandbox.cj("visit", "list", "ASH-01").stdout
        #expect(list.contains("Amy seen alone"))
        #expect(sandbox.read("ASH-01").contains("\"was\": \"Amy seen, Ben seen, Amy seen alone\""))
        #expect(sandbox.cj("visit", "overdue", "--as-of", "2026-11-12").stdout.contains("every 5 working days"))
    }

    @Test func aConferenceWithdrawnUndoesWhatItsDecisionDidAndItsPlanIsPutRightThroughIt() {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        sandbox.cj("conference", "record", "ASH-01", "--kind", "initial", "--date", "2026-06-22", "--recommendation", "start",
                   "--decision", "start", "--start-plan", "neglect")
        let refused = sandbox.cj("plan", "withdraw", "ASH-01", "plan-1", "--reason", "Wrong case")
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("cj conference correct ASH-01 c1"))
        sandbox.cj("conference", "record", "ASH-01", "--kind", "review", "--date", "2026-09-21", "--recommendation", "step-down",
                   "--decision", "step-down", "--end-plan")
        let withdrawn = sandbox.cj("conference", "withdraw", "ASH-01", "c2", "--reason", "Recorded on the wrong case")
        #expect(withdrawn.status == 0)
        let shown = sandbox.cj("case", "show", "ASH-01").stdout
        #expect(shown.contains("plan-1: child protection (neglect) for Amy, Ben, from 2026-06-22, open"))
        #expect(shown.contains("plan-2: child in need for Amy, Ben, from 2026-09-21 [WITHDRAWN"))
    }

    @Test func onlyTheMotherOfABabyNotYetBornIsSeenInTheirPlace() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        let adult = sandbox.cj("visit", "log", "ASH-01", "--seen", "Kim", "--seen", "Amy")
        #expect(adult.status == 64)
        #expect(adult.stderr.contains("Kim Ashworth is an adult. Name the children seen."))
        sandbox.cj("person", "add", "ASH-01", "--name", "Baby Ashworth", "--role", "child", "--expected", "2027-08-01")
        #expect(sandbox.cj("visit", "log", "ASH-01", "--seen", "Lee", "--seen", "Amy").status == 64)
        let mother = sandbox.cj("visit", "log", "ASH-01", "--seen", "Kim", "--seen", "Amy")
        #expect(mother.status == 0)
    }

    @Test func withdrawingACorrectionSaysTheVisitItCorrectedCountsAgain() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("visit", "log", "ASH-01", "--date", "2026-11-02", "--seen", "Amy", "--seen", "Ben")
        sandbox.cj("visit", "amend", "ASH-01", "v1", "--date", "2026-11-03", "--reason", "Wrong day")
        let withdrawn = sandbox.cj("visit", "withdraw", "ASH-01", "v2", "--reason", "The first day was right")
        #expect(withdrawn.stdout.contains("visit v1, which it corrected, counts again as first recorded"))
        #expect(sandbox.cj("visit", "list", "ASH-01").stdout.contains("1 visit"))
        #expect(sandbox.cj("visit", "overdue", "--as-of", "2026-11-17").stdout.contains("2026-11-02"))
    }

    @Test func aCancelledConferenceThatWentAheadIsCorrectedAndNoFurtherActionCancelsTheOneBooked() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("conference", "schedule", "ASH-01", "--kind", "review", "--date", "2026-09-21")
        sandbox.cj("conference", "cancel", "ASH-01", "c1", "--reason", "Chair ill")
        let ahead = sandbox.cj("conference", "correct", "ASH-01", "c1", "--recommendation", "continue", "--decision", "continue",
                               "--reason", "It went ahead with another chair")
        #expect(ahead.status == 0, "\(ahead.stderr)")
        #expect(sandbox.cj("conference", "list", "ASH-01").stdout.contains("Decided: the plan continues"))
        sandbox.cj("strategy", "record", "ASH-01", "--date", "2026-10-05")
        sandbox.cj("conference", "schedule", "ASH-01", "--kind", "initial", "--date", "2026-10-26")
        let nfa = sandbox.cj("strategy", "outcome", "ASH-01", "sd1", "--outcome", "no-further-action", "--date", "2026-10-12")
        #expect(nfa.stdout.contains("cancelled the initial conference booked for it, c2 (2026-10-26)"))
        #expect(!sandbox.cj("due", "--as-of", "2026-10-20").stdout.contains("initial conference on 2026-10-26"))
    }

    @Test func impossibleDatesAndOverlappingAllocationsAreRefusedInPlainWords() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("conference", "schedule", "ASH-01", "--kind", "review", "--date", "2026-09-21")
        #expect(sandbox.cj("conference", "move", "ASH-01", "c1", "--to", "0001-01-01", "--reason", "x").status == 64)
        let early = sandbox.cj("conference", "move", "ASH-01", "c1", "--to", "2026-05-01", "--reason", "x")
        #expect(early.stderr.contains("the plan started on 2026-06-22"))
        sandbox.cj("worker", "assign", "ASH-01", "--name", "Ola Ade", "--from", "2026-11-09")
        let handover = sandbox.cj("worker", "correct", "ASH-01", "al2", "--from", "2026-11-10", "--reason", "Started on the Tuesday")
        #expect(handover.status == 0)
        #expect(sandbox.cj("case", "show", "ASH-01").stdout.contains("al1 Sam Okafor from 2026-06-01 to 2026-11-10"))
        let overlap = sandbox.cj("worker", "correct", "ASH-01", "al1", "--to", "2026-12-01", "--reason", "x")
        #expect(overlap.status == 64)
        #expect(overlap.stderr.contains("Ola Ade took over on 2026-11-10"))
        #expect(!overlap.stderr.contains("allocations["))
        sandbox.cj("worker", "end", "ASH-01", "--date", "2026-12-01", "--reason", "Ola is leaving")
        #expect(sandbox.cj("worker", "correct", "ASH-01", "al2", "--reopen", "--reason", "Ola is staying").status == 0)
        #expect(sandbox.cj("case", "show", "ASH-01").stdout.contains("Social worker: Ola Ade since 2026-11-10"))
    }

    @Test func aBirthOrAnExpectedDateRecordedInErrorIsPutRight() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        let expected = sandbox.cj("person", "change", "ASH-01", "Amy", "--expected", "2027-01-01", "--reason", "x")
        #expect(expected.status == 64)
        #expect(expected.stderr.contains("was born on 2019-04-02"))
        sandbox.cj("person", "add", "ASH-01", "--name", "Baby Ashworth", "--role", "child", "--expected", "2027-08-01")
        sandbox.cj("person", "change", "ASH-01", "baby", "--born", "2027-06-01", "--reason", "Born")
        #expect(sandbox.cj("person", "change", "ASH-01", "baby", "--not-born-yet", "--reason", "Recorded on the wrong child").status == 0)
        #expect(sandbox.cj("case", "show", "ASH-01").stdout.contains("not born yet, expected 2027-08-01"))
    }

    @Test func workerNamesMatchHoweverTyped() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("worker", "assign", "ASH-01", "--name", "Éilís Ní Bhriain", "--from", "2026-11-09")
        #expect(sandbox.cj("visit", "overdue", "--as-of", "2026-11-30", "--worker", "Eilis Ni Bhriain").status == 0)
        #expect(sandbox.cj("due", "--as-of", "2026-11-30", "--worker", "eilis").status == 0)
    }
}
