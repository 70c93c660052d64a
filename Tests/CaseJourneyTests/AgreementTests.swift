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

/// What a second trial found: each signatory reads the agreement, only the asker reads a request,
/// and answers and endings stay in order.
@Suite struct AgreementAndRequestRulesTests {
    @Test func bothSignatoriesReadTheAgreementAndOnlyTheAskerReadsTheirRequest() throws {
        var value = Case(caseId: "BRO-02", familyName: "Brown")
        _ = try value.add(Person(id: "", name: "Maya Brown", role: .child, born: date("2013-02-11")))
        _ = try value.add(Person(id: "", name: "Leah Brown", role: .mother, parentalResponsibility: true))
        _ = try value.add(Person(id: "", name: "Marcus Brown", role: .father, livesInHousehold: false, parentalResponsibility: true))
        _ = try value.startPlan(type: .childProtection, children: ["maya"], category: .emotional, on: date("2026-08-03"))
        _ = try value.makeAgreement(terms: ["Marcus lives away from the family home"], agreedBy: ["Leah", "Marcus"], signed: date("2026-08-03"),
                                    plan: nil, checkIns: [date("2026-12-14")], milestones: [], by: "Ola")
        _ = try value.askPermission("wa1", from: "Marcus", what: "Come to the carol concert", on: date("2026-11-18"))
        func summary(_ reader: String) throws -> String {
            let document = try PlanSummaryBuilder(case: value, plan: nil, for: reader, settings: StoreSettings(), asOf: date("2026-11-23")).build()
            return SummaryTextRenderer.render(document).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        }
        let leah = try summary("Leah"), marcus = try summary("Marcus")
        #expect(leah.contains("Marcus lives away from the family home") && marcus.contains("Marcus lives away from the family home"))
        #expect(marcus.contains("Come to the carol concert"))
        #expect(!leah.contains("Come to the carol concert"))
    }

    @Test func aRequestIsAcceptedOnlyForACorrectionMadeAfterIt() throws {
        var value = Case(caseId: "ASH-01", familyName: "Ashworth")
        _ = try value.add(Person(id: "", name: "Amy Ashworth", role: .child, born: date("2019-04-02")))
        _ = try value.add(Person(id: "", name: "Kim Ashworth", role: .mother, parentalResponsibility: true))
        _ = try value.startPlan(type: .childProtection, children: ["amy"], category: .neglect, on: date("2026-06-01"))
        _ = try value.addWorry("Kim has a conviction", plan: nil, on: date("2026-06-01"), by: "Sam")
        _ = try value.reword("w1", text: "Kim has a conviction for assault", reason: "Typo", by: "Sam", on: date("2026-11-02"))
        _ = try value.requestCorrection(of: "w1", from: "Kim", wrong: "A conviction", shouldSay: "A caution", on: date("2026-11-02"), by: "Sam")
        #expect(throws: CaseJourneyError.self) {
            try value.answerCorrectionRequest("cr1", accepted: true, reason: "Done", on: date("2026-11-02"), by: "Sam")
        }
        #expect(throws: CaseJourneyError.self) {
            try value.requestCorrection(of: "cr1", from: "Kim", wrong: "x", shouldSay: "y", on: date("2026-11-02"), by: "Sam")
        }
    }

    @Test func noSessionAfterAServiceEndedAndNoChildsPack() throws {
        var value = Case(caseId: "EVA-05", familyName: "Evans")
        _ = try value.add(Person(id: "", name: "Noah Evans", role: .child, born: date("2018-11-02")))
        _ = try value.add(Person(id: "", name: "Gemma Evans", role: .mother, parentalResponsibility: true))
        _ = try value.startPlan(type: .childProtection, children: ["noah"], category: .emotional, on: date("2026-05-11"))
        _ = try value.referToService("Gemma", provider: "Eastfield Counselling", purpose: "Counselling", on: date("2026-06-01"), by: "Sam")
        _ = try value.recordServiceSession("sv1", on: date("2026-07-06"), outcome: .held, note: nil)
        #expect(throws: CaseJourneyError.self) { try value.updateService("sv1", ServiceUpdate(ended: date("2026-07-01"), endReason: .completed)) }
        #expect(throws: CaseJourneyError.self) { try value.updateService("sv1", ServiceUpdate(ended: date("2026-10-30"), endReason: .planEnded)) }
        _ = try value.updateService("sv1", ServiceUpdate(ended: date("2026-10-30"), endReason: .funding))
        #expect(throws: CaseJourneyError.self) { try value.recordServiceSession("sv1", on: date("2026-11-05"), outcome: .missedByFamily, note: nil) }
        _ = try value.scheduleConference(.review, on: date("2026-12-07"), plan: nil, chair: nil, invited: [])
        #expect(throws: CaseJourneyError.self) {
            try ConferencePack(case: value, conference: "c1", for: "Noah", settings: StoreSettings(), asOf: date("2026-11-23"))
        }
    }
}

/// Nothing recorded is overwritten unseen.
@Suite struct NothingOverwrittenTests {
    @Test func aServiceDateIsNotOverwrittenAndAttendanceRecordedAgainKeepsTheFirst() throws {
        var value = Case(caseId: "EVA-05", familyName: "Evans")
        _ = try value.add(Person(id: "", name: "Noah Evans", role: .child, born: date("2018-11-02")))
        _ = try value.add(Person(id: "", name: "Gemma Evans", role: .mother, parentalResponsibility: true))
        _ = try value.startPlan(type: .childProtection, children: ["noah"], category: .emotional, on: date("2026-05-11"))
        _ = try value.referToService("Gemma", provider: "Eastfield Counselling", purpose: "Counselling", on: date("2026-06-01"), by: "Sam")
        _ = try value.updateService("sv1", ServiceUpdate(accepted: date("2026-06-20")))
        #expect(throws: CaseJourneyError.self) { try value.updateService("sv1", ServiceUpdate(accepted: date("2026-06-25"))) }
        #expect(value.services[0].accepted == date("2026-06-20"))

        _ = try value.recordConference(nil, kind: .review, date: date("2026-08-10"), plan: nil,
                                       ConferenceRecord(recommendation: .continue, decision: .continue))
        _ = try value.recordAttendance(conference: "c1", "Gemma", status: .didNotAttend, reason: .illness, reasonText: nil, left: nil,
                                       viewsSent: true, helpedBy: nil, by: "Sam", today: date("2026-08-11"))
        _ = try value.recordAttendance(conference: "c1", "Gemma", status: .attended, reason: nil, reasonText: nil, left: nil,
                                       viewsSent: nil, helpedBy: nil, by: "Sam", today: date("2026-08-12"))
        let correction = try #require(value.conferences[0].corrections?.last)
        #expect(correction.changes.first?.was == "did not attend (ill); views sent")
        #expect(correction.changes.first?.now == "attended")
    }
}
