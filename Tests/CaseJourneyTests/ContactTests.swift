import CaseJourney
import Testing

/// Reaching the adults: attempts, appointments, and what the agenda says when a parent is never
/// reached or the service lets an appointment drop.
@Suite struct ContactTests {
    /// Amy on a plan from 1 June 2026 with Kim (at home) and Lee (lives elsewhere), both with
    /// parental responsibility.
    private func family() throws -> Case {
        var value = Case(caseId: "ASH-01", familyName: "Ashworth")
        _ = try value.add(Person(id: "", name: "Amy Ashworth", role: .child, born: date("2019-04-02")))
        _ = try value.add(Person(id: "", name: "Kim Ashworth", role: .mother, parentalResponsibility: true))
        _ = try value.add(Person(id: "", name: "Lee Ashworth", role: .father, livesInHousehold: false, parentalResponsibility: true))
        _ = try value.assign(Allocation(worker: "Sam Okafor", from: date("2026-05-01")))
        _ = try value.startPlan(type: .childProtection, children: ["amy"], category: .neglect, on: date("2026-06-01"))
        return value
    }

    private func agenda(_ value: Case, _ day: String) -> [DueItem] {
        Agenda(settings: StoreSettings(), asOf: date(day), within: 0).items(for: value)
    }

    @Test func aParentNobodyReachesIsShownWithEveryTryAndAHomeVisitReachesWhoLivesThere() throws {
        var value = try family()
        _ = try value.logVisit(VisitRecord(date: date("2026-06-15"), by: "Sam Okafor", seen: ["amy"]), today: date("2026-11-23"))
        _ = try value.logContact("Lee", method: .letter, outcome: .undelivered, via: nil, note: nil, on: date("2026-06-10"), by: "Sam")
        _ = try value.logContact("Lee", method: .call, outcome: .noAnswer, via: nil, note: nil, on: date("2026-07-01"), by: "Sam")
        // Four weeks from the plan's start is 29 June: Lee is flagged, Kim (seen at home on the 15th) is not yet.
        let rows = agenda(value, "2026-07-02").filter { $0.kind == .adultNotReached }
        #expect(rows.map(\.ref) == ["lee"])
        #expect(rows.first?.what.contains("2 attempts: letter 2026-06-10 (undelivered); phone call 2026-07-01 (no answer)") == true)
        #expect(agenda(value, "2026-07-14").filter { $0.kind == .adultNotReached }.map(\.ref) == ["kim", "lee"])

        _ = try value.logContact("Lee", method: .messageViaAgency, outcome: .reached, via: "the health visitor", note: nil,
                                 on: date("2026-07-03"), by: "Sam")
        #expect(!agenda(value, "2026-07-06").contains { $0.ref == "lee" })
        #expect(value.lastReached("lee", asOf: date("2026-07-06")) == date("2026-07-03"))
    }

