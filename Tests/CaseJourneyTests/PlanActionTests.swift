import CaseJourney
import Testing

@Suite struct PlanActionTests {
    @Test func anActionOnThePlansFirstDayNeedsNoReason() throws {
        var value = try planFamily()
        let id = try value.addTestAction("Kim will make breakfast before school", owner: .member("Kim"), due: "2026-07-31")
        let action = try #require(value.actions.first { $0.id == id })
        #expect(action.current.owners == [.person("kim")])
        #expect(action.current.status == .open)
        #expect(CaseValidator.problems(in: value).isEmpty)
    }

    @Test func anActionAddedAfterThePlanStartedWithoutAReasonIsRefused() throws {
        var value = try planFamily()
        let message = usageMessage {
            _ = try value.addAction("Kim will attend a parenting course", outcome: "o1", owner: .member("Kim"),
                                    due: date("2026-09-30"), on: date("2026-08-10"), by: "Sam Okafor", reason: "  ")
        }
        #expect(message?.contains("needs a reason") == true)
        #expect(value.actions.isEmpty)
        _ = try value.addAction("Kim will attend a parenting course", outcome: "o1", owner: .member("Kim"),
                                due: date("2026-09-30"), on: date("2026-08-10"), by: "Sam Okafor", reason: "Agreed at the core group")
        #expect(value.actions.last?.history.first?.reason == "Agreed at the core group")
    }

    @Test func changingDeferringAndDroppingEachNeedAReasonAfterTheStart() throws {
        var value = try planFamily()
        let id = try value.addTestAction("Northtown Housing will repair the heating", owner: .agency("Northtown Housing"), due: "2026-09-30")
        #expect(usageMessage { _ = try value.deferAction(id, to: date("2026-11-13"), on: date("2026-09-28"), by: "Sam", reason: nil) } != nil)
        #expect(usageMessage { _ = try value.changeAction(id, text: "Fit a new boiler", owners: nil, due: nil, on: date("2026-09-28"),
                                                          by: "Sam", reason: "") } != nil)
        #expect(usageMessage { _ = try value.dropAction(id, on: date("2026-09-28"), by: "Sam", reason: nil) } != nil)
        #expect(value.actions[0].history.count == 1)
        // Marking an action done needs no reason.
        _ = try value.completeAction(id, on: date("2026-09-28"), by: "Sam", note: nil)
        #expect(value.actions[0].current.status == .done)
    }

    @Test func everyEventIsKeptAndTheStateIsWorkedOutInDateOrder() throws {
        var value = try planFamily()
        let id = try value.addTestAction("Priya will weigh Ben weekly", owner: .member("Priya"), due: "2026-07-31")
        _ = try value.deferAction(id, to: date("2026-08-31"), on: date("2026-07-20"), by: "Sam", reason: "Priya on leave")
        _ = try value.changeAction(id, text: nil, owners: [.member("Kim")], due: nil, on: date("2026-08-03"), by: "Sam",
                                   reason: "Kim now takes Ben to the clinic")
        // Recorded late, dated earlier: it still slots in by date.
        _ = try value.changeAction(id, text: "Ben is weighed every week", owners: nil, due: nil, on: date("2026-07-25"), by: "Sam",
                                   reason: "Clearer wording")
        let action = value.actions[0]
        #expect(action.history.map(\.kind) == [.added, .deferred, .changed, .changed])
        #expect(action.current.owners == [.person("kim")])
        #expect(action.current.text == "Ben is weighed every week")
        #expect(action.current.due == date("2026-08-31"))
        #expect(action.current.status == .changed)
        #expect(action.state(on: date("2026-07-21"))?.status == .deferred)
        #expect(action.state(on: date("2026-07-21"))?.owners == [.professional("priya")])
        #expect(action.state(on: date("2026-06-21")) == nil)
    }

    @Test func deferringMustMoveTheDateLaterAndOnlyLiveActionsCanBeDone() throws {
        var value = try planFamily()
        let id = try value.addTestAction("Kim will keep a cot ready", owner: .member("Kim"), due: "2026-07-06")
        #expect(usageMessage { _ = try value.deferAction(id, to: date("2026-07-01"), on: date("2026-06-22"), by: "Sam", reason: nil) }?
            .contains("later") == true)
        _ = try value.dropAction(id, on: date("2026-06-22"), by: "Sam", reason: nil)
        #expect(usageMessage { _ = try value.completeAction(id, on: date("2026-07-01"), by: "Sam", note: nil) }?.contains("dropped") == true)
    }

    @Test func anOwnerMustBeSomeoneInTheCaseOrANamedAgency() throws {
        var value = try planFamily()
        #expect(usageMessage { _ = try value.addTestAction("Zoe will help", owner: .member("Zoe"), due: "2026-07-06") }?
            .contains("Priya Shah (priya)") == true)
        #expect(usageMessage { _ = try value.addTestAction("Help", owner: .agency(" "), due: "2026-07-06") } != nil)
        let id = try value.addTestAction("Check the boiler", owner: .agency("Northtown Housing"), due: "2026-07-06")
        #expect(value.name(of: value.actions.first { $0.id == id }!.current.owners) == "Northtown Housing")
    }

    @Test func theValidatorRefusesAHandWrittenChangeWithoutAReason() throws {
        var value = try planFamily()
        _ = try value.addTestAction("Kim will make breakfast", owner: .member("Kim"), due: "2026-07-31")
        value.actions[0].history.append(ActionEvent(kind: .deferred, date: date("2026-07-20"), by: "Sam", due: date("2026-08-31")))
        value.actions[0].history.append(ActionEvent(kind: .added, date: date("2026-07-21"), by: "Sam"))
        let locations = CaseValidator.problems(in: value).map(\.location)
        #expect(locations.contains("actions[0].history[1].reason"))
        #expect(locations.contains("actions[0].history[2].kind"))
    }

    @Test func anOutcomeAddedLaterNeedsAReasonToo() throws {
        var value = try planFamily()
        #expect(usageMessage { _ = try value.addOutcome("Kim stays sober when caring", plan: nil, on: date("2026-09-01"),
                                                        by: "Sam", reason: nil) }?.contains("needs a reason") == true)
        _ = try value.addOutcome("Kim stays sober when caring", plan: nil, on: date("2026-09-01"), by: "Sam", reason: "New police report")
        #expect(value.outcomes.count == 2)
    }
}
