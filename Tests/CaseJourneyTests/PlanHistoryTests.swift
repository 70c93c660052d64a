import CaseJourney
import Testing

/// `plan changes` and the timeline: what changed and why, in date order.
@Suite struct PlanHistoryTests {
    private func familyWithChanges() throws -> Case {
        var value = try planFamily()
        _ = try value.addTestAction("Kim will make breakfast", owner: .member("Kim"), due: "2026-07-31")
        _ = try value.addTestAction("Repair the heating", owner: .agency("Northtown Housing"), due: "2026-09-30")
        _ = try value.recordConference(nil, kind: .review, date: date("2026-09-21"), plan: nil, ConferenceRecord(decision: .continue))
        _ = try value.deferAction("a1", to: date("2026-08-31"), on: date("2026-07-20"), by: "Sam", reason: "Before the review")
        _ = try value.deferAction("a2", to: date("2026-11-13"), on: date("2026-09-28"), by: "Sam", reason: "Parts on order")
        _ = try value.addAction("Kim will go to the food bank on Fridays", outcome: "o1", owner: .member("Kim"),
                                due: date("2026-10-30"), on: date("2026-10-02"), by: "Sam", reason: "Money ran short")
        _ = try value.completeAction("a1", on: date("2026-10-05"), by: "Sam", note: nil)
        return value
    }

    @Test func changesSinceTheLastConferenceByDefault() throws {
        let value = try familyWithChanges()
        let changes = try PlanChanges(plan: nil, since: nil, in: value, asOf: date("2026-11-23"))
        #expect(changes.since == "the review conference on 2026-09-21")
        #expect(changes.changes.map(\.id) == ["a2", "a3"])
        #expect(changes.changes[0].change == "action deferred from 2026-09-30 to 2026-11-13")
        #expect(changes.changes[0].reason == "Parts on order")
        #expect(changes.changes[1].kind == .added && changes.changes[1].who == "Kim Ashworth")
    }

    @Test func changesSinceAGivenDayIncludeThatDay() throws {
        let value = try familyWithChanges()
        let changes = try PlanChanges(plan: nil, since: date("2026-07-20"), in: value, asOf: date("2026-11-23"))
        #expect(changes.changes.map(\.id) == ["a1", "a2", "a3"])
    }

    @Test func theTimelineIsInDateOrderWithReasonsAndLateReports() throws {
        var value = try familyWithChanges()
        _ = try value.scheduleConference(.review, on: date("2026-11-26"), plan: nil, chair: nil, invited: [])
        _ = try value.recordReport(conference: "c2", from: "Priya", received: nil, shared: date("2026-11-25"))
        let entries = CaseTimeline(settings: StoreSettings()).entries(for: value)
        let dates = entries.map(\.date)
        #expect(dates == dates.sorted())
        let texts = entries.map(\.text)
        #expect(texts.contains("Action a2 deferred from 2026-09-30 to 2026-11-13: Repair the heating. Why: Parts on order"))
        #expect(texts.contains { $0.hasPrefix("Review conference: decided that the plan continues") })
        #expect(texts.contains { $0.contains("1 working day before the review conference on 2026-11-26 (2 working days late") })
        #expect(entries.first?.kind == "worker")
    }
}
