import Foundation
import Testing

/// `cj contact` and `cj appointment`: a father who lives elsewhere, tried again and again.
@Suite struct ContactCommandTests {
    private func sandboxWithFather() -> Sandbox {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("person", "change", "ASH-01", "Lee", "--parental-responsibility", "--reason", "Named on the birth certificates")
        return sandbox
    }

    @Test func everyTryToReachAParentIsLoggedListedAndShownWhenNothingWorks() {
        let sandbox = sandboxWithFather()
        #expect(sandbox.cj("contact", "log", "ASH-01", "Lee", "--method", "letter", "--outcome", "undelivered", "--date", "2026-07-01",
                           "--note", "Returned: not known at this address").stdout == "ct1\n")
        sandbox.cj("contact", "log", "ASH-01", "Lee", "--method", "call", "--outcome", "no-answer", "--date", "2026-08-03")
        let needs = sandbox.cj("contact", "needs", "ASH-01", "Lee", "--contact-by", "text", "--working-hours", "nights",
                               "--reason", "Kim says he works nights")
        #expect(needs.status == 0, "\(needs.stderr)")
        let list = sandbox.cj("contact", "list", "ASH-01", "--as-of", "2026-08-10").stdout
        #expect(list.contains("Lee Ashworth [lee], father: not reached on any recorded contact; asked: contact by text message; works nights"))
        #expect(list.contains("Returned: not known at this address"))
        let due = sandbox.cj("due", "--as-of", "2026-08-10", "--format", "json")
        let rows = (try? JSONSerialization.jsonObject(with: Data(due.stdout.utf8)) as? [[String: Any]]) ?? []
        let lee = rows.first { $0["kind"] as? String == "adult-not-reached" && $0["ref"] as? String == "lee" }
        #expect((lee?["what"] as? String)?.contains("2 attempts: letter 2026-07-01 (undelivered); phone call 2026-08-03 (no answer)") == true)

        #expect(sandbox.cj("contact", "log", "ASH-01", "Amy", "--method", "call", "--outcome", "reached").status == 64)
        #expect(sandbox.cj("contact", "withdraw", "ASH-01", "ct2", "--reason", "Logged on the wrong case").status == 0)
        #expect(sandbox.cj("contact", "list", "ASH-01").stdout.contains("withdrawn"))
    }

    @Test func anAppointmentCancelledByTheServiceStaysOnTheAgendaUntilItIsBookedAgain() {
        let sandbox = sandboxWithFather()
        #expect(sandbox.cj("appointment", "book", "ASH-01", "--with", "Lee", "--date", "2026-09-10",
                           "--purpose", "Hear Lee's views for the review", "--booked-on", "2026-09-01").stdout == "ap1\n")
        let refused = sandbox.cj("appointment", "record", "ASH-01", "ap1", "--reason", "Off sick")
        #expect(refused.status == 64)
        let cancelled = sandbox.cj("appointment", "record", "ASH-01", "ap1", "--cancelled-by", "service", "--reason", "Worker off sick",
                                   "--date", "2026-09-09")
        #expect(cancelled.status == 0, "\(cancelled.stderr)")
        #expect(sandbox.cj("due", "--as-of", "2026-09-14").stdout.contains("Book again: ap1 with Lee Ashworth"))
        #expect(sandbox.cj("appointment", "book", "ASH-01", "--with", "Lee", "--date", "2026-09-17",
                           "--purpose", "Hear Lee's views for the review", "--rebooks", "ap1", "--booked-on", "2026-09-14").status == 0)
        #expect(!sandbox.cj("due", "--as-of", "2026-09-14").stdout.contains("Book again"))
        let list = sandbox.cj("appointment", "list", "ASH-01").stdout
        #expect(list.contains("cancelled by the service on 2026-09-09: Worker off sick; booked again as ap2"))
        #expect(sandbox.cj("timeline", "ASH-01").stdout.contains("cancelled by the service: Worker off sick"))
    }
}

