import CaseJourney
import Testing

/// Help that never arrives: the counsellor who did not turn up, the provider cancelling, the
/// service ending "due to funding", and help that stops the day the plan ends.
@Suite struct ServiceTests {
    private func family() throws -> Case {
        var value = Case(caseId: "EVA-05", familyName: "Evans")
        _ = try value.add(Person(id: "", name: "Lily Evans", role: .child, born: date("2022-04-17")))
        _ = try value.add(Person(id: "", name: "Gemma Evans", role: .mother, parentalResponsibility: true))
        _ = try value.assign(Allocation(worker: "Sam Okafor", from: date("2026-05-01")))
        _ = try value.startPlan(type: .childProtection, children: ["lily"], category: .emotional, on: date("2026-05-11"))
        _ = try value.referToService("Gemma", provider: "Eastfield Counselling", purpose: "Counselling after domestic abuse",
                                     on: date("2026-06-01"), by: "Sam")
        return value
    }

    private func agenda(_ value: Case, _ day: String) -> [DueItem] {
        Agenda(settings: StoreSettings(), asOf: date(day), within: 0).items(for: value)
    }

    @Test func aWaitIsTheProvidersAndSoAreTheSessionsItMissed() throws {
        var value = try family()
        let waiting = try #require(agenda(value, "2026-06-22").first { $0.kind == .serviceWaiting })
        #expect(waiting.who == "Eastfield Counselling")
        #expect(waiting.due == date("2026-06-15"))
        #expect(waiting.what.contains("the wait is the provider's"))
        _ = try value.updateService("sv1", ServiceUpdate(accepted: date("2026-06-20"), started: date("2026-07-06")))
        #expect(!agenda(value, "2026-07-07").contains { $0.kind == .serviceWaiting })
        _ = try value.recordServiceSession("sv1", on: date("2026-09-14"), outcome: .providerDidNotAttend, note: nil)
        _ = try value.recordServiceSession("sv1", on: date("2026-09-21"), outcome: .cancelledByProvider, note: "Counsellor ill")
        _ = try value.recordServiceSession("sv1", on: date("2026-09-28"), outcome: .missedByFamily, note: nil)
        let failure = try #require(agenda(value, "2026-10-01").first { $0.kind == .serviceProviderFailure })
        #expect(failure.what.contains("cancelled 1 session and did not come to 1"))
        #expect(failure.what.contains("never to be counted against the family"))

        let rows = ServiceProviderRow.rows(from: value.services, asOf: date("2026-10-01"), calendar: WorkingCalendar(region: .englandAndWales))
        #expect(rows.first?.cancelledByProvider == 1 && rows.first?.providerDidNotAttend == 1 && rows.first?.missedByFamily == 1)
        #expect(rows.first?.medianWorkingDaysToStart == 25)
    }

    @Test func helpThatStopsForFundingOrWithThePlanIsFlagged() throws {
        var value = try family()
        _ = try value.updateService("sv1", ServiceUpdate(accepted: date("2026-06-20"), started: date("2026-07-06")))
        _ = try value.updateService("sv1", ServiceUpdate(ended: date("2026-10-30"), endReason: .funding))
        let stopped = try #require(agenda(value, "2026-11-02").first { $0.kind == .helpStopping })
        #expect(stopped.what.contains("stopped: no funding on 2026-10-30, with nothing in its place"))
        _ = try value.referToService("Gemma", provider: "Women's Aid", purpose: "Counselling", on: date("2026-11-03"), by: "Sam")
        #expect(!agenda(value, "2026-11-04").contains { $0.kind == .helpStopping })

        // A plan that ends with help still running, and nobody has said whether it carries on.
        _ = try value.updateService("sv2", ServiceUpdate(accepted: date("2026-11-10"), started: date("2026-11-17")))
        _ = try value.endPlan(nil, on: date("2026-12-01"), reason: "Safe enough")
        let carries = try #require(agenda(value, "2026-12-02").first { $0.kind == .helpStopping })
        #expect(carries.what.contains("Say whether Women's Aid (Counselling) for Gemma carries on after plan-1 ends"))
        #expect(throws: CaseJourneyError.self) {
            try value.updateService("sv2", ServiceUpdate(ended: date("2026-11-01"), endReason: .completed))  // before it started
        }
    }
}

@Suite struct ServiceActionTests {
    @Test func anActionWaitingOnAServiceIsNeverShownAsTheFamilysFailing() throws {
        var value = Case(caseId: "BRO-02", familyName: "Brown")
        _ = try value.add(Person(id: "", name: "Maya Brown", role: .child, born: date("2013-02-11")))
        _ = try value.add(Person(id: "", name: "Leah Brown", role: .mother, parentalResponsibility: true))
        _ = try value.assign(Allocation(worker: "Ola Ade", from: date("2026-07-01")))
        _ = try value.startPlan(type: .childProtection, children: ["maya"], category: .emotional, on: date("2026-08-03"))
        _ = try value.addOutcome("Maya lives free from fear", plan: nil, on: date("2026-08-03"), by: "Ola", reason: nil)
        _ = try value.addAction("Leah will go to the Freedom Programme", outcome: "o1", owner: .member("Leah"), due: date("2026-11-20"),
                                on: date("2026-08-03"), by: "Ola", reason: nil)
        _ = try value.referToService("Leah", provider: "Westbury Freedom Programme", purpose: "The Freedom Programme",
                                     on: date("2026-08-10"), by: "Ola", actions: ["a1"])
        let row = try #require(Agenda(settings: StoreSettings(), asOf: date("2026-11-23"), within: 0).items(for: value)
            .first { $0.kind == .familyAction })
        #expect(row.what.contains("held up by the service, not the family: Westbury Freedom Programme has not started since the referral of 2026-08-10"))
        let document = try PlanSummaryBuilder(case: value, plan: nil, for: "Leah", settings: StoreSettings(), asOf: date("2026-11-23")).build()
        let text = SummaryTextRenderer.render(document).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("The service this needs has not given the help yet. That is not your doing."))
    }
}
