@testable import CaseJourney
import Foundation
import Testing

/// Two copies of one family's case changed offline, merged record by record.
@Suite struct CaseMergeTests {
    static let day = CalendarDate("2026-11-20")!

    /// The Ashworth family as both copies had it before they went offline.
    private func base() throws -> Case {
        let temporary = try TemporaryStore()
        return try temporary.makeFamily()
    }

    /// `change` made on the copy whose new ids end in `tag`.
    private func edited(_ value: Case, tag: String, by author: String = "Sam Okafor",
                        _ change: (inout Case) throws(CaseJourneyError) -> String) throws -> Case {
        var copy = value
        let description = try NewRecordIDs.with(tag: tag) { () throws(CaseJourneyError) in try change(&copy) }
        copy.record(description, by: author)
        return copy
    }

    private func merge(_ base: Case?, _ ours: Case, _ theirs: Case) throws -> (Case, [MergeConflict]) {
        let outcome = try CaseMerge.merge(base: base.map { CaseFileCodec.encode($0) }, ours: CaseFileCodec.encode(ours),
                                          theirs: CaseFileCodec.encode(theirs), path: "ASH-01.json", by: "Ruth Bell",
                                          at: Timestamp.now())
        // Whatever the merge wrote, the one reader accepts.
        return (try CaseFileCodec.decode(outcome.bytes, path: "merged").value, outcome.conflicts)
    }

    private func visit(_ value: inout Case, seeing child: String, by worker: String) throws(CaseJourneyError) -> String {
        try value.logVisit(VisitRecord(date: Self.day, by: worker, seen: [child]), today: Self.day)
    }

    @Test func visitsLoggedOnBothCopiesAreAllKeptWithDistinctIDs() throws {
        let start = try base()
        let ours = try edited(start, tag: "k7q") { value throws(CaseJourneyError) in try visit(&value, seeing: "amy", by: "Sam Okafor") }
        let theirs = try edited(start, tag: "m2p", by: "Jo Reed") { value throws(CaseJourneyError) in try visit(&value, seeing: "ben", by: "Jo Reed") }
        let (merged, conflicts) = try merge(start, ours, theirs)
        #expect(conflicts.isEmpty)
        #expect(merged.visits.map(\.id) == ["v1-k7q", "v1-m2p"])
        #expect(merged.visits.map(\.by) == ["Sam Okafor", "Jo Reed"])
        // The revision keeps rising past both copies, and both histories are there in time order.
        #expect(merged.revision == max(ours.revision, theirs.revision) + 1)
        let changes = merged.history.map(\.change)
        #expect(changes.contains { $0.contains("v1-k7q") } && changes.contains { $0.contains("v1-m2p") })
        #expect(changes.last?.hasPrefix("Merged the changes made on another copy") == true)
        #expect(merged.history.map(\.at) == merged.history.map(\.at).sorted())
    }

    /// One copy found Amy had been added twice and withdrew the duplicate; the other logged a
    /// visit seeing the duplicate. After the merge the visit names the Amy who stays.
    @Test func whatTheOtherCopyRecordedForAWithdrawnDuplicateMovesToThePersonWhoStays() throws {
        var start = try base()
        start = try edited(start, tag: "a00") { value throws(CaseJourneyError) in
            try value.add(Person(id: "amy-2", name: "Amy Ashworth", role: .child, born: CalendarDate("2019-04-02")), again: true)
        }
        #expect(CaseChecks.possibleDuplicates(in: start).count == 1)
        let ours = try edited(start, tag: "k7q") { value throws(CaseJourneyError) in
            try value.withdrawPerson("amy-2", reason: "Added twice", sameAs: "amy", by: "Sam", on: Self.day)
        }
        let theirs = try edited(start, tag: "m2p", by: "Jo Reed") { value throws(CaseJourneyError) in
            try visit(&value, seeing: "amy-2", by: "Jo Reed")
        }
        let (merged, conflicts) = try merge(start, ours, theirs)
        #expect(conflicts.isEmpty)
        let logged = try #require(merged.visits.first)
        #expect(logged.sighting(of: "amy")?.outcome == .seen)
        #expect(logged.sighting(of: "amy-2") == nil)
        #expect(logged.corrections?.first?.reason.contains("withdrawn as the same as amy on another copy") == true)
        #expect(CaseChecks.possibleDuplicates(in: merged).isEmpty)
    }

