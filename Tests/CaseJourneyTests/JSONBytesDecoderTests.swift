@testable import CaseJourney
import Foundation
import Testing

/// The one case reader reads back exactly what was written, and names the place of any problem.
@Suite struct JSONBytesDecoderTests {
    private func fast(_ text: String, expectedCaseID: String? = "ASH-01") throws(CaseJourneyError) -> Case {
        try CaseFileCodec.decode(Array(text.utf8), path: "ASH-01.json", expectedCaseID: expectedCaseID).value
    }

    /// A case using every field the schedule reads, including escapes and unknown fields.
    private func richCase() throws -> Case {
        var value = Case(caseId: "ASH-01", familyName: "Ashworth")
        _ = try value.add(Person(id: "", name: "Amy \"Mimi\" Ashworth", role: .child, born: date("2019-04-02")))
        _ = try value.add(Person(id: "", name: "Ben Åshworth 😀", role: .child))
        _ = try value.add(Person(id: "", name: "Lee Ashworth", role: .father, livesInHousehold: false, parentalResponsibility: true))
        _ = try value.add(Person(id: "", name: "Kim Ashworth", role: .mother, contact: ContactDetails(address: "1 Elm Road\nNorthtown")),
                          confidentialFrom: ["lee"])
        _ = try value.assign(Allocation(worker: "Sam Okafor", from: date("2026-01-05")))
        _ = try value.assign(Allocation(worker: "Ola Ade", from: date("2026-05-05")))
        _ = try value.startPlan(type: .childProtection, children: ["amy"], category: .neglect, on: date("2026-02-02"))
        _ = try value.endPlan(nil, on: date("2026-06-01"), reason: "Stepped down")
        _ = try value.startPlan(type: .childInNeed, children: ["amy", "ben"], category: nil, on: date("2026-06-01"))
        _ = try value.logVisit(VisitRecord(date: date("2026-06-10"), by: "Ola Ade", seenAlone: ["amy"],
                                           notSeen: [("ben", "At nursery \\ \"late\"")],
                                           note: String(repeating: "Tab\there, quote \" and backslash \\. ", count: 40)), today: date("2027-12-31"))
        // A control character can only come from a hand-edited file; the reader must still read it.
        value.visits[0].children[1].reason! += " \u{1}"
        _ = try value.amendVisit("v1", with: VisitCorrection(seen: ["amy", "ben"]), reason: "Wrong child", today: date("2027-12-31"))
        _ = try value.setExpectation(.visits, plan: nil, child: "ben", interval: Interval(count: 3, unit: .weeks),
                                     reason: "Settling in", by: "Ruth Bell", on: date("2026-06-11"))
        value.history.append(HistoryEntry(at: "2026-06-11T10:00:00Z", by: "Ruth Bell", change: "Set an expectation"))
        return value
    }

    @Test func readsBackEveryFieldAsWrittenAndKeepsUnknownOnes() throws {
        let value = try richCase()
        var text = String(decoding: CaseFileCodec.encode(value), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"familyName\": \"Ashworth\",", with: "\"familyName\": \"Ashworth\", \"future\": {\"a\": [1, 2.5e3, null, true]},")
        #expect(try fast(text) == value)
        let decoded = try CaseFileCodec.decode(Array(text.utf8), path: "ASH-01.json")
        let rewritten = String(decoding: CaseFileCodec.encode(decoded.value, preserving: decoded.unknownFields), as: UTF8.self)
        #expect(rewritten.contains("\"future\": {"))
    }

