import CaseJourney
import Testing

@Suite struct CaseChangesTests {
    private func family() throws -> Case {
        var value = Case(caseId: "ASH-01", familyName: "Ashworth")
        _ = try value.add(Person(id: "", name: "Amy Ashworth", role: .child))
        _ = try value.add(Person(id: "", name: "Amy Jones", role: .grandparent))
        _ = try value.add(Person(id: "", name: "Ben Ashworth", role: .child))
        _ = try value.add(Person(id: "", name: "Kim Ashworth", role: .mother, parentalResponsibility: true))
        return value
    }

    @Test func peopleGetShortIdsFromTheirFirstName() throws {
        let value = try family()
        #expect(value.people.map(\.id) == ["amy", "amy-2", "ben", "kim"])
    }

    @Test func peopleAreFoundByIdOrUniqueFirstName() throws {
        let value = try family()
        #expect(try value.person("BEN").id == "ben")
        #expect(try value.person("amy-2").name == "Amy Jones")
        #expect(throws: CaseJourneyError.self) { try value.person("Amy") }  // two Amys
        #expect(throws: CaseJourneyError.self) { try value.person("Zoe") }
    }

    @Test func anUnknownChildIsAnErrorThatListsTheChildren() throws {
        let value = try family()
        #expect {
            try value.child("Kim")
        } throws: { error in
            let message = (error as? CaseJourneyError)?.errorDescription ?? ""
            return message.contains("Amy Ashworth (amy)") && message.contains("Ben Ashworth (ben)")
                && !message.contains("Kim Ashworth (kim)")
        }
    }

    @Test func confidentialityNamesSomeoneInTheCase() throws {
        var value = try family()
        _ = try value.add(Person(id: "", name: "Lee Ashworth", role: .father, livesInHousehold: false))
        _ = try value.add(Person(id: "", name: "Jo Ashworth", role: .mother, contact: ContactDetails(address: "Refuge")),
                          confidentialFrom: ["Lee"])
        #expect(value.person(withID: "jo")?.isConfidential(from: "lee") == true)
        #expect(value.person(withID: "jo")?.isConfidential(from: "kim") == false)
        #expect(throws: CaseJourneyError.self) {
            try value.add(Person(id: "", name: "Max", role: .partner), confidentialFrom: ["Nobody"])
        }
    }

    @Test func assigningAWorkerEndsThePreviousAllocation() throws {
        var value = try family()
        _ = try value.assign(Allocation(worker: "Sam Okafor", from: date("2026-01-05")))
        _ = try value.assign(Allocation(worker: "Ola Ade", from: date("2026-05-05")))
        #expect(value.allocations.count == 2)
        #expect(value.allocations[0].to == date("2026-05-05"))
        #expect(value.currentWorker == "Ola Ade")
        #expect(throws: CaseJourneyError.self) {
            try value.assign(Allocation(worker: "Pat Lee", from: date("2026-04-01")))
        }
    }

    @Test func aChildProtectionPlanNeedsACategoryAndAChildOneOpenPlan() throws {
        var value = try family()
        #expect(throws: CaseJourneyError.self) {
            try value.startPlan(type: .childProtection, children: ["amy"], category: nil, on: date("2026-02-01"))
        }
        #expect(throws: CaseJourneyError.self) {
            try value.startPlan(type: .childInNeed, children: ["amy"], category: .neglect, on: date("2026-02-01"))
        }
        #expect(throws: CaseJourneyError.self) {
            try value.startPlan(type: .childInNeed, children: ["kim"], category: nil, on: date("2026-02-01"))
        }
        _ = try value.startPlan(type: .childProtection, children: ["amy", "Ben"], category: .neglect, on: date("2026-02-01"))
        #expect(value.plans.first?.children == ["amy", "ben"])
        #expect(throws: CaseJourneyError.self) {
            try value.startPlan(type: .childInNeed, children: ["ben"], category: nil, on: date("2026-03-01"))
        }
    }

    @Test func endingAPlanNeedsAReasonAndADateAfterItsStart() throws {
        var value = try family()
        _ = try value.startPlan(type: .childProtection, children: ["amy"], category: .neglect, on: date("2026-02-01"))
        #expect(throws: CaseJourneyError.self) { try value.endPlan(nil, on: date("2026-09-01"), reason: " ") }
        #expect(throws: CaseJourneyError.self) { try value.endPlan(nil, on: date("2026-01-01"), reason: "Safe") }
        _ = try value.endPlan(nil, on: date("2026-09-01"), reason: "Stepped down to a child in need plan")
        #expect(value.openPlans.isEmpty)
        _ = try value.startPlan(type: .childInNeed, children: ["amy"], category: nil, on: date("2026-09-01"))
        #expect(value.openPlan(for: "amy")?.type == .childInNeed)
    }
}