    /// What a hand edit took out of a case, however deep: records, their corrections, an
    /// action's steps and the history. Nothing cj itself does is a loss.
    @Test func lossesNameWhatAHandEditRemovedAndNothingCjDid() throws {
        var start = try base()
        start = try edited(start, tag: "a00") { value throws(CaseJourneyError) in try visit(&value, seeing: "amy", by: "Sam Okafor") }
        start = try edited(start, tag: "a00") { value throws(CaseJourneyError) in
            try value.changePerson("amy", PersonChanges(born: CalendarDate("2019-04-12")), reason: "Birth certificate", by: "Sam", on: Self.day)
        }
        // Changes cj makes, withdrawals included, lose nothing.
        let later = try edited(start, tag: "a00") { value throws(CaseJourneyError) in
            try value.withdrawRecord("v1-a00", reason: "Logged on the wrong case", by: "Sam", on: Self.day, allowed: [.visit])
        }
        #expect(later.losses(since: start) == [])
        var handEdited = start
        handEdited.visits = []
        handEdited.people[0].corrections = nil
        handEdited.history.removeLast()
        #expect(handEdited.losses(since: start) == ["1 correction of person amy as written", "visit v1-a00", "1 line of its history"])
        // Rewriting the past is a loss too: a withdrawal taken off, a correction's old value changed.
        var rewritten = later
        rewritten.visits[0].withdrawal = nil
        rewritten.people[0].corrections?[0].reason = "Typo"
        #expect(rewritten.losses(since: later) == ["1 correction of person amy as written", "the withdrawal of visit v1-a00"])
    }

    @Test func aFieldOnlyOneCopyChangedTakesThatChange() throws {
        let start = try base()
        let ours = try edited(start, tag: "k7q") { value throws(CaseJourneyError) in
            try value.changePerson("amy", PersonChanges(born: CalendarDate("2019-04-12")), reason: "Birth certificate", by: "Sam", on: Self.day)
        }
        let theirs = try edited(start, tag: "m2p") { value throws(CaseJourneyError) in
            try value.changePerson("ben", PersonChanges(name: "Benjamin Ashworth"), reason: "Full name", by: "Jo", on: Self.day)
        }
        let (merged, conflicts) = try merge(start, ours, theirs)
        #expect(conflicts.isEmpty)
        #expect(merged.person(withID: "amy")?.born == CalendarDate("2019-04-12"))
        #expect(merged.person(withID: "ben")?.name == "Benjamin Ashworth")
    }

