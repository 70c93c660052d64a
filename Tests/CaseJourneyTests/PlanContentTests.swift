import CaseJourney
import Testing

@Suite struct PlanContentTests {
    @Test func ratingsAreFromZeroToTenWithAReason() throws {
        var value = try planFamily()
        #expect(usageMessage { _ = try value.rate(11, plan: nil, on: date("2026-06-22"), ratedBy: "Sam", reason: "Good") } != nil)
        #expect(usageMessage { _ = try value.rate(4, plan: nil, on: date("2026-06-22"), ratedBy: "Sam", reason: "") } != nil)
        _ = try value.rate(3, plan: nil, on: date("2026-06-22"), ratedBy: "Initial conference", reason: "No food in the house")
        _ = try value.rate(6, plan: nil, on: date("2026-10-12"), ratedBy: "Sam Okafor", reason: "Breakfast every day for a month")
        #expect(value.riskRatings.map(\.score) == [3, 6])
        value.riskRatings[1].score = 12
        #expect(CaseValidator.problems(in: value).map(\.location) == ["riskRatings[1].score"])
    }

    @Test func aChildsViewRecordsWhetherItMayBeSharedAndDefaultsToNot() throws {
        var value = try planFamily()
        _ = try value.recordView("I like it when Mum walks me to school", of: "Amy", plan: nil, childAgreedToShare: true,
                                 on: date("2026-07-01"), by: "Sam")
        _ = try value.recordView("I get scared at night", of: "Ben", plan: nil, childAgreedToShare: nil, on: date("2026-07-01"), by: "Sam")
        _ = try value.recordView("I want the heating fixed", of: "Kim", plan: nil, childAgreedToShare: nil, on: date("2026-07-01"), by: "Sam")
        #expect(value.views.map(\.childAgreedToShare) == [true, false, nil])
        #expect(usageMessage { _ = try value.recordView("Fine", of: "Kim", plan: nil, childAgreedToShare: true,
                                                        on: date("2026-07-01"), by: "Sam") } != nil)
        value.views[1].childAgreedToShare = nil
        #expect(CaseValidator.problems(in: value).map(\.location) == ["views[1].childAgreedToShare"])
    }

    @Test func theLatestProposalToEndIsTheOneInForce() throws {
        var value = try planFamily()
        #expect(usageMessage { _ = try value.proposeEnd(plan: nil, withdraw: true, on: date("2026-10-01"), by: "Sam", reason: "x") } != nil)
        _ = try value.proposeEnd(plan: nil, withdraw: false, on: date("2026-10-01"), by: "Sam", reason: "Every action done")
        #expect(value.endProposal(for: "plan-1")?.reason == "Every action done")
        _ = try value.proposeEnd(plan: nil, withdraw: true, on: date("2026-10-01"), by: "Sam", reason: "New police report")
        #expect(value.endProposal(for: "plan-1") == nil)
        #expect(value.endProposals.count == 2)
    }

    @Test func nothingCanBeAddedToAPlanAfterItEnded() throws {
        var value = try planFamily()
        _ = try value.endPlan(nil, on: date("2026-09-21"), reason: "Safe")
        #expect(usageMessage { _ = try value.addWorry("Late worry", plan: "plan-1", on: date("2026-10-01"), by: "Sam") }?
            .contains("ended on 2026-09-21") == true)
        _ = try value.addStrength("Amy is doing well at school", plan: "plan-1", on: date("2026-09-01"), by: "Sam")
        #expect(value.strengths.count == 1)
    }
}