@Suite struct IntervalLimitTests {
    @Test func anExpectationLongerThanTwoYearsIsATypingMistake() throws {
        var value = Case(caseId: "ASH-01", familyName: "Ashworth")
        _ = try value.add(Person(id: "", name: "Amy Ashworth", role: .child))
        _ = try value.startPlan(type: .childProtection, children: ["amy"], category: .neglect, on: date("2026-02-02"))
        #expect(throws: CaseJourneyError.self) {
            try value.setExpectation(.visits, plan: nil, child: "amy", interval: Interval(count: 100_000_000, unit: .workingDays),
                                     reason: "Typo", by: "Ruth Bell", on: date("2026-03-01"))
        }
        #expect(Interval(count: 520, unit: .workingDays).problem == nil)
        #expect(Interval(count: 25, unit: .months).problem != nil)
        var settings = StoreSettings()
        settings.visits.childProtection = Interval(count: 9_223_372_036_854_775_807, unit: .days)
        #expect(settings.problems.map(\.location) == ["visits.childProtection.count"])
    }
}

@Suite struct PersonReferenceTests {
    private func family() throws -> Case {
        var value = Case(caseId: "HAL-07", familyName: "Hall")
        _ = try value.add(Person(id: "", name: "Mia Hall", role: .child, born: CalendarDate("2019-02-01")))
        _ = try value.add(Person(id: "", name: "Mia Hall", role: .child, born: CalendarDate("2021-07-09")))
        _ = try value.add(Person(id: "", name: "Keira Hall", role: .child))
        _ = try value.add(Person(id: "", name: "Sue Hall", role: .mother))
        return value
    }

    private func message(_ body: () throws -> Void) -> String {
        do { try body(); return "" } catch { return (error as? CaseJourneyError)?.errorDescription ?? "\(error)" }
    }

    @Test func aFullNameFindsThePerson() throws {
        #expect(try family().child("keira hall").id == "keira")
        #expect(try family().person("Sue Hall").id == "sue")
    }

    @Test func twoChildrenWithOneNameAreAmbiguousNotMissing() throws {
        let value = try family()
        let text = message { _ = try value.child("Mia") }
        #expect(text.contains("More than one person in case HAL-07 could be \"Mia\""))
        #expect(text.contains("Mia Hall (mia), Mia Hall (mia-2)"))
    }

    @Test func aReasonWithoutItsColonGetsAHint() throws {
        let text = message { _ = try family().child("Keira at nursery") }
        #expect(text.contains("write the name, a colon, then the reason: \"Keira: at nursery\""))
    }

    @Test func aMistypedAttendeeIsNotSavedAsAStranger() throws {
        let value = try family()
        #expect(message { _ = try value.participant("Kiera") }.contains("For someone from outside the family"))
        #expect(try value.participant("Jo Park (Northtown Police)") == Participant(name: "Jo Park", agency: "Northtown Police"))
        #expect(try value.participant("Jo Park") == Participant(name: "Jo Park"))
        #expect(try value.participant("sue").person == "sue")
    }
}