    @Test func theSameFieldChangedDifferentlyIsKeptAsAConflictNotChosen() throws {
        let start = try base()
        let ours = try edited(start, tag: "k7q") { value throws(CaseJourneyError) in
            try value.changePerson("amy", PersonChanges(born: CalendarDate("2019-04-12")), reason: "Birth certificate", by: "Sam", on: Self.day)
        }
        let theirs = try edited(start, tag: "m2p") { value throws(CaseJourneyError) in
            try value.changePerson("amy", PersonChanges(born: CalendarDate("2019-05-02")), reason: "School records", by: "Jo", on: Self.day)
        }
        let (merged, conflicts) = try merge(start, ours, theirs)
        #expect(conflicts.count == 1)
        let conflict = try #require(merged.openConflicts.first)
        #expect(conflict.path == ["people", "amy", "born"])
        #expect(conflict.ours == "\"2019-04-12\"" && conflict.theirs == "\"2019-05-02\"")
        #expect(merged.person(withID: "amy")?.born == CalendarDate("2019-04-12"))
        // Both corrections stay on the record: what each worker did is not lost.
        #expect(merged.person(withID: "amy")?.correctionList.map(\.reason) == ["Birth certificate", "School records"])
        // The manager's agenda and validation show it.
        let checks = CaseChecks(settings: StoreSettings()).checks(for: merged, asOf: Self.day)
        #expect(checks.contains { $0.kind == .openConflict && $0.message.contains(conflict.id) })

        // Settling it with the other copy's value puts that value in place and closes it.
        var settled = merged
        _ = try settled.resolveConflict(conflict.id, keep: .theirs, reason: "Checked with the school", by: "Ruth", on: Self.day)
        #expect(settled.person(withID: "amy")?.born == CalendarDate("2019-05-02"))
        #expect(settled.openConflicts.isEmpty)
        #expect(settled.conflicts.first?.resolution?.kept == "theirs")
        #expect(CaseValidator.problems(in: settled, expectedCaseID: "ASH-01").isEmpty)

        // A value that is not a date is refused, and nothing changes.
        var refused = merged
        #expect(throws: CaseJourneyError.self) {
            try refused.resolveConflict(conflict.id, keep: .value("next spring"), reason: "Guess", by: "Ruth", on: Self.day)
        }
        #expect(refused == merged)
    }

    @Test func twoPeopleMergingTheSameCopiesRecordTheSameConflictOnce() throws {
        let start = try base()
        let ours = try edited(start, tag: "k7q") { value throws(CaseJourneyError) in
            try value.changePerson("amy", PersonChanges(born: CalendarDate("2019-04-12")), reason: "A", by: "Sam", on: Self.day)
        }
        let theirs = try edited(start, tag: "m2p") { value throws(CaseJourneyError) in
            try value.changePerson("amy", PersonChanges(born: CalendarDate("2019-05-02")), reason: "B", by: "Jo", on: Self.day)
        }
        let (one, _) = try merge(start, ours, theirs)
        let (other, _) = try merge(start, theirs, ours)
        #expect(one.conflicts.map(\.id) == other.conflicts.map(\.id))
        let (both, _) = try merge(nil, one, other)
        #expect(both.conflicts.count == 1)
    }

    @Test func fieldsThisVersionDoesNotKnowAreMergedAndKept() throws {
        let start = try base()
        func withField(_ value: Case, _ key: String) throws -> [UInt8] {
            guard case .object(var members) = try JSONParser.parse(CaseFileCodec.encode(value)) else { return [] }
            members.insert((key, .string("from a newer version")), at: 2)
            return Array(JSONWriter.write(.object(members)).utf8)
        }
        let outcome = try CaseMerge.merge(base: CaseFileCodec.encode(start), ours: withField(start, "ourField"),
                                          theirs: withField(start, "theirField"), path: "ASH-01.json", by: "Ruth", at: "2026-11-23T09:00:00Z")
        let text = String(decoding: outcome.bytes, as: UTF8.self)
        #expect(text.contains("\"ourField\"") && text.contains("\"theirField\""))
    }

    @Test func aCombinationThatBreaksARuleKeepsThisCopyAndTheOtherWhole() throws {
        let start = try base()
        // Both copies add a social worker's allocation from different days: the two cannot both stand.
        let ours = try edited(start, tag: "k7q") { value throws(CaseJourneyError) in
            try value.assign(Allocation(worker: "Sam Okafor", from: CalendarDate("2026-11-02")!))
        }
        let theirs = try edited(start, tag: "m2p") { value throws(CaseJourneyError) in
            try value.assign(Allocation(worker: "Jo Reed", from: CalendarDate("2026-11-09")!))
        }
        let (merged, conflicts) = try merge(start, ours, theirs)
        #expect(merged.currentWorker == "Sam Okafor")
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.path == [])
        // Keeping theirs brings the other copy back whole, with both histories.
        var settled = merged
        _ = try settled.resolveConflict(conflicts[0].id, keep: .theirs, reason: "Jo holds the case", by: "Ruth", on: Self.day)
        #expect(settled.currentWorker == "Jo Reed")
        #expect(settled.history.count >= merged.history.count)
        #expect(settled.openConflicts.isEmpty)
    }

    @Test func casesWithDifferentIDsAreNeverMerged() throws {
        let start = try base()
        var other = start
        other.caseId = "BRO-02"
        #expect(throws: CaseJourneyError.self) {
            try CaseMerge.merge(base: nil, ours: CaseFileCodec.encode(start), theirs: CaseFileCodec.encode(other),
                                path: "ASH-01.json", by: "Ruth", at: "2026-11-23T09:00:00Z")
        }
    }
}
