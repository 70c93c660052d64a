@testable import CaseJourney
import Foundation
import Testing

/// The store's index writes each case's answer as a line of JSON straight to bytes. Whatever a
/// value's encoding does, the line must be the text the tree encoder and the writer give.
@Suite struct InlineJSONEncoderTests {
    private static let store = CaseStore(path: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures/store").path)

    /// Expects the same line either way, and says whether it was written as the value was encoded.
    @discardableResult
    private func expectSameLine(_ value: some Encodable, _ comment: Comment? = nil) throws -> Bool {
        let direct = String(decoding: try InlineJSONEncoder.encode(value), as: UTF8.self)
        let throughTree = JSONWriter.inline(try JSONValueEncoder.encode(value))
        #expect(direct == throughTree, comment)
        return try InlineJSONEncoder.encodedAsItComes(value) != nil
    }

    /// Every sample family, whole, and each of the answers the index keeps for it.
    @Test func everySampleCaseAndItsIndexedAnswersAreWrittenAlike() throws {
        let asOf = CalendarDate("2026-11-23")!
        let agenda = Agenda(settings: StoreSettings(), asOf: asOf, within: 10)
        let ids = try Self.store.caseIDs()
        #expect(ids.count >= 8)
        for id in ids {
            let value = try Self.store.read(id)
            // Synthesised encodings, which are all the index holds, are written as they come.
            #expect(try expectSameLine(value, "\(id)"))
            #expect(try expectSameLine(CaseOverview(value), "\(id) overview"))
            #expect(try expectSameLine(HeldRows(holder: value.worker(on: asOf), rows: agenda.items(for: value)), "\(id) agenda"))
            #expect(try expectSameLine(OverdueVisitsReport(asOf: asOf).rows(for: value, schedule: VisitSchedule(settings: StoreSettings())),
                                       "\(id) overdue"))
        }
    }

    @Test func leavesOfEveryKindAreWrittenAlike() throws {
        #expect(try expectSameLine(Leaves()))
        try expectSameLine([1.0, 1.5, -0.25, 1e20, 123_456_789_012.0])
        try expectSameLine(["say \"hi\"\\ then\n\t\u{01} é 😀", ""])
        try expectSameLine([String?.none, "x"])
        try expectSameLine(Nothing())
        try expectSameLine([Nothing(), Nothing()])
        try expectSameLine(Wrapped(inner: Leaves()))
        try expectSameLine([[Int]](arrayLiteral: [], [1], [2, 3]))
    }

    /// Encodings that text written as it comes cannot follow are handed to the tree encoder.
    @Test func unusualEncodingsAreWrittenAsTheTreeEncoderWritesThem() throws {
        #expect(try !expectSameLine(KeyTwice()))
        #expect(try !expectSameLine(LateNestedWrite()))
        #expect(try expectSameLine(ContainerAskedTwice()))
        #expect(try !expectSameLine(UsesSuperEncoder()))
        #expect(try !expectSameLine(AsksItsPath()))
        #expect(try expectSameLine(NestedLists()))
        #expect(try !expectSameLine([KeyTwice(), KeyTwice()]))
        #expect(try !expectSameLine(CountsAFinishedList()))
        #expect(try !expectSameLine(Holder(child: WritesIntoItsParent())))
        #expect(try !expectSameLine(Outer(inner: ThrowsAtTheTop())))
    }

    /// An error the value throws for this encoder alone (it depended on the coding path) is not passed on.
    @Test func anErrorOnlyThisEncoderCausesIsNotPassedOn() throws {
        #expect(try InlineJSONEncoder.encodedAsItComes(Outer(inner: ThrowsAtTheTop())) == nil)
        #expect(throws: ThrowsAtTheTop.AtTheTop.self) { try InlineJSONEncoder.encode(ThrowsAtTheTop()) }
    }
}

