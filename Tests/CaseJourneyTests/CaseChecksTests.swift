import CaseJourney
import Testing

@Suite struct CaseChecksTests {
    let checks = CaseChecks(settings: StoreSettings())

    private func kinds(_ value: Case, asOf: String = "2026-11-23") -> [CheckKind] {
        checks.checks(for: value, asOf: date(asOf)).map(\.kind)
    }

    @Test func actionsOnlyForTheMotherWhileAFatherHasParentalResponsibility() throws {
        var value = try planFamily()
        _ = try value.addTestAction("Kim will make breakfast", owner: .member("Kim"), due: "2026-07-31")
        _ = try value.addTestAction("Priya will weigh Ben", owner: .member("Priya"), due: "2026-07-31")
        let found = checks.checks(for: value, asOf: date("2026-11-23"))
        #expect(found.map(\.kind) == [.actionsOnlyForMother])
        #expect(found[0].message.contains("Kim Ashworth (mother)") && found[0].message.contains("Lee Ashworth (father)"))
        _ = try value.addTestAction("Lee will see the children every Saturday", owner: .member("Lee"), due: "2026-07-31")
        #expect(kinds(value).isEmpty)
    }

    @Test func noWarningWhenTheFatherHasNoParentalResponsibility() throws {
        var value = try planFamily()
        value.people[3].parentalResponsibility = false
        _ = try value.addTestAction("Kim will make breakfast", owner: .member("Kim"), due: "2026-07-31")
        #expect(kinds(value).isEmpty)
    }

    @Test func aNewWorkerInTheFourWeeksBeforeAConference() throws {
        var value = try planFamily()
        _ = try value.scheduleConference(.review, on: date("2026-11-16"), plan: nil, chair: nil, invited: [])
        _ = try value.assign(Allocation(worker: "Ola Ade", from: date("2026-10-12")))
        #expect(kinds(value).isEmpty)  // 5 weeks before
        _ = try value.assign(Allocation(worker: "Hannah Cole", from: date("2026-10-26")))
        let found = checks.checks(for: value, asOf: date("2026-11-23"))
        #expect(found.map(\.kind) == [.workerChangedBeforeConference, .manyWorkers])  // three workers this year
        #expect(found[0].message == "Hannah Cole took over from Ola Ade on 2026-10-26, 21 days before the review conference on 2026-11-16.")
    }

    @Test func aChildProtectionPlanOverEighteenMonths() throws {
        let value = try planFamily()
        #expect(kinds(value, asOf: "2027-12-21").isEmpty)
        let found = checks.checks(for: value, asOf: date("2027-12-22"))
        #expect(found.map(\.kind) == [.longPlan])
        #expect(found[0].message.contains("18 months"))
    }

    @Test func aChildWhoHadAPlanBefore() throws {
        var value = try planFamily()
        _ = try value.endPlan(nil, on: date("2026-09-21"), reason: "Safe")
        _ = try value.startPlan(type: .childInNeed, children: ["amy"], category: nil, on: date("2026-09-21"))
        #expect(kinds(value).isEmpty)  // a child in need plan is not a repeat plan
        _ = try value.endPlan("plan-2", on: date("2026-10-01"), reason: "Closed")
        _ = try value.startPlan(type: .childProtection, children: ["amy"], category: .emotional, on: date("2026-11-02"))
        let found = checks.checks(for: value, asOf: date("2026-11-23"))
        #expect(found.map(\.kind) == [.repeatPlan])
        #expect(found[0].message.contains("Amy Ashworth was on a child protection plan before (plan-1, 2026-06-22 to 2026-09-21)"))
    }
}
