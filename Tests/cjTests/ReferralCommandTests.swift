import Foundation
import Testing

@Suite struct ReferralCommandTests {
    @Test func aReferralIsRecordedDecidedAssessedAndListedWithItsRereferral() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        let first = sandbox.cj("referral", "add", "ASH-01", "--child", "Amy", "--source", "1c", "--reason", "Kim asked for help",
                               "--date", "2026-03-02")
        #expect(first.status == 0 && first.stdout == "ref1\n", "\(first.stderr)")
        #expect(sandbox.cj("referral", "decide", "ASH-01", "ref1", "--outcome", "advice", "--date", "2026-03-03").status == 0)
        #expect(sandbox.cj("referral", "close", "ASH-01", "ref1", "--reason-code", "rc7", "--date", "2026-03-03").status == 0)
        let second = sandbox.cj("referral", "add", "ASH-01", "--child", "Amy", "--child", "Ben", "--source", "2A", "--from", "Millbrook Primary",
                                "--reason", "Amy hungry", "--date", "2026-06-01")
        #expect(second.stdout == "ref2\n")
        // Deciding late: the agenda showed it as waiting.
        let due = sandbox.cj("due", "--as-of", "2026-06-03")
        #expect(due.stdout.contains("Referrals and assessments") && due.stdout.contains("Decide on referral ref2 of 2026-06-01 about Amy and Ben"))
        #expect(due.stdout.contains("Amy was referred again on 2026-06-01 (ref2), within 12 months of ref1"))
        #expect(sandbox.cj("referral", "decide", "ASH-01", "ref2", "--outcome", "assessment", "--need", "n1", "--date", "2026-06-03").status == 0)
        #expect(sandbox.cj("assessment", "start", "ASH-01", "--referral", "ref2", "--date", "2026-06-03").stdout == "as1\n")
        #expect(sandbox.cj("assessment", "complete", "ASH-01", "as1", "--factor", "10A", "--date", "2026-06-19").status == 0)
        let list = sandbox.cj("referral", "list", "ASH-01").stdout
        #expect(list.contains("ref1  2026-03-02  Amy: from the family themselves (1C); decided 2026-03-03: advice given, no further action; closed 2026-03-03: RC7"))
        #expect(list.contains("re-referral for Amy"))
        #expect(list.contains("as1 assessment started 2026-06-03, authorised 2026-06-19; factors 10A"))
        let timeline = sandbox.cj("timeline", "ASH-01").stdout
        #expect(timeline.contains("Referral ref2 about Amy and Ben from a school: Amy hungry (a re-referral for Amy: ref1 on 2026-03-02)"))
        #expect(timeline.contains("Assessment as1 authorised, 14 working days after the referral; factors: 10A"))
        // A family never reads who referred or why.
        let summary = sandbox.cj("plan", "summary", "ASH-01", "--for", "Kim", "--as-of", "2026-07-01").stdout
        #expect(!summary.contains("Millbrook Primary") && !summary.contains("Amy hungry"))
    }

    @Test func mistakesAreRefusedInPlainWordsAndRecordsCanBeWithdrawn() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        #expect(sandbox.cj("referral", "add", "ASH-01", "--child", "Kim", "--source", "2A", "--reason", "x").status == 64)
        #expect(sandbox.cj("referral", "add", "ASH-01", "--child", "Amy", "--source", "11", "--reason", "x").status == 64)
        sandbox.cj("referral", "add", "ASH-01", "--child", "Amy", "--source", "6", "--reason", "Police call", "--date", "2026-06-01")
        let tooEarly = sandbox.cj("referral", "close", "ASH-01", "ref1", "--reason-code", "RC8", "--date", "2026-06-02")
        #expect(tooEarly.status == 64 && tooEarly.stderr.contains("no completed assessment"))
        let future = sandbox.cj("referral", "add", "ASH-01", "--child", "Amy", "--source", "6", "--reason", "x", "--date", "2099-01-01")
        #expect(future.status != 0)
        // An episode can close before anything was decided (the family moved away).
        sandbox.cj("referral", "add", "ASH-01", "--child", "Ben", "--source", "2A", "--reason", "School worry", "--date", "2026-06-01")
        let moved = sandbox.cj("referral", "close", "ASH-01", "ref2", "--reason-code", "RC5", "--date", "2026-06-05")
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(sandbox.cj("referral", "withdraw", "ASH-01", "ref1", "--reason", "Wrong family").status == 0)
        #expect(sandbox.cj("referral", "list", "ASH-01").stdout.contains("(withdrawn"))
        let upn = sandbox.cj("person", "change", "ASH-01", "Amy", "--upn", "A201000126001", "--reason", "From the school")
        #expect(upn.status == 64 && upn.stderr.contains("check letter should be R"))
        #expect(sandbox.cj("person", "change", "ASH-01", "Amy", "--upn", "R201000126001", "--disability-code", "none", "--reason", "From the school").status == 0)
    }
}
