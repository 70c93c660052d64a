import CaseJourney
import Foundation
import Testing

@Suite struct PlanCommandTests {
    /// The Ashworth family with a child protection plan from Monday 22 June 2026, a health
    /// visitor, and one outcome (o1).
    private func familyWithPlan() -> Sandbox {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        return sandbox
    }

    @Test func aPlanIsWrittenAndShownWithWorriesStrengthsOutcomesAndActions() {
        let sandbox = familyWithPlan()
        #expect(sandbox.cj("plan", "worry", "ASH-01", "The children often go to school hungry", "--date", "2026-06-22").stdout == "w1\n")
        #expect(sandbox.cj("plan", "strength", "ASH-01", "Kim loves the children", "--date", "2026-06-22").stdout == "s1\n")
        #expect(sandbox.cj("plan", "action", "add", "ASH-01", "Kim will make breakfast", "--owner", "Kim", "--due", "2026-07-31",
                           "--date", "2026-06-22").stdout == "a1\n")
        #expect(sandbox.cj("plan", "action", "add", "ASH-01", "Repair the heating", "--agency", "Northtown Housing",
                           "--due", "2026-09-30", "--date", "2026-06-22").stdout == "a2\n")
        sandbox.cj("plan", "action", "done", "ASH-01", "a1", "--date", "2026-07-20")
        sandbox.cj("plan", "rate", "ASH-01", "3", "--reason", "No food in the house", "--date", "2026-06-22", "--by", "Sam Okafor")
        let shown = sandbox.cj("plan", "show", "ASH-01", "--as-of", "2026-10-01").stdout
        #expect(shown.contains("w1  The children often go to school hungry"))
        #expect(shown.contains("s1  Kim loves the children"))
        #expect(shown.contains("o1  The children have breakfast every school day"))
        #expect(shown.contains("done 2026-07-20"))
        #expect(shown.contains("Northtown Housing  2026-09-30  open, OVERDUE"))
        #expect(shown.contains("2026-06-22  3/10  Sam Okafor: No food in the house"))
        #expect(shown.contains("Visit: due 2026-07-06"))  // nobody seen since the plan started
    }

    @Test func anActionAddedAfterThePlanStartedNeedsAReasonAndChangesListIt() {
        let sandbox = familyWithPlan()
        let refused = sandbox.cj("plan", "action", "add", "ASH-01", "Kim will attend a parenting course", "--owner", "Kim",
                                 "--due", "2026-09-30", "--date", "2026-08-10")
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("Plan plan-1 started on 2026-06-22, so adding an action on 2026-08-10 needs a reason"))
        #expect(!sandbox.read("ASH-01").contains("parenting course"))
        sandbox.cj("plan", "action", "add", "ASH-01", "Kim will attend a parenting course", "--owner", "Kim", "--due", "2026-09-30",
                   "--date", "2026-08-10", "--reason", "Agreed at the core group on 7 August")
        let deferred = sandbox.cj("plan", "action", "defer", "ASH-01", "a1", "--to", "2026-10-30", "--date", "2026-09-01")
        #expect(deferred.status == 64)
        sandbox.cj("plan", "action", "defer", "ASH-01", "a1", "--to", "2026-10-30", "--date", "2026-09-01", "--reason", "Course full")
        let changes = sandbox.cj("plan", "changes", "ASH-01", "--as-of", "2026-10-01").stdout
        #expect(changes.contains("since the plan started on 2026-06-22"))
        #expect(changes.contains("Why: Agreed at the core group on 7 August"))
        #expect(changes.contains("a1 action deferred from 2026-09-30 to 2026-10-30"))
        #expect(changes.contains("Why: Course full"))
        // Both events stay in the file.
        let file = sandbox.read("ASH-01")
        #expect(file.contains("\"kind\": \"added\"") && file.contains("\"kind\": \"deferred\""))
    }

    @Test func viewsOfChildrenRecordWhetherTheyMayBeShared() {
        let sandbox = familyWithPlan()
        sandbox.cj("plan", "view", "ASH-01", "Amy", "I like school", "--share", "--date", "2026-07-01")
        sandbox.cj("plan", "view", "ASH-01", "Ben", "I get scared at night", "--date", "2026-07-01")
        let adult = sandbox.cj("plan", "view", "ASH-01", "Kim", "I want help", "--share", "--date", "2026-07-01")
        #expect(adult.status == 64)
        let shown = sandbox.cj("plan", "show", "ASH-01").stdout
        #expect(shown.contains("Amy Ashworth: I like school"))
        #expect(shown.contains("Ben Ashworth [not to be shared with the parents]: I get scared at night"))
    }

    @Test func anInitialConferenceCanStartThePlanAndAReviewDecisionNeedsAReasonWhenItDiffers() {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        sandbox.cj("strategy", "record", "ASH-01", "--date", "2026-06-01")
        let started = sandbox.cj("conference", "record", "ASH-01", "--kind", "initial", "--date", "2026-06-22", "--chair", "Ann Lee",
                                 "--attended", "Kim", "--recommendation", "start", "--decision", "start", "--start-plan", "neglect")
        #expect(started.status == 0, "\(started.stderr)")
        #expect(sandbox.cj("case", "show", "ASH-01").stdout.contains("plan-1: child protection (neglect) for Amy, Ben, from 2026-06-22, open"))
        #expect(sandbox.cj("conference", "schedule", "ASH-01", "--kind", "review", "--date", "2026-09-21").stdout == "c2\n")
        let refused = sandbox.cj("conference", "record", "ASH-01", "c2", "--recommendation", "end", "--decision", "continue")
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("Say why the conference decided so (with --reason"))
        let recorded = sandbox.cj("conference", "record", "ASH-01", "c2", "--recommendation", "end", "--decision", "continue",
                                  "--reason", "The heating is still broken", "--parents-view", "Kim disagrees")
        #expect(recorded.status == 0)
        let list = sandbox.cj("conference", "list", "ASH-01").stdout
        #expect(list.contains("Decided: the plan continues. Why: The heating is still broken"))
        #expect(list.contains("Social worker recommended: the plan ends"))
    }

    @Test func reportSharingIsShownInWorkingDays() {
        let sandbox = familyWithPlan()
        sandbox.cj("conference", "schedule", "ASH-01", "--kind", "review", "--date", "2026-12-30")
        sandbox.cj("conference", "report", "ASH-01", "c1", "--from", "Priya", "--received", "2026-12-21", "--shared", "2026-12-29")
        sandbox.cj("conference", "report", "ASH-01", "c1", "--from", "Jo Park (Northtown Police)")
        let list = sandbox.cj("conference", "list", "ASH-01").stdout
        #expect(list.contains("Report rep1 from Priya Shah (Northtown Community Health): shared with the parents 2026-12-29, 2 working days late (due 2026-12-23)"))
        #expect(list.contains("Report rep2 from Jo Park (Northtown Police): not yet shared with the parents (due 2026-12-23)"))
        let timeline = sandbox.cj("timeline", "ASH-01").stdout
        #expect(timeline.contains("1 working day before the review conference on 2026-12-30 (2 working days late"))
    }

    @Test func aReportOneParentHasSaysWhoIsStillWaitingForIt() {
        let sandbox = familyWithPlan()
        sandbox.cj("conference", "schedule", "ASH-01", "--kind", "review", "--date", "2026-12-30", "--invite", "Kim", "--invite", "Lee")
        sandbox.cj("conference", "report", "ASH-01", "c1", "--from", "Priya", "--received", "2026-12-21")
        let shared = sandbox.cj("conference", "share", "ASH-01", "c1", "rep1", "--with", "Kim", "--date", "2026-12-22")
        #expect(shared.status == 0, "\(shared.stderr)")
        let list = sandbox.cj("conference", "list", "ASH-01").stdout
        #expect(list.contains("Report rep1 from Priya Shah (Northtown Community Health): given to Kim Ashworth 2026-12-22; "
            + "not yet to Lee Ashworth (due 2026-12-23)"), "\(list)")
        let due = sandbox.cj("due", "--as-of", "2026-12-22").stdout
        #expect(due.contains("Share the report from Priya Shah with Lee Ashworth before the review conference on 2026-12-30"), "\(due)")
    }

    @Test func theTimelineShowsAWorryAsFirstWrittenAndItsRewordingOnItsOwnDay() {
        let sandbox = familyWithPlan()
        sandbox.cj("plan", "worry", "ASH-01", "The children go to school hungry", "--date", "2026-06-22")
        let reworded = sandbox.cj("plan", "reword", "ASH-01", "w1", "The children sometimes go to school hungry", "--reason", "Kim asked")
        #expect(reworded.status == 0, "\(reworded.stderr)")
        let lines = sandbox.cj("timeline", "ASH-01").stdout.split(separator: "\n")
        let first = lines.first { $0.contains("Worry w1") }
        #expect(first?.contains("The children go to school hungry (reworded later)") == true, "\(lines)")
        #expect(lines.contains { $0.hasPrefix(Sandbox.today) && $0.contains("The children sometimes go to school hungry") })
    }

    @Test func aCaseCanHaveItsOwnMeetingTimescaleWithAReason() {
        let sandbox = familyWithPlan()
        let set = sandbox.cj("case", "expect", "ASH-01", "--what", "first-review", "--count", "6", "--unit", "weeks",
                             "--reason", "Baby due in August", "--date", "2026-06-22", "--by", "Ruth Bell")
        #expect(set.status == 0, "\(set.stderr)")
        let due = sandbox.cj("due", "--as-of", "2026-08-03", "--within", "0").stdout
        #expect(due.contains("within 6 weeks of the plan started on 2026-06-22, set by Ruth Bell: Baby due in August"))
        #expect(sandbox.cj("case", "expect", "ASH-01", "--what", "visits", "--count", "5", "--reason", "x").status == 64)
    }

}