    @Test func namesTheFieldAndValueOfABadDate() throws {
        let text = String(decoding: CaseFileCodec.encode(try richCase()), as: UTF8.self)
            .replacingOccurrences(of: "\"date\": \"2026-06-10\"", with: "\"date\": \"10/06/2026\"")
        #expect(throws: CaseJourneyError.invalidFile(path: "ASH-01.json", problems: [CaseFileProblem(
            location: "visits[0].date", found: "\"10/06/2026\"",
            expected: "expected a calendar date written YYYY-MM-DD, such as 2026-11-23")])) {
            try fast(text)
        }
    }

    @Test func reportsMissingFieldsWrongTypesAndBrokenReferences() throws {
        let text = String(decoding: CaseFileCodec.encode(try richCase()), as: UTF8.self)
        #expect(throws: CaseJourneyError.invalidFile(path: "ASH-01.json", problems: [CaseFileProblem(
            location: "revision", expected: "this required field is missing")])) {
            try fast(text.replacingOccurrences(of: "\"revision\": ", with: "\"revisionNumber\": "))
        }
        #expect(throws: CaseJourneyError.invalidFile(path: "ASH-01.json", problems: [CaseFileProblem(
            location: "people[0].livesInHousehold", found: "\"yes\"", expected: "expected true or false")])) {
            try fast(text.replacingOccurrences(of: "\"livesInHousehold\": true", with: "\"livesInHousehold\": \"yes\""))
        }
        #expect(throws: CaseJourneyError.self) {
            try fast(text.replacingOccurrences(of: "\"child\": \"ben\"", with: "\"child\": \"zoe\""))
        }
    }

    @Test func rejectsBadJSONAnywhereEvenInSkippedText() throws {
        let text = String(decoding: CaseFileCodec.encode(try richCase()), as: UTF8.self)
        for broken in [
            text.replacingOccurrences(of: "Tab\\there", with: "Tab\there"),  // a raw tab inside text
            text.replacingOccurrences(of: "backslash \\\\.", with: "backslash \\q."),  // an unknown escape
            text.replacingOccurrences(of: "\"by\": \"Ruth Bell\",", with: "\"by\": \"Ruth Bell\""),  // a missing comma
            String(text.dropLast(3)),  // cut short
            text + "x",
        ] {
            #expect(throws: CaseJourneyError.self) { try fast(broken) }
        }
    }

    /// A field name given twice is found however it is written; names that merely look alike
    /// (same length, same first and last letters) are different fields.
    @Test func refusesAFieldGivenTwiceHoweverItIsWritten() throws {
        let text = String(decoding: CaseFileCodec.encode(try richCase()), as: UTF8.self)
        for (twice, name) in [("\"kind\": \"home\", \"kind\"", "kind"), ("\"kind\": \"home\", \"ki\\u006ed\"", "kind"),
                              ("\"k\\u0069nd\": \"home\", \"kind\"", "kind")] {
            let damaged = text.replacingOccurrences(of: "\"kind\": \"home\"", with: twice + ": \"home\"")
            do {
                _ = try fast(damaged)
                Issue.record("\(twice) was read")
            } catch {
                #expect(error.errorDescription?.contains("the field \"\(name)\" appears twice") == true)
            }
        }
        // "kind" and "knnd": alike in length and ends, so compared in full, and not the same.
        let alike = text.replacingOccurrences(of: "\"kind\": \"home\"", with: "\"kind\": \"home\", \"knnd\": 1")
        #expect(try fast(alike).visits.count == 2)
    }

    @Test func skipsTextOfEveryLengthAndEveryPlacementOfSpecialCharacters() throws {
        // The fast skip tests eight bytes at a time: put quotes and escapes at every offset.
        for length in 0..<20 {
            for special in ["\"", "\\", "\n", "é", "\u{1F}"] {
                let note = String(repeating: "a", count: length) + special + String(repeating: "b", count: 19 - length)
                var value = try richCase()
                value.visits[0].note = note
                let quick = try fast(String(decoding: CaseFileCodec.encode(value), as: UTF8.self))
                #expect(quick.visits.count == 2)
                value.history[0].change = note
                #expect(try fast(String(decoding: CaseFileCodec.encode(value), as: UTF8.self)).history[0].change == note)
            }
        }
    }

    /// Visits, the children on them, history lines and the case itself list their fields once;
    /// read from a case file those fields are found straight in the document, and through any
    /// other decoder by its keyed containers. Both must give the same case, and for a damaged
    /// file the same first problem at the same place.
    @Test func fieldsReadFromTheDocumentAgreeWithAnyOtherDecoder() throws {
        let text = String(decoding: CaseFileCodec.encode(try richCase()), as: UTF8.self)
        let damage: [(String, (inout [String: Any]) -> Void)] = [
            ("nothing", { _ in }),
            ("an unknown outcome", { $0.visit(0) { $0.child(1) { $0["outcome"] = "maybe" } } }),
            ("children null", { $0.visit(0) { $0["children"] = NSNull() } }),
            ("a child null", { $0.visit(0) { $0["children"] = [NSNull()] } }),
            ("a child a list", { $0.visit(0) { $0["children"] = [[1]] } }),
            ("who visited missing", { $0.visit(1) { $0["by"] = nil } }),
            ("a note that is a number", { $0.visit(0) { $0["note"] = 5 } }),
            ("a null note and amends", { $0.visit(1) { $0["note"] = NSNull(); $0["amends"] = NSNull() } }),
            ("not for family as text", { $0.visit(0) { $0["notForFamily"] = "yes" } }),
            ("a bad visit date", { $0.visit(0) { $0["date"] = "2026-13-01" } }),
            ("a visit that is a list", { $0["visits"] = [[String]()] }),
            ("visits null", { $0["visits"] = NSNull() }),
            ("visits left out", { $0["visits"] = nil }),
            ("history an object", { $0["history"] = [String: Any]() }),
            ("a revision as text", { $0.historyLine(0) { $0["revision"] = "3" } }),
            ("a history line without a change", { $0.historyLine(0) { $0["change"] = nil } }),
            ("the case revision as text", { $0["revision"] = "1" }),
        ]
        for (name, change) in damage {
            var tree = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            change(&tree)
            let bytes = [UInt8](try JSONSerialization.data(withJSONObject: tree))
            let fromDocument = Result { () throws(CaseJourneyError) in try CaseFileCodec.decode(bytes, path: "ASH-01.json").value }
            let fromOther = Result { () throws(CaseJourneyError) -> Case in
                do {
                    return try JSONDecoder().decode(Case.self, from: Data(bytes))
                } catch let error as DecodingError {
                    throw bytes.withUnsafeBufferPointer { .invalidFile(path: "ASH-01.json", problems: [CaseFileCodec.problem(for: error, in: $0)]) }
                } catch {
                    throw .invalidFile(path: "ASH-01.json", problems: [])
                }
            }
            switch (fromDocument, fromOther) {
            case let (.success(document), .success(other)):
                #expect(document == other, "\(name)")
            case let (.failure(document), .failure(other)):
                #expect(document == other, "\(name)")
            default:
                Issue.record("\(name): read from the document \(fromDocument), by another decoder \(fromOther)")
            }
        }
    }
}

