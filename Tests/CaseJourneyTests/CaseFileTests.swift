import CaseJourney
import Foundation
import Testing

/// What a person editing or repairing a case file sees when something in it is wrong.
@Suite struct CaseFileTests {
    private func problems(in text: String) -> [CaseFileProblem] {
        do {
            _ = try CaseFileCodec.decode(Array(text.utf8), path: "ASH-01.json", expectedCaseID: "ASH-01")
            return []
        } catch {
            if case .invalidFile(_, let problems) = error { return problems }
            return [CaseFileProblem(location: "?", expected: "\(error)")]
        }
    }

    private let valid = """
        {"schemaVersion": 1, "caseId": "ASH-01", "revision": 3, "familyName": "Ashworth",
         "people": [{"id": "amy", "name": "Amy Ashworth", "role": "child", "livesInHousehold": true}],
         "visits": [{"id": "v1", "date": "2026-11-02", "by": "Sam", "kind": "home", "unannounced": false,
                     "bedroomSeen": true, "children": [{"child": "amy", "outcome": "seen-alone"}]}]}
        """

    @Test func aHistoryTimeMustBeAUTCTimestampOfARealDayAndTime() {
        #expect(Timestamp.isWellFormed("2026-11-23T17:09:07Z"))
        #expect(Timestamp.isWellFormed(Timestamp.now()))
        for bad in ["yesterday", "2026-11-23", "2026-11-23 17:09:07Z", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
                    "2026-11-23T24:00:00Z", "2026-11-23T12:60:00Z", "2026-11-23T17:09:07+01", "2026-11-23T17:09:07z"] {
            #expect(!Timestamp.isWellFormed(bad), "\(bad)")
        }
    }

    @Test func aValidFileHasNoProblems() {
        #expect(problems(in: valid).isEmpty)
    }

    @Test func aBadDateNamesTheFieldTheValueAndTheFormat() throws {
        let found = problems(in: valid.replacingOccurrences(of: "2026-11-02", with: "2026-13-02"))
        let problem = try #require(found.first)
        #expect(problem.location == "visits[0].date")
        #expect(problem.found == "\"2026-13-02\"")
        #expect(problem.expected.contains("YYYY-MM-DD"))
    }

    @Test func anUnknownChoiceListsTheAcceptedValues() throws {
        let found = problems(in: valid.replacingOccurrences(of: "\"child\", \"livesInHousehold\"", with: "\"kid\", \"livesInHousehold\""))
        let problem = try #require(found.first)
        #expect(problem.location == "people[0].role")
        #expect(problem.expected.contains("child, mother, father"))
    }

    @Test func aWrongTypeAndAMissingFieldAreNamed() throws {
        let wrongType = problems(in: valid.replacingOccurrences(of: "\"revision\": 3", with: "\"revision\": \"three\""))
        #expect(wrongType.first?.location == "revision")
        #expect(wrongType.first?.expected == "expected a whole number")
        let missing = problems(in: valid.replacingOccurrences(of: "\"familyName\": \"Ashworth\",", with: ""))
        #expect(missing.first?.location == "familyName")
        #expect(missing.first?.expected == "this required field is missing")
    }

    @Test func aSyntaxErrorGivesLineAndColumn() throws {
        let found = problems(in: valid.replacingOccurrences(of: "\"revision\": 3,", with: "\"revision\": 3"))
        let problem = try #require(found.first)
        #expect(problem.location == "line 1, column 56")
        #expect(problem.expected.contains("not valid JSON"))
    }

    @Test func brokenReferencesAreAllReported() {
        let text = valid
            .replacingOccurrences(of: "{\"child\": \"amy\"", with: "{\"child\": \"zoe\"")
            .replacingOccurrences(of: "\"caseId\": \"ASH-01\"", with: "\"caseId\": \"ASH-02\"")
        let locations = problems(in: text).map(\.location)
        #expect(locations.contains("visits[0].children[0].child"))
        #expect(locations.contains("caseId"))
    }

    @Test func aNewerFormatIsRefusedWithAnExplanation() {
        #expect(throws: CaseJourneyError.newerSchema(path: "ASH-01.json", found: 2)) {
            try CaseFileCodec.decode(Array(valid.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 2").utf8),
                                     path: "ASH-01.json")
        }
        #expect(CaseJourneyError.newerSchema(path: "x", found: 2).exitCode == 65)
    }

    @Test func theDocumentedExampleDecodes() throws {
        let article = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/CaseJourney/CaseJourney.docc/CaseFileFormat.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        let start = try #require(text.range(of: "```json\n"))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        let example = String(text[start.upperBound..<end.lowerBound])
        let decoded = try CaseFileCodec.decode(Array(example.utf8), path: "example")
        #expect(decoded.value.children.count >= 2)
        #expect(!decoded.value.visits.isEmpty)
        #expect(!decoded.value.plans.isEmpty)
        let value = decoded.value
        #expect(value.actions.map(\.current.status) == [.done, .deferred])
        #expect(!value.worries.isEmpty && !value.strengths.isEmpty && !value.outcomes.isEmpty && !value.riskRatings.isEmpty)
        #expect(!value.views.isEmpty && !value.endProposals.isEmpty && !value.strategyDiscussions.isEmpty)
        #expect(value.conferences.first?.reports.first?.sharedWithParents == CalendarDate("2026-01-28"))
        #expect(value.coreGroups.first?.actionsReviewed == ["a1", "a2"])
        #expect(value.expectations.contains { $0.what == .firstReview && $0.plan == nil })
        #expect(value.worries[0].correctionList.first?.changes.first?.was == "The children are starved")
        #expect(value.worries[1].markedPrivateFrom == ["lee"])
        #expect(value.inForce.worries.map(\.id) == ["w1", "w2"])
        #expect(value.conferences[1].isCancelled && !value.conferences[1].isPending)
        #expect(value.allocations.map(\.id) == ["al1", "al2"])
        #expect(CaseValidator.problems(in: value).isEmpty)
    }
}
