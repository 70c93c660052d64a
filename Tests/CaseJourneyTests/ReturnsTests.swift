import CaseJourney
import Testing

/// Annex A list 7 and the caseload report, built from cases as a manager would have them.
@Suite struct ReturnsTests {
    /// The headings Ofsted's template uses, in its order: the fields common to every list, then
    /// list 7's own.
    static let publishedHeadings = [
        "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)", "Does the Child have a Disability",
        "Child Protection Plan Start Date", "Initial Category of Abuse", "Latest Category of Abuse",
        "Date of the Last Statutory Visit", "Was the Child Seen Alone?", "Date of latest review conference",
        "Child Protection Plan End Date",
        "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
        "Sum of Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker",
    ]

    /// Amy (recorded gender and ethnicity) and Ben on a neglect plan since 5 October 2026; Amy
    /// was on an earlier plan in 2024.
    private func family() throws -> Case {
        var value = Case(caseId: "ASH-01", familyName: "Ashworth")
        var amy = Person(id: "", name: "Amy Ashworth", role: .child, born: date("2016-05-14"))
        amy.gender = .female
        amy.ethnicity = .WBRI
        amy.disability = false
        _ = try value.add(amy)
        _ = try value.add(Person(id: "", name: "Ben Ashworth", role: .child, born: date("2019-11-30")))
        _ = try value.assign(Allocation(worker: "Hannah Cole", from: date("2024-01-08")))
        _ = try value.startPlan(type: .childProtection, children: ["amy"], category: .physical, on: date("2024-01-08"))
        _ = try value.endPlan(nil, on: date("2024-07-01"), reason: "Risks reduced")
        _ = try value.assign(Allocation(worker: "Sam Okafor", from: date("2026-09-01")))
        _ = try value.startPlan(type: .childProtection, children: ["amy", "ben"], category: .neglect, on: date("2026-10-05"))
        _ = try value.logVisit(VisitRecord(date: date("2026-11-02"), by: "Sam Okafor", seen: ["ben"], seenAlone: ["amy"]),
                               today: date("2026-11-30"))
        _ = try value.logVisit(VisitRecord(date: date("2026-11-16"), by: "Sam Okafor", seen: ["amy"],
                                           notSeen: [("ben", "at nursery")]), today: date("2026-11-30"))
        return value
    }

    private func row(_ rows: [AnnexAList7Row], _ id: String) throws -> [String: String] {
        let found = try #require(rows.first { $0.childUniqueID == id })
        return Dictionary(uniqueKeysWithValues: zip(AnnexAList7Row.columns.map(\.name), found.cells))
    }

    @Test func theHeadingsAreThePublishedOnesInOrder() {
        #expect(AnnexAList7Row.columns.map(\.name) == ReturnsTests.publishedHeadings)
    }

    @Test func eachChildOnAPlanIsOneRowInTheTemplatesCodes() throws {
        let rows = AnnexAList7(asOf: date("2026-11-23"), teamName: "North 2").rows(for: try family())
        #expect(rows.map(\.childUniqueID) == ["ASH-01-amy", "ASH-01-ben"])
        let amy = try row(rows, "ASH-01-amy")
        #expect(amy["Gender"] == "b) Female")
        #expect(amy["Ethnicity"] == "a) WBRI")
        #expect(amy["Date of Birth"] == "14/05/2016")
        #expect(amy["Age of Child (Years)"] == "10")
        #expect(amy["Does the Child have a Disability"] == "b) No")
        #expect(amy["Child Protection Plan Start Date"] == "05/10/2026")
        #expect(amy["Initial Category of Abuse"] == "a) Neglect")
        #expect(amy["Date of the Last Statutory Visit"] == "16/11/2026")
        #expect(amy["Was the Child Seen Alone?"] == "b) No")
        #expect(amy["Sum of Number of Previous Child Protection Plans"] == "1")
        #expect(amy["Allocated Team"] == "North 2")
        #expect(amy["Allocated Worker"] == "Sam Okafor")
        let ben = try row(rows, "ASH-01-ben")
        #expect(ben["Gender"] == "c) Not stated/recorded")
        #expect(ben["Ethnicity"] == "")
        #expect(ben["Does the Child have a Disability"] == "c) Unknown")
        #expect(ben["Age of Child (Years)"] == "6")  // seven only on 30 November
        #expect(ben["Date of the Last Statutory Visit"] == "02/11/2026")  // not seen on the 16th
        #expect(ben["Was the Child Seen Alone?"] == "b) No")
        #expect(ben["Sum of Number of Previous Child Protection Plans"] == "0")
    }

    @Test func aPlanThatEndedInTheLastSixMonthsIsListedAndAnOlderOneIsNot() throws {
        var value = try family()
        _ = try value.endPlan(nil, on: date("2027-01-11"), reason: "Stepped down to child in need")
        let ended = AnnexAList7(asOf: date("2027-07-10"), teamName: nil).rows(for: value)
        #expect(try row(ended, "ASH-01-amy")["Child Protection Plan End Date"] == "11/01/2027")
        #expect(AnnexAList7(asOf: date("2027-07-12"), teamName: nil).rows(for: value).isEmpty)
    }

    @Test func whatTheStoreDoesNotRecordIsNamedNotGuessed() throws {
        let rows = AnnexAList7(asOf: date("2026-11-23"), teamName: nil).rows(for: try family())
        #expect(rows.allSatisfy { $0.emergencyProtection.isEmpty && $0.allocatedTeam.isEmpty })
        let gaps = AnnexAList7.gaps(in: rows, teamName: nil)
        #expect(gaps.contains { $0.hasPrefix("\"Subject to Emergency Protection Order") })
        #expect(gaps.contains { $0.contains("teamName") })
        #expect(gaps.contains { $0.hasPrefix("\"Ethnicity\" is empty for 1 of 2 children") })
    }

    @Test func theCaseloadCountsChildrenOverdueVisitsAndChangesOfWorker() throws {
        var value = try family()
        _ = try value.assign(Allocation(worker: "Ola Ade", from: date("2026-11-09")))
        let share = CaseloadShare(value, asOf: date("2026-11-23"), schedule: VisitSchedule(settings: StoreSettings()))
        #expect(share.worker == "Ola Ade")
        #expect(share.childrenOnChildProtectionPlans == 2)
        #expect(share.childrenOverdueAVisit == 1)  // Ben, last seen 2 November
        #expect(share.changesOfWorker == 2)  // Hannah to Sam, Sam to Ola
        #expect(share.workersInTwelveMonths == ["Hannah Cole", "Sam Okafor", "Ola Ade"])
        let rows = CaseloadRow.rows(from: [share])
        #expect(rows.count == 1)
        #expect(rows[0].familiesWithThreeOrMoreWorkers == ["ASH-01 (3 workers)"])
    }
}