/// `cj conference share`, `arrange`, `attendance` and `check`.
@Suite struct ConferenceFairnessCommandTests {
    @Test func aConferenceCheckSaysWhatToPutRightBeforeAndWhatWentWrongAfter() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("person", "change", "ASH-01", "Lee", "--parental-responsibility", "--reason", "Named on the birth certificates")
        sandbox.cj("conference", "schedule", "ASH-01", "--kind", "review", "--date", "2026-12-07", "--invite", "Kim", "--invite", "Lee")
        sandbox.cj("conference", "report", "ASH-01", "c1", "--from", "Priya", "--received", "2026-11-27")
        #expect(sandbox.cj("conference", "share", "ASH-01", "c1", "rep1", "--with", "Kim", "--date", "2026-11-30").status == 0)
        #expect(sandbox.cj("conference", "arrange", "ASH-01", "c1", "--pre-meeting-offered", "2026-11-30", "--childcare-offered",
                           "--travel-offered").status == 0)
        let before = sandbox.cj("conference", "check", "ASH-01", "c1", "--as-of", "2026-12-01").stdout
        #expect(before.contains("Before the conference:\n  - Give Lee the report from Priya Shah by 2026-12-02."))
        #expect(!before.contains("Give Kim"))

        let label = sandbox.cj("conference", "attendance", "ASH-01", "c1", "Lee", "--did-not-attend", "--reason-text", "Disengaged")
        #expect(label.status == 64)
        #expect(label.stderr.contains("is a label, not what happened"))
        #expect(sandbox.cj("conference", "attendance", "ASH-01", "c1", "Lee", "--did-not-attend", "--absence-reason", "work",
                           "--views-sent", "--helped-by", "Northtown Parents' Advocacy").status == 0)
        #expect(sandbox.cj("conference", "attendance", "ASH-01", "c1", "Kim", "--left-early", "before the decision").status == 0)
        let after = sandbox.cj("conference", "check", "ASH-01", "c1", "--as-of", "2026-12-08").stdout
        #expect(after.contains("At and after the conference:"))
        #expect(after.contains("Kim left early (before the decision): make sure they hear the decision and why."))
        #expect(!after.contains("Lee's views"))
        #expect(sandbox.cj("conference", "check", "ASH-01", "c9").status == 64)
    }
}

/// `cj evidence`: progress recorded with where it came from.
@Suite struct EvidenceCommandTests {
    @Test func evidenceIsRecordedListedAndCanAchieveAnAction() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("plan", "action", "add", "ASH-01", "Kim will finish a parenting course", "--owner", "Kim", "--due", "2026-10-30",
                   "--outcome", "o1", "--date", "2026-06-22")
        let added = sandbox.cj("evidence", "add", "ASH-01", "Finished the 10-week course", "--for", "Kim",
                               "--from", "Jo Bell (Northtown Family Hub)", "--kind", "agency", "--date", "2026-03-10",
                               "--action", "a1", "--achieves")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "ev1\n")
        #expect(sandbox.cj("evidence", "list", "ASH-01").stdout
            .contains("ev1  2026-03-10 (Kim Ashworth): Finished the 10-week course [from an agency: Jo Bell (Northtown Family Hub)] for a1"))
        #expect(sandbox.read("ASH-01").contains("Achieved on evidence ev1"))
        #expect(sandbox.cj("plan", "show", "ASH-01").stdout.contains("done 2026-06-22"))
        #expect(sandbox.cj("evidence", "add", "ASH-01", "x", "--from", "Kim", "--kind", "family", "--achieves").status == 64)
        // An action done on evidence is not left done on nothing.
        let refused = sandbox.cj("evidence", "withdraw", "ASH-01", "ev1", "--reason", "Wrong family")
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("Reopen it first"))
        #expect(sandbox.cj("plan", "action", "change", "ASH-01", "a1", "--reopen", "--reason", "The evidence was for another family").status == 0)
        #expect(sandbox.cj("evidence", "withdraw", "ASH-01", "ev1", "--reason", "Wrong family").status == 0)
    }
}

