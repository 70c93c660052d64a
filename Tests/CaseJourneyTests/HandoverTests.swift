import CaseJourney
import Testing

/// Three social workers in nine months: handovers, the weeks with nobody, and the count.
@Suite struct HandoverTests {
    /// Amy on a plan from 1 June 2026; Hannah from January, then Sam from 1 July.
    private func family() throws -> Case {
        var value = Case(caseId: "ASH-01", familyName: "Ashworth")
        _ = try value.add(Person(id: "", name: "Amy Ashworth", role: .child, born: date("2019-04-02")))
        _ = try value.add(Person(id: "", name: "Kim Ashworth", role: .mother, parentalResponsibility: true))
        _ = try value.assign(Allocation(worker: "Hannah Cole", from: date("2026-01-05")))
        _ = try value.startPlan(type: .childProtection, children: ["amy"], category: .neglect, on: date("2026-06-01"))
        _ = try value.assign(Allocation(worker: "Sam Okafor", from: date("2026-07-01")))
        return value
    }

    private func agenda(_ value: Case, _ day: String) -> [DueItem] {
        Agenda(settings: StoreSettings(), asOf: date(day), within: 0).items(for: value)
    }

    @Test func aHandoverIsDueUntilTheNewWorkerHasMetEveryoneAndDoneTheChecklist() throws {
        var value = try family()
        let row = try #require(agenda(value, "2026-07-20").first { $0.kind == .handover })
        #expect(row.due == date("2026-07-15"))  // 10 working days after 1 July
        #expect(row.who == "Sam Okafor")
        #expect(row.what.contains("meet the family; meet the children; Read the chronology and the plan"))

        #expect(throws: CaseJourneyError.self) {
            try value.recordHandover(allocation: nil, handedOver: nil, metFamily: nil, metChildren: nil, done: ["Read the file"],
                                     checklist: HandoverSettings().checklist)
        }
        _ = try value.recordHandover(allocation: nil, handedOver: "Chronology and plan", metFamily: date("2026-07-02"), metChildren: nil,
                                     done: HandoverSettings().checklist.map { $0.uppercased() }, checklist: HandoverSettings().checklist)
        // Sam's own visit that sees Amy meets the children.
        _ = try value.logVisit(VisitRecord(date: date("2026-07-06"), by: "Sam Okafor", seen: ["amy"]), today: date("2026-12-31"))
        #expect(!agenda(value, "2026-07-20").contains { $0.kind == .handover })
    }

    @Test func threeWorkersInTwelveMonthsAreCountedAndAVisitDueInAGapBelongsToTheGap() throws {
        var value = try family()
        _ = try value.logVisit(VisitRecord(date: date("2026-07-06"), by: "Sam Okafor", seen: ["amy"]), today: date("2026-12-31"))
        _ = try value.endAllocation(on: date("2026-07-13"), reason: "Sam left the team")
        let gapRow = try #require(OverdueVisitsReport(asOf: date("2026-07-31"))
            .rows(for: value, schedule: VisitSchedule(settings: StoreSettings())).first)
        #expect(gapRow.due == date("2026-07-20"))
        #expect(gapRow.dueWhileUnallocated == date("2026-07-13"))
        #expect(gapRow.worker == nil)
        _ = try value.assign(Allocation(worker: "Ola Ade", from: date("2026-08-03")))
        let checks = CaseChecks(settings: StoreSettings()).checks(for: value, asOf: date("2026-08-10"))
        let many = try #require(checks.first { $0.kind == .manyWorkers })
        #expect(many.message.contains("3 social workers in twelve months (Hannah Cole, Sam Okafor and Ola Ade)"))
        let visit = try #require(agenda(value, "2026-08-10").first { $0.kind == .visit })
        #expect(visit.what.contains("due while nobody held the case (unallocated from 2026-07-13)"))
    }
}
