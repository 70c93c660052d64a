/// A worker's marking on a record that holds free text: the people who must not read it, or that
/// it stays out of everything written for the family. The disclosure policy reads it; nothing
/// else needs to.
public protocol PrivacyMarked: Sendable {
    /// Person ids of family members who must never read this record.
    var privateFrom: [String]? { get set }
    /// True when the record is for professionals only.
    var notForFamily: Bool? { get set }
}

/// What a worker asked for when recording: `--private-from PERSON` and `--not-for-family`.
public struct PrivacyRequest: Sendable, Equatable {
    /// People as typed (id or name).
    public var privateFrom: [String]
    public var notForFamily: Bool

    public init(privateFrom: [String] = [], notForFamily: Bool = false) {
        self.privateFrom = privateFrom
        self.notForFamily = notForFamily
    }

    public static let none = PrivacyRequest()
}

extension PrivacyMarked {
    /// Who the record is marked private from, by id (empty when nobody).
    public var markedPrivateFrom: [String] { privateFrom ?? [] }
    public var isNotForFamily: Bool { notForFamily == true }

    /// "private from Ryan Evans", "not for the family", for history lines; empty when unmarked.
    func markingDescription(in value: Case) -> String {
        var parts: [String] = []
        if isNotForFamily { parts.append("not for the family") }
        if !markedPrivateFrom.isEmpty {
            parts.append("private from " + markedPrivateFrom.map { value.person(withID: $0)?.name ?? $0 }.joined(separator: ", "))
        }
        return parts.isEmpty ? "" : " [" + parts.joined(separator: "; ") + "]"
    }
}

extension Case {
    /// Applies a worker's marking to a record, finding each person named.
    func mark<Record: PrivacyMarked>(_ record: inout Record, _ request: PrivacyRequest) throws(CaseJourneyError) {
        var ids: [String] = record.markedPrivateFrom
        for reference in request.privateFrom {
            let person = try person(reference)
            if !ids.contains(person.id) { ids.append(person.id) }
        }
        record.privateFrom = ids.isEmpty ? nil : ids
        if request.notForFamily { record.notForFamily = true }
    }
}
