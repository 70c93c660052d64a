import CaseJourney
import Testing

@Suite struct VisitScheduleTests {
    /// Amy, Ben and Cody; Amy and Ben on a child protection plan from Monday 5 October 2026.
    private func family(planType: PlanType = .childProtection) throws -> Case {
        var value = Case(caseId: "ASH-01", familyName: "Ashworth")
        for name in ["Amy", "Ben", "Cody"] {
            _ = try value.add(Person(id: "", name: "\(name) Ashworth", role: .child))
        }
        _ = try value.assign(Allocation(worker: "Sam Okafor", from: date("2026-01-05")))
        _ = try value.startPlan(type: planType, children: ["amy", "ben"],
                                category: planType == .childProtection ? .neglect : nil, on: date("2026-10-05"))
        return value
    }

    private func visit(_ value: inout Case, on day: String, seenAlone: [String] = [], seen: [String] = [],
                       notSeen: [String] = []) throws {
        _ = try value.logVisit(VisitRecord(date: date(day), by: "Sam Okafor", seen: seen, seenAlone: seenAlone,
                                           notSeen: notSeen.map { ($0, nil) }), today: date("2027-12-31"))
    }

    private let schedule = VisitSchedule(settings: StoreSettings())

    private func rows(_ value: Case, asOf: String, within: Int? = nil, settings: StoreSettings = StoreSettings()) -> [OverdueVisit] {
        OverdueVisitsReport.sorted(OverdueVisitsReport(asOf: date(asOf), within: within)
            .rows(for: value, schedule: VisitSchedule(settings: settings)))
    }

    @Test func dueTenWorkingDaysAfterLastSeenAndCountedInWorkingDays() throws {
        var value = try family()
        try visit(&value, on: "2026-11-02", seen: ["amy", "ben"])
        let found = rows(value, asOf: "2026-11-18")
        #expect(found.map(\.childId) == ["amy", "ben"])
        #expect(found.allSatisfy { $0.due == date("2026-11-16") && $0.workingDaysOverdue == 2 })
        #expect(found.first?.expectation == "every 10 working days")
        #expect(rows(value, asOf: "2026-11-16").isEmpty)  // due today is not yet overdue
    }

    @Test func aVisitWhereTheChildWasNotSeenDoesNotRestartTheirClock() throws {
        var value = try family()
        try visit(&value, on: "2026-10-19", seen: ["amy", "ben"])
        try visit(&value, on: "2026-11-02", seenAlone: ["amy"], notSeen: ["ben"])
        let found = rows(value, asOf: "2026-11-13")
        #expect(found.map(\.childId) == ["ben"])
        #expect(found.first?.lastSeen == date("2026-10-19"))
        #expect(found.first?.due == date("2026-11-02"))
        #expect(found.first?.workingDaysOverdue == 9)
    }