/// A record read field by field has its fields listed twice: in `CodingKeys`, which writing
/// uses, and in `init(fields:)`, which reading uses. A field left out of the reading list would
/// compile, and be lost on the next write; so every field is filled here (a check that fails when
/// a new one is added and not filled) and must come back from the file.
@Suite struct FieldListTests {
    private func everyFieldFilled(_ value: Any) -> Bool {
        Mirror(reflecting: value).children.allSatisfy { child in
            let mirror = Mirror(reflecting: child.value)
            return mirror.displayStyle != .optional || !mirror.children.isEmpty
        }
    }

    private func readBack<Record: Codable>(_ record: Record) throws -> Record {
        let bytes = Array(JSONWriter.write(CaseFileCodec.encodeTree(record)).utf8)
        return try bytes.withUnsafeBufferPointer { buffer throws(CaseJourneyError) in
            try CaseFileCodec.decode(Record.self, from: buffer, path: "record.json")
        }
    }

    @Test func everyFieldOfAVisitAndAHistoryLineIsReadBack() throws {
        let sighting = ChildSighting(child: "amy", outcome: .notSeen, reason: "At nursery")
        var visit = Visit(id: "v2", date: CalendarDate("2026-06-10")!, by: "Ola Ade", kind: .school, unannounced: true,
                          bedroomSeen: true, children: [sighting], note: "Quiet", amends: "v1", amendmentReason: "Wrong day")
        visit.adultsSeen = ["kim"]
        visit.privateFrom = ["lee"]
        visit.notForFamily = true
        visit.corrections = [Correction(date: CalendarDate("2026-06-11")!, by: "Ruth Bell", reason: "Merged a person",
                                        changes: [FieldChange(field: "children", was: "ben", now: "amy")])]
        visit.withdrawal = Withdrawal(date: CalendarDate("2026-06-12")!, by: "Ruth Bell", reason: "Wrong family", sameAs: "v1")
        let line = HistoryEntry(at: "2026-06-11T10:00:00Z", by: "Ruth Bell", change: "Logged a visit", revision: 4)

        #expect(everyFieldFilled(visit) && everyFieldFilled(sighting) && everyFieldFilled(line))
        #expect(try readBack(visit) == visit)
        #expect(try readBack(sighting) == sighting)
        #expect(try readBack(line) == line)
    }

