import CaseJourney
import Testing

@Suite struct AgendaTests {
    private func agenda(asOf: String, within: Int = 10) -> Agenda {
        Agenda(settings: StoreSettings(), asOf: date(asOf), within: within)
    }

    @Test func familyAndProfessionalActionsAreSeparateKindsAndSections() throws {
        var value = try planFamily()
        _ = try value.addTestAction("Kim will make breakfast before school", owner: .member("Kim"), due: "2026-07-31")
        _ = try value.addTestAction("Priya will weigh Ben weekly", owner: .member("Priya"), due: "2026-08-03")
        _ = try value.addTestAction("Repair the heating", owner: .agency("Northtown Housing"), due: "2026-11-30")
        let items = agenda(asOf: "2026-11-23").items(for: value)
        let family = items.filter { $0.kind == .familyAction }
        let professional = items.filter { $0.kind == .professionalAction }
        #expect(family.map(\.ref) == ["a1"])
        #expect(family[0].who == "Kim Ashworth")
        #expect(family[0].status == .overdue && family[0].workingDaysOverdue > 70)
        #expect(Set(professional.map(\.ref)) == ["a2", "a3"])
        #expect(professional.first { $0.ref == "a3" }?.status == .dueSoon)
        #expect(professional.first { $0.ref == "a2" }?.who == "Priya Shah (health visitor, Northtown Community Health)")
        #expect(DueKind.familyAction.section != DueKind.professionalAction.section)
    }

    @Test func doneAndDroppedActionsAndThoseBeyondTheHorizonAreLeftOut() throws {
        var value = try planFamily()
        let done = try value.addTestAction("Kim will keep a cot ready", owner: .member("Kim"), due: "2026-07-06")
        _ = try value.completeAction(done, on: date("2026-07-01"), by: "Sam", note: nil)
        let dropped = try value.addTestAction("Kim will attend a course", owner: .member("Kim"), due: "2026-07-06")
        _ = try value.dropAction(dropped, on: date("2026-06-22"), by: "Sam", reason: nil)
        _ = try value.addTestAction("Priya will visit", owner: .member("Priya"), due: "2026-12-18")
        let items = agenda(asOf: "2026-11-23").items(for: value).filter { $0.kind.section == .familyActions || $0.kind.section == .professionalActions }
        #expect(items.isEmpty)
    }

    @Test func overdueIsCountedInWorkingDaysAndDueSoonByTheHorizon() throws {
        var value = try planFamily()
        _ = try value.addTestAction("Kim will register with a GP", owner: .member("Kim"), due: "2026-11-16")
        _ = try value.addTestAction("Kim will go to the dentist with Amy", owner: .member("Kim"), due: "2026-11-30")
        let items = agenda(asOf: "2026-11-23", within: 5).items(for: value).filter { $0.kind == .familyAction }
        #expect(items.map(\.workingDaysOverdue) == [5, 0])
        #expect(items.map(\.status) == [.overdue, .dueSoon])
        #expect(agenda(asOf: "2026-11-23", within: 4).items(for: value).filter { $0.kind == .familyAction }.count == 1)
    }

    @Test func meetingsReportsMinutesAndNotesAppearWhenDue() throws {
        var value = try planFamily()
        _ = try value.recordStrategyDiscussion(on: date("2026-06-01"), section47Enquiry: true, note: nil, by: "Sam")
        _ = try value.recordConference(nil, kind: .initial, date: date("2026-06-22"), plan: nil, ConferenceRecord(chair: "Ann Lee", decision: .start))
        _ = try value.recordCoreGroup(nil, date: date("2026-10-16"), plan: nil, attended: [], reviewed: [], notesSent: nil, note: nil)
        _ = try value.scheduleConference(.review, on: date("2026-11-26"), plan: nil, chair: "Ann Lee", invited: [])
        _ = try value.recordReport(conference: "c2", from: "Priya", received: date("2026-11-18"), shared: nil)
        let items = agenda(asOf: "2026-11-23").items(for: value)
        let kinds = Set(items.map(\.kind))
        #expect(kinds.isSuperset(of: [.reviewConference, .coreGroup, .reports, .minutes, .coreGroupNotes, .visit]))
        #expect(!kinds.contains(.initialConference))
        let review = try #require(items.first { $0.kind == .reviewConference })
        #expect(review.due == date("2026-09-22") && review.status == .overdue)
        #expect(review.what.contains("booked for 2026-11-26") && review.who == "Ann Lee")
        let report = try #require(items.first { $0.kind == .reports })
        #expect(report.due == date("2026-11-23") && report.status == .dueSoon && report.who.hasPrefix("Priya Shah"))
        #expect(items.first { $0.kind == .minutes }?.who == "Ann Lee")
        #expect(items.first { $0.kind == .coreGroup }?.due == date("2026-11-27"))
    }

    @Test func aPlanProposedToEndIsListedAndSoIsOneWhoseFamilyActionsAreAllDone() throws {
        var value = try planFamily()
        let id = try value.addTestAction("Kim will make breakfast", owner: .member("Kim"), due: "2026-07-31")
        _ = try value.addTestAction("Priya will weigh Ben", owner: .member("Priya"), due: "2027-01-31")
        _ = try value.recordConference(nil, kind: .review, date: date("2026-09-21"), plan: nil, ConferenceRecord(decision: .continue))
        var items = agenda(asOf: "2026-11-23").items(for: value)
        #expect(!items.contains { $0.kind == .familyActionsDone })
        _ = try value.completeAction(id, on: date("2026-07-20"), by: "Sam", note: nil)
        _ = try value.proposeEnd(plan: nil, withdraw: false, on: date("2026-11-02"), by: "Sam Okafor", reason: "Kim has done everything asked")
        items = agenda(asOf: "2026-11-23").items(for: value)
        let waiting = try #require(items.first { $0.kind == .familyActionsDone })
        #expect(waiting.due == date("2027-03-19") && waiting.status == .information)
        let proposed = try #require(items.first { $0.kind == .proposedEnd })
        #expect(proposed.what.contains("Kim has done everything asked"))
        // A review booked within six weeks answers the wait.
        _ = try value.scheduleConference(.review, on: date("2026-12-14"), plan: nil, chair: nil, invited: [])
        #expect(!agenda(asOf: "2026-11-23").items(for: value).contains { $0.kind == .familyActionsDone })
    }

    @Test func rowsNameTheWorkerAndSortBySection() throws {
        var value = try planFamily()
        _ = try value.addTestAction("Priya will weigh Ben", owner: .member("Priya"), due: "2026-11-20")
        _ = try value.addTestAction("Kim will make breakfast", owner: .member("Kim"), due: "2026-11-02")
        let items = Agenda.sorted(agenda(asOf: "2026-11-23").items(for: value))
        #expect(items.allSatisfy { $0.worker == value.worker(on: date("2026-11-23")) })
        let sections = items.map(\.kind.section)
        #expect(sections == sections.sorted())
        #expect(items.first?.kind == .visit)
    }
}