/// `cj request`: a request to correct a record, from asking to answer.
@Suite struct RequestCommandTests {
    @Test func aRequestIsRecordedAcceptedOnlyAfterTheCorrectionAndListed() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("plan", "worry", "ASH-01", "Kim has a conviction for assault", "--date", "2026-06-22")
        #expect(sandbox.cj("request", "add", "ASH-01", "w1", "--from", "Kim", "--wrong", "It says I have a conviction",
                           "--should-say", "It was a caution", "--date", "2027-06-01").stdout == "cr1\n")
        #expect(sandbox.cj("due", "--as-of", "2027-06-30").stdout.contains("Answer Kim Ashworth's request of 2027-06-01 to correct worry w1"))
        let early = sandbox.cj("request", "accept", "ASH-01", "cr1", "--reason", "Done")
        #expect(early.status == 64)
        #expect(early.stderr.contains("Correct it first"))
        sandbox.cj("plan", "reword", "ASH-01", "w1", "Kim was cautioned for assault", "--reason", "Kim asked (cr1)")
        #expect(sandbox.cj("request", "accept", "ASH-01", "cr1", "--reason", "Reworded").status == 0)
        #expect(sandbox.cj("request", "list", "ASH-01").stdout.contains("[accepted 2027-06-30 by"))
        #expect(sandbox.cj("request", "add", "ASH-01", "zz9", "--from", "Kim", "--wrong", "x", "--should-say", "y").status == 64)
    }
}

/// `cj conference pack`: one pack for the chair, and one per family member through the policy.
@Suite struct ConferencePackCommandTests {
    @Test func thePackGathersActionsEvidenceRequestsReportsAndArrangements() {
        let fixtures = FixtureTests.fixtures
        let chair = Sandbox().cj("conference", "pack", "BRO-02", "c2", "--store", fixtures, "--as-of", "2026-11-23")
        #expect(chair.status == 0, "\(chair.stderr)")
        let text = chair.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("Not for the family"))
        #expect(text.contains("(a1, not done; was due by 30 October 2026)"))
        #expect(text.contains("Leah Brown asked on 19 October 2026 to correct"))
        #expect(text.contains("Leah had it on 18 November 2026; Marcus has not had it yet."))
        #expect(text.contains("An interpreter is needed and not booked yet."))
        #expect(text.contains("I don't want Mum to know"))  // the chair sees Maya's words

        let marcus = Sandbox().cj("conference", "pack", "BRO-02", "c2", "--for", "Marcus", "--store", fixtures, "--as-of", "2026-11-23")
        let his = marcus.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(his.contains("For Marcus Brown"))
        #expect(his.contains("you have not had it yet"))
        #expect(!his.contains("I don't want Mum to know"))  // Maya did not agree to share it
        #expect(!his.contains("Leah Brown asked"))  // someone else's request
        #expect(Sandbox().cj("conference", "pack", "BRO-02", "c9", "--store", fixtures).status == 64)
    }
}

/// `cj service` and `cj report services`.
@Suite struct ServiceCommandTests {
    @Test func aReferralItsSessionsAndTheReportPerProvider() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        #expect(sandbox.cj("service", "refer", "ASH-01", "--for", "Kim", "--provider", "Northtown Counselling", "--purpose", "Counselling",
                           "--date", "2027-01-04").stdout == "sv1\n")
        #expect(sandbox.cj("service", "update", "ASH-01", "sv1", "--accepted", "2027-01-11", "--started", "2027-01-18").status == 0)
        #expect(sandbox.cj("service", "session", "ASH-01", "sv1", "--date", "2027-02-01", "--outcome", "provider-did-not-attend").status == 0)
        #expect(sandbox.cj("service", "update", "ASH-01", "sv1", "--ended", "2027-01-01", "--end-reason", "funding").status == 64)
        let csv = sandbox.cj("report", "services", "--as-of", "2027-06-30", "--format", "csv").stdout.split(separator: "\n")
        #expect(csv.first == "provider,referrals,waitingNow,medianWorkingDaysToStart,sessionsHeld,cancelledByProvider,providerDidNotAttend,missedByFamily,cancelledByFamily,stoppedByProvider")
        #expect(csv.last == "Northtown Counselling,1,0,10,0,0,1,0,0,0")
        #expect(sandbox.cj("service", "list", "ASH-01").stdout.contains("2027-02-01  the provider did not come"))
    }
}
