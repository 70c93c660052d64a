/// The parts of a case file this version does not understand, kept so a rewrite can put them back.
///
/// They are found by decoding the file and encoding it straight back: whatever the original had
/// that the round trip lost was unknown to this version. Found at read time, before any change, so
/// a field this version knows and deliberately clears is not brought back. Lists are matched
/// element by element: by `id` where elements have one, otherwise by position (lists in a case
/// file only ever grow at the end). An element written without an id that this version gives
/// one (allocations, before they had ids) is matched by position.
public struct UnknownFields: Sendable {
    private var members: [(key: String, value: JSONValue)] = []
    private var nested: [String: UnknownFields] = [:]
    private var elements: [String: UnknownFields] = [:]

    public init() {}

    public var isEmpty: Bool { members.isEmpty && nested.isEmpty && elements.isEmpty }

    /// What `original` holds that `roundTrip` (the same document decoded and re-encoded) lacks.
    public static func find(in original: JSONValue, missingFrom roundTrip: JSONValue) -> UnknownFields {
        var found = UnknownFields()
        switch (original, roundTrip) {
        case let (.object(originalMembers), .object):
            for member in originalMembers {
                if let known = roundTrip[member.key] {
                    let inner = find(in: member.value, missingFrom: known)
                    if !inner.isEmpty { found.nested[member.key] = inner }
                } else {
                    found.members.append(member)
                }
            }
        case let (.array(originalElements), .array(knownElements)):
            let knownByKey = Dictionary(
                knownElements.enumerated().flatMap { [(elementKey($1, index: $0), $1), ("#\($0)", $1)] },
                uniquingKeysWith: { first, _ in first })
            for (index, element) in originalElements.enumerated() {
                let key = elementKey(element, index: index)
                guard let known = knownByKey[key] else { continue }
                let inner = find(in: element, missingFrom: known)
                if !inner.isEmpty { found.elements[key] = inner }
            }
        default:
            break
        }
        return found
    }

    /// `value` with the unknown parts put back where they were found.
    public func restore(into value: JSONValue) -> JSONValue {
        guard !isEmpty else { return value }
        switch value {
        case .object(var objectMembers):
            for index in objectMembers.indices {
                if let inner = nested[objectMembers[index].key] {
                    objectMembers[index].value = inner.restore(into: objectMembers[index].value)
                }
            }
            var present = Set(objectMembers.map(\.key))
            for member in members where present.insert(member.key).inserted {
                objectMembers.append(member)
            }
            return .object(objectMembers)
        case .array(let arrayElements):
            return .array(arrayElements.enumerated().map { index, element in
                (elements[UnknownFields.elementKey(element, index: index)] ?? elements["#\(index)"])?.restore(into: element) ?? element
            })
        default:
            return value
        }
    }

    private static func elementKey(_ element: JSONValue, index: Int) -> String {
        if case .string(let id)? = element["id"] { return "id:" + id }
        return "#\(index)"
    }
}
