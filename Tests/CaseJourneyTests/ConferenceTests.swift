import CaseJourney
import Testing

@Suite struct ConferenceTests {
    /// The Ashworth family before any plan: a strategy discussion, then an initial conference.
    private func familyBeforeThePlan() throws -> Case {
        var value = Case(caseId: "ASH-01", familyName: "Ashworth")
        _ = try value.add(Person(id: "", name: "Amy Ashworth", role: .child))
        _ = try value.add(Person(id: "", name: "Ben Ashworth", role: .child))
        _ = try value.add(Person(id: "", name: "Kim Ashworth", role: .mother, parentalResponsibility: true))
        _ = try value.add(Professional(id: "", name: "Priya Shah", role: "health visitor", agency: "Northtown Community Health"))
        _ = try value.recordStrategyDiscussion(on: date("2026-06-01"), section47Enquiry: true, note: nil, by: "Sam")
        return value
    }

    @Test func anInitialConferenceThatDecidesOnAPlanCanStartIt() throws {
        var value = try familyBeforeThePlan()
        _ = try value.scheduleConference(.initial, on: date("2026-06-22"), plan: nil, chair: "Ann Lee", invited: ["Kim", "priya"])
        let line = try value.recordConference("c1", kind: nil, date: nil, plan: nil, ConferenceRecord(
            attended: ["Kim", "Jo Park (Northtown Police)"], recommendation: .start, decision: .start,
            startPlanCategory: .neglect))
        let plan = try #require(value.plans.first)
        #expect(plan.type == .childProtection && plan.start == date("2026-06-22") && plan.children == ["amy", "ben"])
        #expect(value.conferences[0].plan == plan.id)
        #expect(value.conferences[0].attended.map(\.description) == ["Kim Ashworth (family)", "Jo Park (Northtown Police)"])
        #expect(value.conferences[0].invited.map(\.description) == ["Kim Ashworth (family)", "Priya Shah (Northtown Community Health)"])
        #expect(line.contains("started child protection plan plan-1"))
        #expect(CaseValidator.problems(in: value).isEmpty)
    }

    @Test func aDecisionThatDiffersFromTheRecommendationNeedsAReason() throws {
        var value = try planFamily()
        _ = try value.scheduleConference(.review, on: date("2026-09-21"), plan: nil, chair: "Ann Lee", invited: [])
        let refused = usageMessage {
            _ = try value.recordConference("c1", kind: nil, date: nil, plan: nil,
                                           ConferenceRecord(recommendation: .end, decision: .continue))
        }
        #expect(refused?.contains("Say why the conference decided so (with --reason when recording it") == true)
        #expect(value.conferences[0].decision == nil)
        _ = try value.recordConference("c1", kind: nil, date: nil, plan: nil,
                                       ConferenceRecord(recommendation: .end, decision: .continue, reason: "The heating is still broken"))
        #expect(value.conferences[0].decisionReason == "The heating is still broken")
        // The same rule holds for a hand-edited file.
        value.conferences[0].decisionReason = nil
        #expect(CaseValidator.problems(in: value).map(\.location) == ["conferences[0].decisionReason"])
    }

    @Test func aRecordedDecisionIsNotOverwritten() throws {
        var value = try planFamily()
        _ = try value.recordConference(nil, kind: .review, date: date("2026-09-21"), plan: nil, ConferenceRecord(decision: .continue))
        #expect(value.conferences[0].plan == "plan-1")
        #expect(usageMessage { _ = try value.recordConference("c1", kind: nil, date: nil, plan: nil, ConferenceRecord(decision: .end)) }?
            .contains("already recorded as continue") == true)
        _ = try value.recordConference("c1", kind: nil, date: nil, plan: nil, ConferenceRecord(minutesSent: date("2026-09-30")))
        #expect(value.conferences[0].minutesSent == date("2026-09-30"))
    }

    @Test func aReviewCannotStartAPlanAndAnInitialConferenceCannotContinueOne() throws {
        var value = try planFamily()
        #expect(usageMessage { _ = try value.recordConference(nil, kind: .review, date: date("2026-09-21"), plan: nil,
                                                              ConferenceRecord(decision: .start)) }?
            .hasPrefix("A review conference cannot decide that a child protection plan starts") == true)
        #expect(usageMessage { _ = try value.recordConference(nil, kind: .initial, date: date("2026-06-22"), plan: nil,
                                                              ConferenceRecord(decision: .continue)) } != nil)
    }

    @Test func aReviewThatStepsDownEndsThePlanAndStartsAChildInNeedPlan() throws {
        var value = try planFamily()
        _ = try value.recordConference(nil, kind: .review, date: date("2026-09-21"), plan: nil,
                                       ConferenceRecord(recommendation: .stepDown, decision: .stepDown, endPlan: true))
        #expect(value.plans.map(\.type) == [.childProtection, .childInNeed])
        #expect(value.plans[0].end?.date == date("2026-09-21"))
        #expect(value.plans[0].end?.reason.contains("steps down to a child in need plan") == true)
        #expect(value.plans[1].children == ["amy", "ben"])
    }

    @Test func reportsAreAddedOnceAndFilledInLater() throws {
        var value = try planFamily()
        _ = try value.scheduleConference(.review, on: date("2026-09-21"), plan: nil, chair: nil, invited: [])
        _ = try value.recordReport(conference: "c1", from: "Priya", received: date("2026-09-14"), shared: nil)
        _ = try value.recordReport(conference: "c1", from: "priya", received: nil, shared: date("2026-09-18"))
        #expect(value.conferences[0].reports.count == 1)
        #expect(value.conferences[0].reports[0].sharedWithParents == date("2026-09-18"))
        #expect(value.conferences[0].reports[0].from.professional == "priya")
    }
}