    @Test func anAppointmentTheServiceCancelledAndDidNotRebookIsTheServicesToPutRight() throws {
        var value = try family()
        _ = try value.bookAppointment(with: ["Lee"], on: date("2026-07-10"), purpose: "Parenting assessment with Lee", bookedBy: "Sam",
                                      bookedOn: nil, today: date("2026-07-01"), rebooks: nil)
        _ = try value.recordAppointment("ap1", result: .cancelled, cancelledBy: .service, reason: "Worker off sick", on: date("2026-07-09"), today: date("2026-12-31"))
        let row = try #require(agenda(value, "2026-07-13").first { $0.kind == .appointmentNotRebooked })
        #expect(row.what.contains("cancelled by the service on 2026-07-09 (Worker off sick)"))
        #expect(row.ref == "ap1")

        _ = try value.bookAppointment(with: ["Lee"], on: date("2026-07-20"), purpose: "Parenting assessment with Lee", bookedBy: "Sam",
                                      bookedOn: nil, today: date("2026-07-13"), rebooks: "ap1")
        #expect(!agenda(value, "2026-07-14").contains { $0.kind == .appointmentNotRebooked })
        #expect(throws: CaseJourneyError.self) {
            try value.bookAppointment(with: ["Lee"], on: date("2026-07-21"), purpose: "Again", bookedBy: "Sam", bookedOn: nil,
                                      today: date("2026-07-13"), rebooks: "ap1")
        }
    }

    @Test func aFamilysCancellationIsNotTheServicesGapAndEveryCancellationSaysWho() throws {
        var value = try family()
        _ = try value.bookAppointment(with: ["Kim"], on: date("2026-07-10"), purpose: "Review the plan with Kim", bookedBy: "Sam",
                                      bookedOn: nil, today: date("2026-07-01"), rebooks: nil)
        #expect(throws: CaseJourneyError.self) {
            try value.recordAppointment("ap1", result: .cancelled, cancelledBy: nil, reason: "Ill", on: date("2026-07-09"), today: date("2026-12-31"))
        }
        #expect(throws: CaseJourneyError.self) {
            try value.recordAppointment("ap1", result: .cancelled, cancelledBy: .family, reason: "Ill", on: date("2026-06-20"), today: date("2026-12-31"))
        }
        _ = try value.recordAppointment("ap1", result: .cancelled, cancelledBy: .family, reason: "Kim was ill", on: date("2026-07-09"), today: date("2026-12-31"))
        #expect(!agenda(value, "2026-07-13").contains { $0.kind == .appointmentNotRebooked })
    }

    @Test func aPlanWaitingOnlyOnAnAdultNobodyReachesIsWorthALook() throws {
        var value = try family()
        _ = try value.addOutcome("Amy is safe and well", plan: nil, on: date("2026-06-01"), by: "Sam", reason: nil)
        _ = try value.addAction("Kim will take Amy to the dentist", outcome: "o1", owner: .member("Kim"), due: date("2026-07-31"),
                                on: date("2026-06-01"), by: "Sam", reason: nil)
        _ = try value.addAction("Lee will go to the parenting course", outcome: "o1", owner: .member("Lee"), due: date("2026-09-30"),
                                on: date("2026-06-01"), by: "Sam", reason: nil)
        _ = try value.completeAction("a1", on: date("2026-07-20"), by: "Sam", note: nil)
        _ = try value.logVisit(VisitRecord(date: date("2026-07-20"), by: "Sam Okafor", seen: ["amy"]), today: date("2026-11-23"))
        let checks = CaseChecks(settings: StoreSettings()).checks(for: value, asOf: date("2026-07-27"))
        let waiting = try #require(checks.first { $0.kind == .waitingOnOneAdult })
        #expect(waiting.message.contains("Every open family action on plan-1 is for Lee Ashworth"))
        #expect(waiting.message.contains("every action for Kim is done"))
        #expect(waiting.message.contains("step down"))
        // Once Lee is reached, the plan is not simply waiting on someone nobody can find.
        _ = try value.logContact("Lee", method: .call, outcome: .reached, via: nil, note: nil, on: date("2026-07-24"), by: "Sam")
        #expect(!CaseChecks(settings: StoreSettings()).checks(for: value, asOf: date("2026-07-27")).contains { $0.kind == .waitingOnOneAdult })
    }

    @Test func contactsAreForAdultsAndMoveWithAPersonAddedTwice() throws {
        var value = try family()
        #expect(throws: CaseJourneyError.self) {
            try value.logContact("Amy", method: .call, outcome: .reached, via: nil, note: nil, on: date("2026-07-01"), by: "Sam")
        }
        #expect(throws: CaseJourneyError.self) {
            try value.logContact("Lee", method: .messageViaAgency, outcome: .reached, via: nil, note: nil, on: date("2026-07-01"), by: "Sam")
        }
        _ = try value.add(Person(id: "lee-2", name: "Lee Ashworth", role: .father, livesInHousehold: false), again: true)
        _ = try value.logContact("lee-2", method: .text, outcome: .reached, via: nil, note: nil, on: date("2026-07-01"), by: "Sam")
        _ = try value.withdrawPerson("lee-2", reason: "Added twice", sameAs: "lee", by: "Sam", on: date("2026-07-02"))
        #expect(value.contacts.first?.person == "lee")
        #expect(value.lastReached("lee", asOf: date("2026-07-02")) == date("2026-07-01"))
    }
}

@Suite struct ContactValidationTests {
    @Test func aHandEditedFileWithTwinIdsOrAppointmentsThatRebookEachOtherIsRefused() throws {
        var value = Case(caseId: "ASH-01", familyName: "Ashworth")
        _ = try value.add(Person(id: "", name: "Lee Ashworth", role: .father, livesInHousehold: false, parentalResponsibility: true))
        _ = try value.logContact("Lee", method: .call, outcome: .noAnswer, via: nil, note: nil, on: date("2026-07-01"), by: "Sam")
        value.contacts.append(value.contacts[0])
        var first = Appointment(id: "ap1", date: date("2026-07-10"), with: ["lee"], purpose: "Meet", bookedBy: "Sam", bookedOn: nil)
        var second = Appointment(id: "ap2", date: date("2026-07-20"), with: ["lee"], purpose: "Meet", bookedBy: "Sam", bookedOn: nil)
        first.rebooks = "ap2"
        second.rebooks = "ap1"
        value.appointments = [first, second]
        let problems = CaseValidator.problems(in: value, expectedCaseID: "ASH-01").map(\.description)
        #expect(problems.contains { $0.hasPrefix("contacts[1].id") })
        #expect(problems.contains { $0.hasPrefix("appointments[0].rebooks") })
    }
}
