import CaseJourney
import Testing

/// Being judged on the past: a worry from before the mother left the abuser, read as current.
@Suite struct HistoricWorryTests {
    private func family() throws -> Case {
        var value = Case(caseId: "EVA-05", familyName: "Evans")
        _ = try value.add(Person(id: "", name: "Lily Evans", role: .child, born: date("2022-04-17")))
        _ = try value.add(Person(id: "", name: "Gemma Evans", role: .mother, parentalResponsibility: true))
        _ = try value.startPlan(type: .childProtection, children: ["lily"], category: .emotional, on: date("2026-05-11"))
        _ = try value.addWorry("Lily is not taken to nursery", plan: nil, on: date("2026-05-11"), by: "Sam")
        _ = try value.addWorry("Ryan hit Gemma in front of the children", plan: nil, on: date("2026-05-11"), by: "Sam",
                               historic: HistoricWorry(until: date("2025-09-30"), changedSince: "Gemma and the children moved away"))
        return value
    }

    @Test func aWorryFromThePastIsShownApartInThePastTenseWithWhatChanged() throws {
        let value = try family()
        let document = try PlanSummaryBuilder(case: value, plan: nil, for: "Gemma", settings: StoreSettings(), asOf: date("2026-11-23")).build()
        let text = SummaryTextRenderer.render(document).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("Worries from the past. These are about what happened before, not about now."))
        #expect(text.contains("In the past, until 30 September 2025: “Ryan hit Gemma in front of the children”. What has changed since: “Gemma and the children moved away”"))
        // Not listed among the worries about now.
        let now = try #require(text.range(of: "What people are worried about"))
        let pastHeading = try #require(text.range(of: "Worries from the past"))
        #expect(!text[now.upperBound..<pastHeading.lowerBound].contains("Ryan hit Gemma"))
    }

    @Test func aWorryCanBeMarkedAsPastAndBackWithAReason() throws {
        var value = try family()
        _ = try value.markWorryHistoric("w1", HistoricWorry(until: date("2026-09-01"), changedSince: "Lily goes every day now"),
                                        reason: "Nursery confirms", by: "Sam", on: date("2026-11-02"))
        #expect(value.worries[0].historic?.until == date("2026-09-01"))
        #expect(value.worries[0].corrections?.count == 1)
        _ = try value.markWorryHistoric("w1", nil, reason: "Stopped going again", by: "Sam", on: date("2026-11-20"))
        #expect(value.worries[0].historic == nil)
        #expect(throws: CaseJourneyError.self) {
            try value.markWorryHistoric("w1", HistoricWorry(until: date("2027-01-01"), changedSince: "x"), reason: "r", by: "Sam", on: date("2026-11-20"))
        }
    }
}

@Suite struct FamilyRepeatPlanTests {
    @Test func aYoungerChildsFirstPlanIsARepeatPlanForTheFamilyWithWhatWasLeftUndone() throws {
        var value = Case(caseId: "ASH-01", familyName: "Ashworth")
        _ = try value.add(Person(id: "", name: "Amy Ashworth", role: .child, born: date("2016-04-02")))
        _ = try value.add(Person(id: "", name: "Kim Ashworth", role: .mother, parentalResponsibility: true))
        _ = try value.startPlan(type: .childProtection, children: ["amy"], category: .neglect, on: date("2023-06-01"))
        _ = try value.addOutcome("Amy is fed and warm", plan: nil, on: date("2023-06-01"), by: "Sam", reason: nil)
        _ = try value.addAction("Repair the heating", outcome: "o1", owner: .agency("Northtown Housing"), due: date("2023-09-30"),
                                on: date("2023-06-01"), by: "Sam", reason: nil)
        _ = try value.endPlan(nil, on: date("2024-03-01"), reason: "Stepped down")
        _ = try value.add(Person(id: "", name: "Cody Ashworth", role: .child, born: date("2025-12-20")))
        _ = try value.startPlan(type: .childProtection, children: ["cody"], category: .neglect, on: date("2026-06-22"))
        let checks = CaseChecks(settings: StoreSettings()).checks(for: value, asOf: date("2026-07-01"))
        let repeatPlan = try #require(checks.first { $0.kind == .repeatPlan })
        #expect(repeatPlan.message.contains("The Ashworth family had a child protection plan before (plan-1 for Amy, 2023-06-01 to 2024-03-01)"))
        #expect(repeatPlan.message.contains("When it ended, it had left undone: a1 \"Repair the heating\"."))
    }
}
