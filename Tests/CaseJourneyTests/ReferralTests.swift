import CaseJourney
import Foundation
import Testing

/// Referrals, assessments and section 47 enquiries: recorded at their dates, shown to a manager,
/// explained to a parent, and sent in the Children in Need census.
@Suite struct ReferralTests {
    /// The Ashworth family, referred by the school on Monday 11 May 2026.
    private func referred() throws -> Case {
        var value = try planFamily()
        _ = try value.addReferral(on: date("2026-05-11"), children: ["Amy", "Ben"], source: .school, referrer: "Millbrook Primary",
                                  reason: "Amy arrives hungry", primaryNeed: nil, by: "Sam Okafor")
        return value
    }

    @Test func aChildReferredAgainWithinTwelveMonthsIsARereferralAndLaterIsNot() throws {
        var value = try referred()
        let first = value.referrals[0]
        // While the first episode runs, a second referral is part of it, not a new one.
        #expect(usageMessage { _ = try value.addReferral(on: date("2026-06-01"), children: ["Amy"], source: .police, referrer: nil,
                                                         reason: "Police call", primaryNeed: nil, by: "Sam") }?.contains("still open") == true)
        _ = try value.decideReferral(first.id, .advice, on: date("2026-05-12"), primaryNeed: nil, by: "Sam")
        let line = try value.addReferral(on: date("2027-02-01"), children: ["Amy"], source: .police, referrer: nil, reason: "Police call",
                                         primaryNeed: .abuseOrNeglect, by: "Sam Okafor")
        #expect(line.contains("Amy was referred before, on 2026-05-11 (\(first.id)): a re-referral"))
        #expect(value.reReferrals(of: "amy").map(\.id) == [value.referrals[1].id])
        #expect(value.reReferrals(of: "ben").isEmpty)
        _ = try value.addReferral(on: date("2028-06-01"), children: ["Ben"], source: .selfReferral, referrer: nil, reason: "Kim asked for help",
                                  primaryNeed: .abuseOrNeglect, by: "Sam Okafor")
        #expect(value.reReferrals(of: "ben").isEmpty, "two years apart is not a re-referral")
        // A self-referral is from the family, and a referral must name a child of the case.
        #expect(value.referrals.last!.isFromFamily)
        #expect(usageMessage { _ = try value.addReferral(on: date("2026-06-01"), children: ["Kim"], source: .school, referrer: nil,
                                                         reason: "x", primaryNeed: nil, by: "Sam") } != nil)
    }

    @Test func aDecisionIsMadeOnceAndAnAssessmentNeedsThePrimaryNeed() throws {
        var value = try referred()
        let id = value.referrals[0].id
        #expect(usageMessage { _ = try value.decideReferral(id, .assessment, on: date("2026-05-12"), primaryNeed: nil, by: "Sam") }?
            .contains("primary need code") == true)
        _ = try value.decideReferral(id, .assessment, on: date("2026-05-12"), primaryNeed: .abuseOrNeglect, by: "Sam")
        #expect(usageMessage { _ = try value.decideReferral(id, .noFurtherAction, on: date("2026-05-13"), primaryNeed: nil, by: "Sam") }?
            .contains("`cj referral correct") == true)
        let corrected = try value.correctReferral(id, ReferralCorrection(primaryNeed: .acuteStress), reason: "Misread the form", by: "Ruth", on: date("2026-05-14"))
        #expect(corrected.contains("primary need"))
        #expect(value.referrals[0].primaryNeed == .acuteStress && value.referrals[0].corrections?.count == 1)
    }

    @Test func anAssessmentRunsFromItsStartToAManagersAuthorisationWithTheCensusFactors() throws {
        var value = try referred()
        let referral = value.referrals[0].id
        _ = try value.decideReferral(referral, .assessment, on: date("2026-05-11"), primaryNeed: .abuseOrNeglect, by: "Sam")
        _ = try value.startAssessment(referral, on: date("2026-05-12"), by: "Sam")
        let id = value.assessments[0].id
        #expect(usageMessage { _ = try value.startAssessment(referral, on: date("2026-05-13"), by: "Sam") }?.contains("not finished") == true)
        #expect(usageMessage { _ = try value.completeAssessment(id, on: date("2026-06-19"), factors: ["3B", "21"], by: "Ruth") }?
            .contains("give it alone") == true)
        #expect(usageMessage { _ = try value.completeAssessment(id, on: date("2026-06-19"), factors: ["99Z"], by: "Ruth") }?
            .contains("not a census factor code") == true)
        #expect(usageMessage { _ = try value.completeAssessment(id, on: date("2026-05-01"), factors: ["3b"], by: "Ruth") } != nil)
        _ = try value.completeAssessment(id, on: date("2026-06-19"), factors: ["3b", "10A"], by: "Ruth")
        #expect(value.assessments[0].factors == ["3B", "10A"])
        // RC8 says nothing followed the assessment, but a plan did; and a plan still open keeps the episode open.
        #expect(usageMessage { _ = try value.closeReferral(referral, on: date("2026-07-01"), reason: .closedAfterAssessment, by: "Ruth") }?
            .contains("plan-1 followed it") == true)
        #expect(usageMessage { _ = try value.closeReferral(referral, on: date("2026-07-01"), reason: .servicesEnded, by: "Ruth") }?
            .contains("still open") == true)
    }

    @Test func closingAfterAssessmentNeedsAnAssessment() throws {
        var value = try referred()
        let referral = value.referrals[0].id
        _ = try value.decideReferral(referral, .noFurtherAction, on: date("2026-05-11"), primaryNeed: nil, by: "Sam")
        #expect(usageMessage { _ = try value.closeReferral(referral, on: date("2026-05-12"), reason: .closedAfterAssessment, by: "Sam") }?
            .contains("no completed assessment") == true)
        #expect(usageMessage { _ = try value.startAssessment(referral, on: date("2026-05-12"), by: "Sam") }?.contains("no further action") == true)
    }

    @Test func theAgendaShowsAReferralWaitingForADecisionAndALateAssessmentWithItsTimescale() throws {
        var value = try referred()
        let referral = value.referrals[0].id
        let waiting = Agenda(settings: StoreSettings(), asOf: date("2026-05-13"), within: 0).items(for: value)
        let decide = try #require(waiting.first { $0.kind == .referralDecision })
        #expect(decide.due == date("2026-05-12") && decide.status == .overdue)
        _ = try value.decideReferral(referral, .assessment, on: date("2026-05-13"), primaryNeed: .abuseOrNeglect, by: "Sam")
        _ = try value.startAssessment(referral, on: date("2026-05-13"), by: "Sam")
        let late = Agenda(settings: StoreSettings(), asOf: date("2026-07-20"), within: 0).items(for: value)
        #expect(!late.contains { $0.kind == .referralDecision })
        let assessment = try #require(late.first { $0.kind == .assessment })
        // 45 working days from the referral on Monday 11 May, past the late May bank holiday.
        #expect(assessment.due == date("2026-07-14") && assessment.status == .overdue)
        // A longer timescale for this case, with its reason, moves the day and says why.
        _ = try value.setMeetingExpectation(.assessment, plan: nil, interval: Interval(count: 60, unit: .workingDays),
                                            reason: "Interpreter needed for every session", by: "Ruth Bell", on: date("2026-05-14"))
        let extended = try #require(Agenda(settings: StoreSettings(), asOf: date("2026-07-20"), within: 15).items(for: value).first { $0.kind == .assessment })
        #expect(extended.due == date("2026-08-04") && extended.what.contains("Interpreter needed"))
    }

    @Test func anEnquiryThatFoundNothingIsExplainedAndNeverAWorry() throws {
        var value = try planFamily()
        _ = try value.recordStrategyDiscussion(on: date("2026-02-10"), section47Enquiry: true, note: "Anonymous call", by: "Sam")
        _ = try value.recordStrategyOutcome(value.strategyDiscussions[0].id, outcome: .noFurtherAction, on: date("2026-02-20"), note: nil, by: "Sam")
        let document = try PlanSummaryBuilder(case: value, plan: nil, for: "Kim", settings: StoreSettings(), asOf: date("2026-07-01")).build()
        let checks = try #require(document.sections.first { $0.heading.hasPrefix("Checks about") })
        let text = checks.blocks.flatMap(\.texts).map(\.allText).joined(separator: " ")
        #expect(text.contains("Checks from 10 February 2026 to 20 February 2026 found no need for a child protection conference"))
        #expect(text.contains("not a worry in this plan"))
        let worries = try #require(document.sections.first { $0.heading == "Why there is a plan" })
        #expect(!worries.blocks.flatMap(\.texts).map(\.allText).joined().contains("February"))
        // The note of the discussion is for the team only.
        #expect(!document.allText.contains("Anonymous call"))
    }

    @Test func aUniquePupilNumberIsCheckedAsTheDepartmentChecksIt() {
        // Characters 2 to 13 weighted 2 to 13, summed, modulo 23, as a letter without I, O or S:
        // for 201 0001 26 001 the sum is 107, which leaves 15, the letter R.
        #expect((try? UPN.checked(" r201000126001 ")) == "R201000126001")
        #expect(usageMessage { _ = try UPN.checked("R2010001260011") }?.contains("13 characters") == true)
        #expect(usageMessage { _ = try UPN.checked("A201000126001") }?.contains("check letter should be R") == true)
        #expect(usageMessage { _ = try UPN.checked("R2010001X6001") }?.contains("digits") == true)
        // 999 is no authority's code in the UPN guide.
        #expect(usageMessage { _ = try UPN.checked("A999000126001") }?.contains("\"999\"") == true)
    }

    @Test func theCensusSendsEachEpisodeWithItsEnquiryConferenceAndPlanAndLeavesOutWhatItCannotSend() throws {
        var value = try planFamily()
        var amy = value.people[0]
        amy.disabilities = [.none]
        value.people[0] = amy
        _ = try value.addReferral(on: date("2026-06-01"), children: ["Amy", "Ben"], source: .healthVisitor, referrer: nil,
                                  reason: "Underweight", primaryNeed: .abuseOrNeglect, by: "Sam")
        _ = try value.decideReferral(value.referrals[0].id, .assessment, on: date("2026-06-01"), primaryNeed: nil, by: "Sam")
        _ = try value.recordStrategyDiscussion(on: date("2026-06-02"), section47Enquiry: true, note: nil, by: "Sam")
        _ = try value.recordConference(nil, kind: .initial, date: date("2026-06-22"), plan: nil, ConferenceRecord(chair: "Ann Lee", decision: .start))
        var settings = StoreSettings()
        settings.laCode = "999"
        let census = try CINCensus(year: try #require(CensusYear("2026-27")), asOf: date("2026-07-01"), settings: settings)
        let (children, leftOut) = census.children(in: value)
        // Ben has no disability recorded, not even none: he is left out, and the reason says how to fix it.
        #expect(children.count == 1 && children[0].episodes == 1)
        #expect(leftOut.map(\.child) == ["Ben Ashworth"] && leftOut[0].reason.contains("--disability-code NONE"))
        let xml = census.document(children: children.map(\.element))
        #expect(xml.contains("<LAchildID>ASH01amy</LAchildID>"))
        #expect(xml.contains("<S47ActualStartDate>2026-06-02</S47ActualStartDate>"))
        #expect(xml.contains("<InitialCPCtarget>2026-06-23</InitialCPCtarget>"))
        #expect(xml.contains("<CPPstartDate>2026-06-22</CPPstartDate>") && xml.contains("<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>"))
        #expect(xml.contains("<ReferralNFA>false</ReferralNFA>") && xml.contains("<Sex>U</Sex>"))
        #expect(CINCensus.childID(caseId: "SOUTHWARK-FAMILY-0001", person: "alexander-2").count == 20)
    }

    @Test func aChildWhoseRecordsTheRulesWouldRefuseIsLeftOutWithTheReasonNotSentWrong() throws {
        var value = try planFamily()
        for index in value.people.indices where value.people[index].isChild { value.people[index].disabilities = [.none] }
        _ = try value.addReferral(on: date("2026-06-01"), children: ["Amy", "Ben"], source: .school, referrer: nil, reason: "x",
                                  primaryNeed: nil, by: "Sam")
        // Decided as no further action, the episode ended that day: the plan three weeks later
        // followed no referral the return can show, so the decision must be put right first.
        _ = try value.decideReferral(value.referrals[0].id, .noFurtherAction, on: date("2026-06-01"), primaryNeed: nil, by: "Sam")
        var settings = StoreSettings()
        settings.laCode = "999"
        let census = try CINCensus(year: try #require(CensusYear("2026-27")), asOf: date("2026-07-01"), settings: settings)
        let first = census.children(in: value)
        #expect(first.children.isEmpty)
        #expect(first.leftOut.count == 2 && first.leftOut.allSatisfy { $0.reason.contains("plan plan-1 started on 2026-06-22, outside any referral's episode") })
        _ = try value.correctReferral(value.referrals[0].id, ReferralCorrection(primaryNeed: .abuseOrNeglect, decision: .assessment),
                                      reason: "It went on to an assessment", by: "Ruth", on: date("2026-06-02"))
        // Now the plan started with no initial conference that day.
        #expect(census.children(in: value).leftOut.first?.reason.contains("no initial conference held that day") == true)
        _ = try value.recordConference(nil, kind: .initial, date: date("2026-06-22"), plan: nil, ConferenceRecord(chair: "Ann Lee", decision: .start))
        #expect(census.children(in: value).children.count == 2)
        // Across the store: ids that would read the same are made distinct, and a shared UPN leaves both out.
        var other = value
        other.caseId = "ASH01"
        let merged = CINCensus.acrossTheStore(census.children(in: value).children + census.children(in: other).children)
        let ids = merged.children.map { $0.element.children[0].children[0].text! }
        #expect(Set(ids).count == 4 && ids.allSatisfy { $0.count <= 20 })
        var withUPN = census.children(in: value).children
        withUPN[0].upn = "R201000126001"
        withUPN[1].upn = "R201000126001"
        let shared = CINCensus.acrossTheStore(withUPN)
        #expect(shared.children.isEmpty && shared.leftOut.count == 2 && shared.leftOut[0].reason.contains("same unique pupil number"))
    }

    @Test func validateNamesFactorsAndPupilNumbersAHandEditBroke() throws {
        var value = try referred()
        _ = try value.decideReferral(value.referrals[0].id, .assessment, on: date("2026-05-11"), primaryNeed: .abuseOrNeglect, by: "Sam")
        _ = try value.startAssessment(value.referrals[0].id, on: date("2026-05-12"), by: "Sam")
        value.assessments[0].authorised = date("2026-06-01")
        value.assessments[0].factors = ["21", "3A"]
        value.people[0].upn = "A123"
        value.people[0].disabilities = [.none, .mobility]
        let problems = CaseValidator.problems(in: value, expectedCaseID: "ASH-01").map(\.description).joined(separator: "\n")
        #expect(problems.contains("assessments[0].factors") && problems.contains("21 (no factors) alone"))
        #expect(problems.contains("people[0].upn") && problems.contains("people[0].disabilities"))
    }
}
