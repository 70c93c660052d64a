import CaseJourney
import Testing

/// A written agreement with no end: signed at a conference, no check-ins, a request to attend a
/// nursery event that takes days to answer, still in force after the plan stepped down.
@Suite struct AgreementTests {
    private func family() throws -> Case {
        var value = Case(caseId: "DAV-04", familyName: "Davies")
        _ = try value.add(Person(id: "", name: "Ellie Davies", role: .child, born: date("2021-03-23")))
        _ = try value.add(Person(id: "", name: "Rhian Davies", role: .mother, parentalResponsibility: true))
        _ = try value.add(Person(id: "", name: "Gareth Davies", role: .father, livesInHousehold: false, parentalResponsibility: true))
        _ = try value.assign(Allocation(worker: "Sam Okafor", from: date("2025-01-06")))
        _ = try value.startPlan(type: .childProtection, children: ["ellie"], category: .neglect, on: date("2025-03-10"))
        _ = try value.makeAgreement(terms: ["Gareth lives away from the family home", "Gareth sees Ellie two hours a day, supervised"],
                                    agreedBy: ["Rhian", "Gareth"], signed: date("2025-03-10"), plan: nil, checkIns: [date("2025-06-09")],
                                    milestones: ["Gareth finishes the parenting course"], by: "Sam")
        return value
    }

    private func agenda(_ value: Case, _ day: String) -> [DueItem] {
        Agenda(settings: StoreSettings(), asOf: date(day), within: 0).items(for: value)
    }

    @Test func checkInsAndRequestsForPermissionAreDueAndAnAgreementNeedsAReasonToOutliveItsPlan() throws {
        var value = try family()
        let checkIn = try #require(agenda(value, "2025-06-11").first { $0.kind == .agreementCheckIn && $0.due != nil })
        #expect(checkIn.due == date("2025-06-09") && checkIn.status == .overdue)
        _ = try value.updateAgreement("wa1", setCheckIn: nil, held: date("2025-06-09"), missed: nil, reason: nil, milestone: nil,
                                      reached: nil, end: nil, keptBecause: nil)
        #expect(agenda(value, "2025-06-11").contains { $0.kind == .agreementCheckIn && $0.what.contains("no check-in to come") })

        _ = try value.askPermission("wa1", from: "Gareth", what: "Come to Ellie's nursery nativity", on: date("2025-12-01"))
        let request = try #require(agenda(value, "2025-12-05").first { $0.kind == .permissionRequest })
        #expect(request.due == date("2025-12-03"))
        #expect(request.status == .overdue)
        _ = try value.answerPermission("wa1", request: "pr1", granted: true, reason: "Rhian agrees; Sam will be there", on: date("2025-12-05"))
        #expect(!agenda(value, "2025-12-05").contains { $0.kind == .permissionRequest })

        _ = try value.endPlan(nil, on: date("2026-05-11"), reason: "Stepped down")
        #expect(agenda(value, "2026-07-01").contains { $0.kind == .agreementOutlivesPlan })
        _ = try value.updateAgreement("wa1", setCheckIn: date("2026-08-03"), held: nil, missed: nil, reason: nil, milestone: nil, reached: nil,
                                      end: nil, keptBecause: "The child in need plan relies on it until Gareth finishes the course")
        #expect(!agenda(value, "2026-07-01").contains { $0.kind == .agreementOutlivesPlan })
    }

    @Test func theParentSummaryListsTheTermsTheNextCheckInAndTheSteps() throws {
        var value = try family()
        _ = try value.updateAgreement("wa1", setCheckIn: date("2025-09-08"), held: nil, missed: nil, reason: nil, milestone: nil, reached: nil,
                                      end: nil, keptBecause: nil)
        let document = try PlanSummaryBuilder(case: value, plan: nil, for: "Gareth", settings: StoreSettings(), asOf: date("2025-07-01")).build()
        let text = SummaryTextRenderer.render(document).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("You signed a written agreement on Monday 10 March 2025. It says:"))
        #expect(text.contains("“Gareth sees Ellie two hours a day, supervised”"))
        #expect(text.contains("The next check-in, to look at the agreement again with you, is on Monday 8 September 2025."))
        #expect(text.contains("“Gareth finishes the parenting course”. Not reached yet."))
    }

    @Test func anAgreementWithNoCheckInSaysTheParentCanAskForOne() throws {
        var value = try family()
        _ = try value.updateAgreement("wa1", setCheckIn: nil, held: nil, missed: date("2025-06-09"), reason: "Worker off sick", milestone: nil,
                                      reached: nil, end: nil, keptBecause: nil)
        let document = try PlanSummaryBuilder(case: value, plan: nil, for: "Rhian", settings: StoreSettings(), asOf: date("2025-07-01")).build()
        let text = SummaryTextRenderer.render(document).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("No check-in is set to look at the agreement again. You can ask for one, and ask when it could end."))
        #expect(throws: CaseJourneyError.self) {
            try value.updateAgreement("wa1", setCheckIn: nil, held: date("2025-07-07"), missed: nil, reason: nil, milestone: nil, reached: nil,
                                      end: nil, keptBecause: nil)
        }
    }
}