    @Test func everyFieldOfAPersonAProfessionalAnAllocationAndAPlanIsReadBack() throws {
        let day = CalendarDate("2026-06-10")!
        let contact = ContactDetails(address: "1 Elm Row", phone: "01632 960000", email: "kim@example.org",
                                     school: "Elm Primary", workplace: "The bakery")
        let correction = Correction(date: day, by: "Ruth Bell", reason: "Misspelt",
                                    changes: [FieldChange(field: "name", was: "Amy Mo", now: "Amy Moe")])
        let withdrawal = Withdrawal(date: day, by: "Ruth Bell", reason: "Added twice", sameAs: "amy-2")

        var person = Person(id: "amy", name: "Amy Moe", role: .child, born: CalendarDate("2019-03-01")!,
                            expectedBirth: CalendarDate("2019-02-20")!, livesInHousehold: false, parentalResponsibility: false,
                            contact: contact, confidentialFrom: ["lee"])
        person.gender = .female
        person.ethnicity = .WBRI
        person.disability = true
        person.disabilities = [.hearing]
        person.upn = "A123456789012"
        person.contactNeeds = ContactNeeds(language: "Polish", interpreter: true, contactBy: [.call], needs: "Large print",
                                           workingHours: "Nights")
        person.corrections = [correction]
        person.withdrawal = withdrawal

        var professional = Professional(id: "hv", name: "Sam Pike", role: "health visitor", agency: "Health",
                                        contact: contact, confidentialFrom: ["lee"])
        professional.corrections = [correction]
        professional.withdrawal = withdrawal

        var allocation = Allocation(id: "al2", worker: "Ola Ade", from: day, to: CalendarDate("2026-07-01")!,
                                    contact: contact, manager: "Ruth Bell")
        allocation.endReason = "Ola left the team"
        allocation.handover = Handover(handedOver: "Ruth Bell", metFamily: day, metChildren: day, done: ["Read the plan"])
        allocation.corrections = [correction]
        allocation.withdrawal = withdrawal

        var plan = Plan(id: "p1", type: .childProtection, children: ["amy"], category: .neglect, start: day,
                        end: PlanEnd(date: CalendarDate("2027-01-10")!, reason: "Step down", conference: "rc1"))
        plan.conference = "icpc1"
        plan.corrections = [correction]
        plan.withdrawal = withdrawal

        #expect(everyFieldFilled(person) && everyFieldFilled(professional) && everyFieldFilled(allocation) && everyFieldFilled(plan))
        #expect(try readBack(person) == person)
        #expect(try readBack(professional) == professional)
        #expect(try readBack(allocation) == allocation)
        #expect(try readBack(plan) == plan)
    }
}

private extension Dictionary where Key == String, Value == Any {
    mutating func visit(_ index: Int, _ change: (inout [String: Any]) -> Void) { edit("visits", index, change) }
    mutating func child(_ index: Int, _ change: (inout [String: Any]) -> Void) { edit("children", index, change) }
    mutating func historyLine(_ index: Int, _ change: (inout [String: Any]) -> Void) { edit("history", index, change) }

    private mutating func edit(_ list: String, _ index: Int, _ change: (inout [String: Any]) -> Void) {
        var elements = self[list] as! [Any]
        var element = elements[index] as! [String: Any]
        change(&element)
        elements[index] = element
        self[list] = elements
    }
}
