import CaseJourney
import Testing

/// A parent's request to correct a caution recorded as a conviction: it never goes nowhere.
@Suite struct CorrectionRequestTests {
    private func family() throws -> Case {
        var value = Case(caseId: "ASH-01", familyName: "Ashworth")
        _ = try value.add(Person(id: "", name: "Amy Ashworth", role: .child, born: date("2019-04-02")))
        _ = try value.add(Person(id: "", name: "Kim Ashworth", role: .mother, parentalResponsibility: true))
        _ = try value.assign(Allocation(worker: "Sam Okafor", from: date("2026-05-01")))
        _ = try value.startPlan(type: .childProtection, children: ["amy"], category: .neglect, on: date("2026-06-01"))
        _ = try value.addWorry("Kim has a conviction for assault", plan: nil, on: date("2026-06-01"), by: "Sam")
        return value
    }

    private func summary(_ value: Case, _ day: String) throws -> String {
        let document = try PlanSummaryBuilder(case: value, plan: nil, for: "Kim", settings: StoreSettings(), asOf: date(day)).build()
        return SummaryTextRenderer.render(document).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    @Test func anOpenRequestIsOnTheAgendaAndInTheParentsSummaryUntilItIsAnswered() throws {
        var value = try family()
        _ = try value.requestCorrection(of: "w1", from: "Kim", wrong: "It says I have a conviction", shouldSay: "It was a caution in 2019",
                                        on: date("2026-10-01"), by: "Sam")
        let row = try #require(Agenda(settings: StoreSettings(), asOf: date("2026-11-02"), within: 0).items(for: value)
            .first { $0.kind == .correctionRequest })
        #expect(row.due == date("2026-10-29"))  // 20 working days
        #expect(row.status == .overdue)
        #expect(try summary(value, "2026-11-02").contains("you asked us to correct “It says I have a conviction”. "
            + "You said it should say “It was a caution in 2019”. We have not answered yet."))

        // Accepting needs the record corrected first, after the request.
        #expect(throws: CaseJourneyError.self) {
            try value.answerCorrectionRequest("cr1", accepted: true, reason: "Done", on: date("2026-11-02"), by: "Sam")
        }
        _ = try value.reword("w1", text: "Kim was cautioned for assault in 2019", reason: "Kim asked (cr1): it was a caution",
                             by: "Sam", on: date("2026-11-03"))
        _ = try value.answerCorrectionRequest("cr1", accepted: true, reason: "Reworded as Kim asked", on: date("2026-11-03"), by: "Sam")
        #expect(value.correctionRequests[0].answer?.correctedOn == date("2026-11-03"))
        #expect(!Agenda(settings: StoreSettings(), asOf: date("2026-11-04"), within: 0).items(for: value).contains { $0.kind == .correctionRequest })
        #expect(try summary(value, "2026-11-04").contains("We agreed and corrected it on 3 November 2026."))
    }

    @Test func aVisitCorrectedByAReplacementCanHaveItsRequestAccepted() throws {
        var value = try family()
        _ = try value.logVisit(VisitRecord(date: date("2026-10-20"), by: "Sam Okafor", seen: ["amy"]), today: date("2026-10-20"))
        _ = try value.requestCorrection(of: "v1", from: "Kim", wrong: "It says Amy was seen", shouldSay: "Amy was at nursery",
                                        on: date("2026-11-02"), by: "Sam")
        #expect(throws: CaseJourneyError.self) {
            try value.answerCorrectionRequest("cr1", accepted: true, reason: "Done", on: date("2026-11-03"), by: "Sam")
        }
        _ = try value.amendVisit("v1", with: VisitCorrection(notSeen: [("amy", "at nursery")]), reason: "Kim asked (cr1)",
                                 today: date("2026-11-03"))
        _ = try value.answerCorrectionRequest("cr1", accepted: true, reason: "Amy was at nursery", on: date("2026-11-03"), by: "Sam")
        // The replacement keeps the visit's day; the correction was made by the answer.
        #expect(value.correctionRequests[0].answer?.correctedOn == date("2026-11-03"))
        #expect(try summary(value, "2026-11-04").contains("We agreed and corrected it on 3 November 2026."))
    }

    @Test func aWithdrawnAmendmentDoesNotCountAsTheCorrection() throws {
        var value = try family()
        _ = try value.logVisit(VisitRecord(date: date("2026-10-20"), by: "Sam Okafor", seen: ["amy"]), today: date("2026-10-20"))
        _ = try value.requestCorrection(of: "v1", from: "Kim", wrong: "It says Amy was seen", shouldSay: "Amy was at nursery",
                                        on: date("2026-11-02"), by: "Sam")
        _ = try value.amendVisit("v1", with: VisitCorrection(notSeen: [("amy", "at nursery")]), reason: "Kim asked", today: date("2026-11-03"))
        _ = try value.withdrawRecord("v2", reason: "Amended the wrong visit", by: "Sam", on: date("2026-11-03"), allowed: [.visit])
        #expect(throws: CaseJourneyError.self) {
            try value.answerCorrectionRequest("cr1", accepted: true, reason: "Done", on: date("2026-11-03"), by: "Sam")
        }
        // The visit can be amended again, and then the request accepted.
        _ = try value.amendVisit("v1", with: VisitCorrection(notSeen: [("amy", "at nursery")]), reason: "Kim asked", today: date("2026-11-04"))
        _ = try value.answerCorrectionRequest("cr1", accepted: true, reason: "Amy was at nursery", on: date("2026-11-04"), by: "Sam")
        // Once Kim has been told it is corrected, the correction is not withdrawn behind her back.
        let message = usageMessage {
            _ = try value.withdrawRecord("v3", reason: "Changed my mind", by: "Sam", on: date("2026-11-05"), allowed: [.visit])
        }
        #expect(message?.contains("request cr1 was accepted") == true)
    }

    @Test func aRequestAboutAVisitAlreadyAmendedIsMadeAboutTheAmendment() throws {
        var value = try family()
        _ = try value.logVisit(VisitRecord(date: date("2026-10-20"), by: "Sam Okafor", seen: ["amy"]), today: date("2026-10-20"))
        _ = try value.amendVisit("v1", with: VisitCorrection(seenAlone: ["amy"]), reason: "Seen alone too", today: date("2026-10-21"))
        let message = usageMessage {
            _ = try value.requestCorrection(of: "v1", from: "Kim", wrong: "It says Amy was seen", shouldSay: "Amy was at nursery",
                                            on: date("2026-11-02"), by: "Sam")
        }
        #expect(message?.contains("already corrected by v2") == true)
        _ = try value.requestCorrection(of: "v2", from: "Kim", wrong: "It says Amy was seen", shouldSay: "Amy was at nursery",
                                        on: date("2026-11-02"), by: "Sam")
        #expect(throws: CaseJourneyError.self) {
            try value.answerCorrectionRequest("cr1", accepted: true, reason: "Done", on: date("2026-11-03"), by: "Sam")
        }
    }

    @Test func aDeclinedRequestTellsTheParentWhyAndWhatTheyCanDo() throws {
        var value = try family()
        _ = try value.requestCorrection(of: "w1", from: "Kim", wrong: "It says I have a conviction", shouldSay: "It was a caution",
                                        on: date("2026-10-01"), by: "Sam")
        #expect(throws: CaseJourneyError.self) {
            try value.answerCorrectionRequest("cr1", accepted: false, reason: " ", on: date("2026-10-05"), by: "Sam")
        }
        _ = try value.answerCorrectionRequest("cr1", accepted: false, reason: "The court record shows a conviction", on: date("2026-10-05"), by: "Sam")
        let text = try summary(value, "2026-10-06")
        #expect(text.contains("We did not change it. Why: “The court record shows a conviction”"))
        #expect(text.contains("you can ask the team manager to look again, or complain"))
        #expect(throws: CaseJourneyError.self) {
            try value.requestCorrection(of: "w9", from: "Kim", wrong: "x", shouldSay: "y", on: date("2026-10-01"), by: "Sam")
        }
    }
}