    @Test func aChildNeverSeenIsDueOneIntervalAfterThePlanStarted() throws {
        var value = try family()
        try visit(&value, on: "2026-10-01", seen: ["amy", "ben"])  // before the plan: does not count
        let found = rows(value, asOf: "2026-10-21")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.due == date("2026-10-19") && $0.lastSeen == date("2026-10-01") })
    }

    @Test func childrenNotOnAnActivePlanAreNotListed() throws {
        var value = try family()
        #expect(!rows(value, asOf: "2026-12-01").contains { $0.childId == "cody" })
        _ = try value.endPlan(nil, on: date("2026-11-01"), reason: "Moved to another local authority")
        #expect(rows(value, asOf: "2026-12-01").isEmpty)
    }

    @Test func childInNeedPlansUseTheirOwnDefault() throws {
        var value = try family(planType: .childInNeed)
        try visit(&value, on: "2026-11-02", seen: ["amy", "ben"])
        #expect(rows(value, asOf: "2026-11-27").isEmpty)
        #expect(rows(value, asOf: "2026-12-01").first?.due == date("2026-11-30"))
    }

    @Test func anOverrideForOneChildWinsAndShowsItsReason() throws {
        var value = try family()
        try visit(&value, on: "2026-11-02", seen: ["amy", "ben"])
        _ = try value.setExpectation(.visits, plan: nil, child: "Ben", interval: Interval(count: 5, unit: .workingDays),
                                     reason: "Weight loss reported by the health visitor", by: "Ruth Bell", on: date("2026-11-03"))
        _ = try value.setExpectation(.visits, plan: nil, child: nil, interval: Interval(count: 2, unit: .weeks),
                                     reason: "Agreed at core group", by: "Ruth Bell", on: date("2026-11-03"))
        let found = rows(value, asOf: "2026-11-18")
        let ben = try #require(found.first { $0.childId == "ben" })
        #expect(ben.due == date("2026-11-09"))
        #expect(ben.expectation == "every 5 working days (set by Ruth Bell on 2026-11-03: Weight loss reported by the health visitor)")
        let amy = try #require(found.first { $0.childId == "amy" })
        #expect(amy.due == date("2026-11-16"))
        #expect(amy.expectation.hasPrefix("every 2 weeks (set by Ruth Bell"))
        #expect(found.first?.childId == "ben")  // most overdue first
    }

    @Test func removingAnOverrideReturnsToTheDefault() throws {
        var value = try family()
        try visit(&value, on: "2026-11-02", seen: ["amy", "ben"])
        _ = try value.setExpectation(.visits, plan: nil, child: "Ben", interval: Interval(count: 5, unit: .workingDays),
                                     reason: "Newborn sibling", by: "Ruth Bell", on: date("2026-11-03"))
        _ = try value.setExpectation(.visits, plan: nil, child: "Ben", interval: nil,
                                     reason: "Concerns eased", by: "Ruth Bell", on: date("2026-11-12"))
        #expect(rows(value, asOf: "2026-11-13").isEmpty)
        // As of the day before the reset, the override still applied.
        #expect(rows(value, asOf: "2026-11-11").map(\.childId) == ["ben"])
        #expect(throws: CaseJourneyError.self) {
            try value.setExpectation(.visits, plan: nil, child: "Ben", interval: Interval(count: 5, unit: .days),
                                     reason: "  ", by: "Ruth Bell", on: date("2026-11-10"))
        }
    }

    @Test func aCorrectedVisitCountsAsCorrected() throws {
        var value = try family()
        try visit(&value, on: "2026-11-02", seen: ["amy"], notSeen: ["ben"])
        _ = try value.amendVisit("v1", with: VisitCorrection(seen: ["ben"]), reason: "Ben came home before I left",
                                 today: date("2026-12-31"))
        #expect(value.visits.count == 2)
        #expect(value.visits[1].amends == "v1")
        #expect(rows(value, asOf: "2026-11-16").isEmpty)
        #expect(throws: CaseJourneyError.self) {
            try value.amendVisit("v1", with: VisitCorrection(seen: ["amy"]), reason: "Again", today: date("2026-12-31"))
        }
    }

    /// Ben was not seen on two visits in a row ("at his grandmother's" each time): he is listed
    /// with the reasons although his next visit is not yet due, and seeing him once clears it.
    @Test func aChildNotSeenOnVisitAfterVisitIsFlaggedWithTheReasons() throws {
        var value = try family()
        try visit(&value, on: "2026-10-19", seen: ["amy", "ben"])
        for day in ["2026-10-21", "2026-10-23"] {
            _ = try value.logVisit(VisitRecord(date: date(day), by: "Sam Okafor", seen: ["amy"],
                                               notSeen: [("ben", "at his grandmother's, Kelly said")]), today: date("2027-12-31"))
        }
        let ben = try #require(rows(value, asOf: "2026-10-26").first { $0.childId == "ben" })
        #expect(ben.status == .notSeenOnVisits)
        #expect(ben.notSeenAlert)
        #expect(ben.missedInARow.map(\.description)
            == ["2026-10-21 (at his grandmother's, Kelly said)", "2026-10-23 (at his grandmother's, Kelly said)"])
        #expect(!rows(value, asOf: "2026-10-26").contains { $0.childId == "amy" })

        let agenda = Agenda(settings: StoreSettings(), asOf: date("2026-10-26"), within: 0).items(for: value)
        let alert = try #require(agenda.first { $0.kind == .childNotSeen })
        #expect(alert.ref == "ben")
        #expect(alert.what.contains("not seen on the last 2 visits in a row"))
        #expect(alert.what.contains("2026-10-23 (at his grandmother's, Kelly said)"))

        var patient = StoreSettings()
        patient.visits.alertAfterVisitsNotSeen = 3
        #expect(rows(value, asOf: "2026-10-26", settings: patient).isEmpty)

        try visit(&value, on: "2026-10-26", seen: ["amy", "ben"])
        #expect(rows(value, asOf: "2026-10-27").isEmpty)
        #expect(!Agenda(settings: StoreSettings(), asOf: date("2026-10-27"), within: 0).items(for: value)
            .contains { $0.kind == .childNotSeen })
    }

    @Test func visitsNotSeenAreCountedInDateOrderWhateverOrderTheyWereLogged() throws {
        var value = try family()
        try visit(&value, on: "2026-10-23", notSeen: ["amy", "ben"])
        try visit(&value, on: "2026-10-19", seen: ["amy", "ben"])
        try visit(&value, on: "2026-10-21", seen: ["amy"], notSeen: ["ben"])
        let found = rows(value, asOf: "2026-10-26")
        #expect(found.map(\.childId) == ["ben"])
        #expect(found.first?.missedInARow.map(\.date) == [date("2026-10-21"), date("2026-10-23")])
        #expect(found.first?.missedInARow.last?.description == "2026-10-23 (no reason given)")
    }

    @Test func withinAddsChildrenDueSoonAfterTheOverdueOnes() throws {
        var value = try family()
        try visit(&value, on: "2026-10-19", seen: ["amy"])
        try visit(&value, on: "2026-11-09", seen: ["ben"])
        let found = rows(value, asOf: "2026-11-18", within: 5)
        #expect(found.map(\.childId) == ["amy", "ben"])
        #expect(found[0].status == .overdue)
        #expect(found[1].status == .dueSoon && found[1].workingDaysOverdue == 0 && found[1].due == date("2026-11-23"))
        #expect(rows(value, asOf: "2026-11-18").map(\.childId) == ["amy"])
    }

    @Test func seenAloneIsTrackedWhenTheTeamSetsIt() throws {
        var value = try family()
        var settings = StoreSettings()
        settings.visits.seenAlone = Interval(count: 20, unit: .workingDays)
        try visit(&value, on: "2026-10-06", seenAlone: ["amy", "ben"])
        try visit(&value, on: "2026-10-20", seen: ["amy", "ben"])
        try visit(&value, on: "2026-11-03", seenAlone: ["amy"], seen: ["ben"])
        let found = rows(value, asOf: "2026-11-05", settings: settings)
        #expect(found.count == 1)
        let ben = try #require(found.first)
        #expect(ben.childId == "ben" && ben.status == .notDue && ben.workingDaysOverdue == 0)
        #expect(ben.lastSeenAlone == date("2026-10-06") && ben.seenAloneDue == date("2026-11-03"))
        #expect(ben.seenAloneWorkingDaysOverdue == 2 && ben.seenAloneExpectation == "every 20 working days")
        // Professionals can decide it is not expected for a child, with a reason.
        _ = try value.setExpectation(.seenAlone, plan: nil, child: "ben", interval: nil, notExpected: true,
                                     reason: "Ben is a baby", by: "Ruth Bell", on: date("2026-11-04"))
        #expect(rows(value, asOf: "2026-11-05", settings: settings).isEmpty)
        #expect(throws: CaseJourneyError.self) {
            try value.setExpectation(.visits, plan: nil, child: "ben", interval: nil, notExpected: true,
                                     reason: "No", by: "Ruth Bell", on: date("2026-11-04"))
        }
    }

    @Test func localClosuresAndTheRegionMoveDueDates() throws {
        var value = try family()
        try visit(&value, on: "2026-12-21", seen: ["amy", "ben"])
        // England and Wales: 25 and 28 December (Boxing Day's substitute) and 1 January are bank holidays.
        #expect(schedule.status(of: "amy", in: value, asOf: date("2026-12-22"))?.visitsDue == date("2027-01-07"))
        var closed = StoreSettings()
        closed.calendar.closures = [date("2026-12-29"), date("2026-12-30"), date("2026-12-31")]
        #expect(VisitSchedule(settings: closed).status(of: "amy", in: value, asOf: date("2026-12-22"))?.visitsDue == date("2027-01-12"))
        var scotland = StoreSettings()
        scotland.calendar.region = .scotland
        // Scotland also closes for 2 January: a Saturday in 2027, so Monday 4 January instead.
        #expect(VisitSchedule(settings: scotland).status(of: "amy", in: value, asOf: date("2026-12-22"))?.visitsDue == date("2027-01-08"))
    }

    @Test func theWorkerIsWhoeverHeldTheCaseOnTheDay() throws {
        var value = try family()
        _ = try value.assign(Allocation(worker: "Ola Ade", from: date("2026-11-16")))
        #expect(OverdueVisitsReport(asOf: date("2026-11-18")).rows(for: value, schedule: schedule).allSatisfy { $0.worker == "Ola Ade" })
        #expect(OverdueVisitsReport(asOf: date("2026-11-13")).rows(for: value, schedule: schedule).allSatisfy { $0.worker == "Sam Okafor" })
    }

    @Test func aWorkerFilterThatMatchesNobodyIsAnErrorNotAnAllClear() throws {
        let workers = ["Ola Ade", "Sam Okafor", "Sam Reid"]
        #expect(try WorkerFilter("ola ade", knownWorkers: workers).worker == "Ola Ade")
        #expect(try WorkerFilter("Ola", knownWorkers: workers).worker == "Ola Ade")
        #expect {
            try WorkerFilter("Ola Adey", knownWorkers: workers)
        } throws: { error in
            (error as? CaseJourneyError)?.errorDescription?.contains("Workers holding cases: Ola Ade, Sam Okafor, Sam Reid.") == true
        }
        #expect {
            try WorkerFilter("Sam", knownWorkers: workers)
        } throws: { error in
            (error as? CaseJourneyError)?.errorDescription?.contains("More than one worker is called Sam") == true
        }
    }
}
