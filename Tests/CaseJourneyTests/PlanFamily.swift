import CaseJourney

/// The Ashworth family in memory: Amy and Ben on a child protection plan from Monday 22 June
/// 2026, their mother Kim and their father Lee (both with parental responsibility), Priya the
/// health visitor, and one outcome, o1.
func planFamily() throws -> Case {
    var value = Case(caseId: "ASH-01", familyName: "Ashworth")
    _ = try value.add(Person(id: "", name: "Amy Ashworth", role: .child, born: date("2019-04-02")))
    _ = try value.add(Person(id: "", name: "Ben Ashworth", role: .child, born: date("2022-01-15")))
    _ = try value.add(Person(id: "", name: "Kim Ashworth", role: .mother, parentalResponsibility: true))
    _ = try value.add(Person(id: "", name: "Lee Ashworth", role: .father, livesInHousehold: false, parentalResponsibility: true))
    _ = try value.add(Professional(id: "", name: "Priya Shah", role: "health visitor", agency: "Northtown Community Health"))
    _ = try value.assign(Allocation(worker: "Sam Okafor", from: date("2026-06-01")))
    _ = try value.startPlan(type: .childProtection, children: ["amy", "ben"], category: .neglect, on: date("2026-06-22"))
    _ = try value.addOutcome("The children have breakfast every school day", plan: nil, on: date("2026-06-22"),
                             by: "Sam Okafor", reason: nil)
    return value
}

extension Case {
    /// Adds an action on the plan's first day (no reason needed) and returns its id.
    mutating func addTestAction(_ text: String, owner: OwnerReference, due: String, on day: String = "2026-06-22") throws -> String {
        _ = try addAction(text, outcome: "o1", owner: owner, due: date(due), on: date(day), by: "Sam Okafor", reason: nil)
        return actions.last!.id
    }
}

/// The message of the usage error thrown by `body`, or nil if it threw none.
func usageMessage(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch let error as CaseJourneyError {
        guard case .usage(let message) = error else { return nil }
        return message
    } catch {
        return nil
    }
}
