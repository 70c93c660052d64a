import CaseJourney
import Testing

/// Progress nobody recorded: a course finished before the plan, an alcohol service's letter that
/// every goal was met, and a parent who has done everything and waits for the review.
@Suite struct EvidenceTests {
    /// Kim's two actions on a plan from 1 June 2026, and a review booked for 7 December.
    private func family() throws -> Case {
        var value = Case(caseId: "ASH-01", familyName: "Ashworth")
        _ = try value.add(Person(id: "", name: "Amy Ashworth", role: .child, born: date("2019-04-02")))
        _ = try value.add(Person(id: "", name: "Kim Ashworth", role: .mother, parentalResponsibility: true))
        _ = try value.assign(Allocation(worker: "Sam Okafor", from: date("2026-05-01")))
        _ = try value.startPlan(type: .childProtection, children: ["amy"], category: .neglect, on: date("2026-06-01"))
        _ = try value.addOutcome("Amy lives in a home free of alcohol misuse", plan: nil, on: date("2026-06-01"), by: "Sam", reason: nil)
        _ = try value.addAction("Kim will finish a parenting course", outcome: "o1", owner: .member("Kim"), due: date("2026-10-30"),
                                on: date("2026-06-01"), by: "Sam", reason: nil)
        _ = try value.addAction("Kim will work with the alcohol service", outcome: "o1", owner: .member("Kim"), due: date("2026-12-18"),
                                on: date("2026-06-01"), by: "Sam", reason: nil)
        _ = try value.scheduleConference(.review, on: date("2026-12-07"), plan: nil, chair: nil, invited: ["Kim"])
        return value
    }

    private func summary(_ value: Case, _ day: String) throws -> String {
        let document = try PlanSummaryBuilder(case: value, plan: nil, for: "Kim", settings: StoreSettings(), asOf: date(day)).build()
        return SummaryTextRenderer.render(document).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    @Test func aCourseFinishedBeforeThePlanCountsAndAchievesTheAction() throws {
        var value = try family()
        let line = try value.addEvidence("Finished the 10-week parenting course", for: "Kim", from: "Jo Bell (Northtown Family Hub)",
                                         kind: .agency, on: date("2026-03-10"), actions: ["a1"], outcomes: [], achieves: true,
                                         by: "Sam", today: date("2026-11-02"))
        #expect(line.contains("Action a1 done on 2026-06-01"))
        #expect(value.actions[0].current.status == .done)
        let text = try summary(value, "2026-11-02")
        #expect(text.contains("What has been done, with evidence"))
        #expect(text.contains("Finished the 10-week parenting course"))
        #expect(text.contains("This was before the plan began, and it still counts."))
        #expect(!text.contains("All your actions are done"))
    }

    @Test func whenEveryActionIsDoneTheParentIsToldThePlanCouldEndSooner() throws {
        var value = try family()
        _ = try value.addEvidence("Closed with every goal met", for: "Kim", from: "Northtown Recovery (Northtown Council)", kind: .agency,
                                  on: date("2026-10-20"), actions: ["a1", "a2"], outcomes: ["o1"], achieves: true, by: "Sam",
                                  today: date("2026-11-02"))
        let text = try summary(value, "2026-11-02")
        #expect(text.contains("All your actions are done. The plan could end sooner: you can ask for an earlier review."))
        #expect(text.contains("The next review is booked for Monday 7 December 2026."))
        #expect(throws: CaseJourneyError.self) {
            try value.addEvidence("Nothing", for: "Kim", from: "Kim", kind: .family, on: date("2026-10-20"), actions: ["a9"], outcomes: [],
                                  achieves: false, by: "Sam", today: date("2026-11-02"))
        }
    }
}