private struct Leaves: Encodable {
    var text = "a \"b\""
    var flag = true
    var whole = -42
    var small: Int8 = -8
    var large: UInt64 = .max
    var fraction = 2.5
    var single: Float = 0.5
    var none: String? = nil
    var date = CalendarDate("2026-03-09")!

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(text, forKey: Key("text"))
        try container.encode(flag, forKey: Key("flag"))
        try container.encode(whole, forKey: Key("whole"))
        try container.encode(small, forKey: Key("small"))
        try container.encode(large, forKey: Key("large"))
        try container.encode(fraction, forKey: Key("fraction"))
        try container.encode(single, forKey: Key("single"))
        try container.encodeNil(forKey: Key("nothing"))
        try container.encodeIfPresent(none, forKey: Key("none"))
        try container.encode(date, forKey: Key("date"))
    }
}

private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Encodes nothing at all: written as an empty object.
private struct Nothing: Encodable {
    func encode(to encoder: any Encoder) throws {}
}

/// A value that stands for another through a single-value container.
private struct Wrapped: Encodable {
    var inner: Leaves
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(inner)
    }
}

private struct KeyTwice: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(1, forKey: Key("a"))
        try container.encode("b", forKey: Key("b"))
        try container.encode(2, forKey: Key("a"))
    }
}

/// Writes into a nested object after its parent has written the next field.
private struct LateNestedWrite: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        var nested = container.nestedContainer(keyedBy: Key.self, forKey: Key("nested"))
        try nested.encode(1, forKey: Key("first"))
        try container.encode(2, forKey: Key("after"))
        try nested.encode(3, forKey: Key("late"))
    }
}

private struct ContainerAskedTwice: Encodable {
    func encode(to encoder: any Encoder) throws {
        var first = encoder.container(keyedBy: Key.self)
        var list = first.nestedUnkeyedContainer(forKey: Key("list"))
        try list.encode(1)
        var second = encoder.container(keyedBy: Key.self)
        try second.encode(2, forKey: Key("more"))
        try first.encode(3, forKey: Key("last"))
    }
}

private struct UsesSuperEncoder: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(1, forKey: Key("own"))
        try Leaves().encode(to: container.superEncoder())
    }
}

private struct AsksItsPath: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(encoder.codingPath.count, forKey: Key("depth"))
    }
}

private struct NestedLists: Encodable {
    func encode(to encoder: any Encoder) throws {
        var list = encoder.unkeyedContainer()
        var inner = list.nestedUnkeyedContainer()
        try inner.encode(1)
        try inner.encode(list.count)
        var object = list.nestedContainer(keyedBy: Key.self)
        try object.encode(true, forKey: Key("in"))
        try list.encodeNil()
        try list.encode(Leaves())
    }
}

/// Asks a nested list's count after the list has been finished.
private struct CountsAFinishedList: Encodable {
    func encode(to encoder: any Encoder) throws {
        var outer = encoder.unkeyedContainer()
        var inner = outer.nestedUnkeyedContainer()
        try inner.encode(1)
        try outer.encode(0)
        try outer.encode(inner.count)
    }
}

/// Gives the value inside it a second container for its own object, which that value writes a
/// field into while it is itself being written.
private final class ParentContainer {
    var container: KeyedEncodingContainer<Key>?
}

private struct Holder: Encodable {
    var child: WritesIntoItsParent
    func encode(to encoder: any Encoder) throws {
        var own = encoder.container(keyedBy: Key.self)
        child.parent.container = encoder.container(keyedBy: Key.self)
        try own.encode(child, forKey: Key("a"))
    }
}

private struct WritesIntoItsParent: Encodable {
    let parent = ParentContainer()
    func encode(to encoder: any Encoder) throws {
        var parentsContainer = parent.container!
        try parentsContainer.encode(5, forKey: Key("b"))
    }
}

/// Throws when encoded at the top, where its coding path is empty.
private struct ThrowsAtTheTop: Encodable {
    struct AtTheTop: Error {}
    func encode(to encoder: any Encoder) throws {
        if encoder.codingPath.isEmpty { throw AtTheTop() }
        var container = encoder.singleValueContainer()
        try container.encode(1)
    }
}

private struct Outer: Encodable {
    var inner: ThrowsAtTheTop
}
