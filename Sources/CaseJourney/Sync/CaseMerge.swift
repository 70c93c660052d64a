/// Merges two copies of one case file that both changed since the version they share, record by
/// record, the way a worker would: what either side added is kept, a field only one side changed
/// takes that change, and a field both sides changed differently becomes an open conflict with
/// both values kept (see `MergeConflict`).
///
/// It works on the JSON tree, so fields this version does not know are merged and kept too, and
/// the result is read back through the one reader before it is accepted: a merge never produces
/// a file any command would reject.
public enum CaseMerge {
    public struct Outcome: Sendable {
        /// The merged case file.
        public var bytes: [UInt8]
        /// Conflicts this merge found (already recorded in the case).
        public var conflicts: [MergeConflict]
    }

    /// - Parameters:
    ///   - base: the version both copies started from; nil when there is none (both added the case).
    ///   - path: the case file's name, for messages.
    ///   - by: who is merging, for the history and the conflicts.
    ///   - at: when, as a history timestamp.
    public static func merge(base: [UInt8]?, ours: [UInt8], theirs: [UInt8], path: String,
                             by author: String, at timestamp: String) throws(CaseJourneyError) -> Outcome {
        // Both sides must be cases the one reader accepts; the base need only be JSON.
        let oursCase = try CaseFileCodec.decode(ours, path: "\(path) (this copy)").value
        let theirsCase = try CaseFileCodec.decode(theirs, path: "\(path) (the other copy)").value
        // Nothing to merge: no new revision and no history entry for it.
        if ours == theirs { return Outcome(bytes: ours, conflicts: []) }
        guard oursCase.caseId == theirsCase.caseId else {
            throw .usage("\(path) cannot be merged: this copy is case \(oursCase.caseId) and the other is case \(theirsCase.caseId).")
        }
        let oursTree = try tree(ours, path: path)
        let theirsTree = try tree(theirs, path: path)
        let baseTree = base.flatMap { try? JSONParser.parse($0) }

        let revision = max(oursCase.revision, theirsCase.revision) + 1
        let why: String
        if baseTree == nil, let opened = oursCase.history.first, opened != theirsCase.history.first {
            // Each copy opened a case with this id: two families may share it by mistake, and
            // combining them record by record would mix one family's records into the other's.
            why = "two copies each opened a case \(oursCase.caseId) (\(opened.by) on \(opened.at.prefix(10)), "
                + "\(theirsCase.history.first?.by ?? "someone") on \(theirsCase.history.first?.at.prefix(10) ?? "another day")). "
                + "If they are different families, keep ours and open the other family again under a new id"
        } else {
            var merger = TreeMerger(by: author, at: timestamp)
            let merged = merger.value(base: baseTree, ours: oursTree, theirs: theirsTree, at: []) ?? oursTree
            let attempt = finish(merged, conflicts: merger.conflicts, revision: revision, by: author, at: timestamp)
            if var decoded = try? CaseFileCodec.decode(attempt, path: path) {
                // A person one copy withdrew as a duplicate, named in what the other copy added.
                let day = CalendarDate(String(timestamp.prefix(10))) ?? CalendarDate.today()
                _ = decoded.value.followWithdrawnDuplicates(by: author, on: day)
                return Outcome(bytes: CaseFileCodec.encode(decoded.value, preserving: decoded.unknownFields), conflicts: merger.conflicts)
            }
            // The record-by-record result breaks a rule of the case file (say, one copy withdrew
            // a person the other gave an action to).
            why = "the two copies could not be combined (\(firstProblem(attempt, path: path)))"
        }
        // Keep this copy whole and the other as a conflict on the whole case, so nothing is lost
        // and the file stays readable.
        let whole = MergeConflict(
            id: conflictID(path: [], ours: nil, theirs: String(decoding: theirs, as: UTF8.self)), path: [],
            about: "the whole case: \(why)",
            ours: nil, theirs: String(decoding: theirs, as: UTF8.self), at: timestamp, by: author)
        let fallback = finish(oursTree, conflicts: [whole], revision: revision, by: author, at: timestamp)
        let decoded = try CaseFileCodec.decode(fallback, path: path)
        return Outcome(bytes: CaseFileCodec.encode(decoded.value, preserving: decoded.unknownFields), conflicts: [whole])
    }

    private static func tree(_ bytes: [UInt8], path: String) throws(CaseJourneyError) -> JSONValue {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw .invalidFile(path: path, problems: [CaseFileProblem(location: "line \(error.line), column \(error.column)", expected: error.message)])
        }
    }

    private static func firstProblem(_ bytes: [UInt8], path: String) -> String {
        do {
            _ = try CaseFileCodec.decode(bytes, path: path)
            return "unknown"
        } catch {
            if case let .invalidFile(_, problems) = error, let first = problems.first { return first.description }
            return error.errorDescription ?? "\(error)"
        }
    }

    /// Sets the revision, adds the new conflicts and a history entry for the merge.
    private static func finish(_ tree: JSONValue, conflicts: [MergeConflict], revision: Int, by author: String, at timestamp: String) -> [UInt8] {
        guard case .object(var members) = tree else { return Array(JSONWriter.write(tree).utf8) }
        func set(_ key: String, _ value: JSONValue, before next: String? = nil) {
            if let index = members.firstIndex(where: { $0.key == key }) {
                members[index].value = value
            } else if let next, let index = members.firstIndex(where: { $0.key == next }) {
                members.insert((key, value), at: index)
            } else {
                members.append((key, value))
            }
        }
        set("revision", .number(String(revision)))
        var recorded: [JSONValue] = []
        if case .array(let existing)? = tree["conflicts"] { recorded = existing }
        let known = Set(recorded.compactMap { $0["id"].flatMap(\.stringValue) })
        let added = conflicts.filter { !known.contains($0.id) }
        if !added.isEmpty {
            set("conflicts", .array(recorded + added.map(CaseFileCodec.encodeTree)), before: "history")
        }
        var history: [JSONValue] = []
        if case .array(let existing)? = tree["history"] { history = existing }
        let note = added.isEmpty ? "" : added.count == 1
            ? "; 1 change made differently on each copy is kept for a decision (\(added[0].id))"
            : "; \(added.count) changes made differently on each copy are kept for a decision"
        history.append(CaseFileCodec.encodeTree(HistoryEntry(
            at: timestamp, by: author, change: "Merged the changes made on another copy of the case" + note, revision: revision)))
        set("history", .array(history))
        return Array(JSONWriter.write(.object(members)).utf8)
    }

    /// `x` and six hex digits from where the conflict is and the two values, in either order, so
    /// the same conflict found by two people merging is recorded once.
    static func conflictID(path: [String], ours: String?, theirs: String?) -> String {
        let values = [ours ?? "", theirs ?? ""].sorted()
        var hash: UInt32 = 2_166_136_261
        for byte in (path.joined(separator: "\u{1}") + "\u{0}" + values.joined(separator: "\u{0}")).utf8 {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        let hex = String(hash & 0xFF_FFFF, radix: 16)
        return "x" + String(repeating: "0", count: 6 - hex.count) + hex
    }
}

/// The three-way merge of two JSON trees, collecting conflicts as it goes.
struct TreeMerger {
    let by: String
    let at: String
    var conflicts: [MergeConflict] = []

    /// The merged value at `path`; nil when it is left out.
    mutating func value(base: JSONValue?, ours: JSONValue?, theirs: JSONValue?, at path: [String]) -> JSONValue? {
        if ours == theirs { return ours }
        if base == ours { return theirs }
        if base == theirs { return ours }
        // Worked out after the merge, never a conflict.
        if path == ["revision"] || path == ["schemaVersion"] { return ours }
        // Two people settled the same conflict differently: neither settlement silently wins.
        if path.first == "conflicts", path.count == 2, let reopened = TreeMerger.reopened(ours: ours, theirs: theirs) {
            return reopened
        }
        // Two people who found the same conflict may word or time it differently: one record of
        // it is enough, and a settled one is kept over an open one (settling is a one-way step).
        if path.first == "conflicts", path.count > 2 { return ours ?? theirs }
        switch (ours, theirs) {
        case let (.object(oursMembers)?, .object(theirsMembers)?):
            return object(base: base, ours: oursMembers, theirs: theirsMembers, at: path)
        case let (.array(oursElements)?, .array(theirsElements)?):
            var baseElements: [JSONValue] = []
            if case .array(let elements)? = base { baseElements = elements }
            return array(base: baseElements, ours: oursElements, theirs: theirsElements, at: path)
        default:
            conflict(at: path, ours: ours, theirs: theirs)
            return ours
        }
    }

    /// A conflict settled one way on this copy and another way on the other, opened again with
    /// the two settlements as its versions and who chose each, and why, in its description.
    static func reopened(ours: JSONValue?, theirs: JSONValue?) -> JSONValue? {
        guard case .object(var members)? = ours, let mine = ours?["resolution"], let other = theirs?["resolution"],
              mine["value"] != other["value"] || mine["kept"] != other["kept"] else { return nil }
        func settlement(_ resolution: JSONValue) -> String {
            let value = resolution["value"]?.stringValue ?? "the whole copy it had"
            return "\(resolution["by"]?.stringValue ?? "someone") kept \(value) (\(resolution["reason"]?.stringValue ?? "no reason given"))"
        }
        let about = (ours?["about"]?.stringValue ?? "") + "; settled differently on two copies: \(settlement(mine)); \(settlement(other))"
        members.removeAll { $0.key == "resolution" }
        for (key, value) in [("about", JSONValue.string(about)), ("ours", mine["value"]), ("theirs", other["value"])] {
            members.removeAll { $0.key == key }
            if let value { members.append((key, value)) }
        }
        return .object(members)
    }

    private mutating func object(base: JSONValue?, ours: [(key: String, value: JSONValue)],
                                 theirs: [(key: String, value: JSONValue)], at path: [String]) -> JSONValue {
        var keys = ours.map(\.key)
        let oursKeys = Set(keys)
        keys += theirs.map(\.key).filter { !oursKeys.contains($0) }
        var members: [(key: String, value: JSONValue)] = []
        for key in keys {
            let oursValue = ours.first { $0.key == key }?.value
            let theirsValue = theirs.first { $0.key == key }?.value
            if let merged = value(base: base?[key], ours: oursValue, theirs: theirsValue, at: path + [key]) {
                members.append((key, merged))
            }
        }
        return .object(members)
    }

    private mutating func array(base: [JSONValue], ours: [JSONValue], theirs: [JSONValue], at path: [String]) -> JSONValue {
        let all = base + ours + theirs
        if all.allSatisfy({ $0["id"]?.stringValue != nil }) {
            return records(base: base, ours: ours, theirs: theirs, at: path)
        }
        let unitedInTime = path == ["history"] || path.last == "corrections"
        if all.allSatisfy(\.isScalar) || unitedInTime {
            let united = unite(base: base, ours: ours, theirs: theirs)
            return .array(path == ["history"] ? inTimeOrder(united) : united)
        }
        // A list without ids whose order means something (an action's steps): both sides added
        // to it differently, so this is a decision for a person.
        conflict(at: path, ours: .array(ours), theirs: .array(theirs))
        return .array(ours)
    }

    /// Records matched by id: this side's order, then what only the other side added.
    private mutating func records(base: [JSONValue], ours: [JSONValue], theirs: [JSONValue], at path: [String]) -> JSONValue {
        func byID(_ list: [JSONValue]) -> [String: JSONValue] {
            var found: [String: JSONValue] = [:]
            for record in list { if let id = record["id"]?.stringValue, found[id] == nil { found[id] = record } }
            return found
        }
        let baseByID = byID(base), oursByID = byID(ours), theirsByID = byID(theirs)
        var order: [String] = []
        var seen = Set<String>()
        for record in ours + theirs {
            if let id = record["id"]?.stringValue, seen.insert(id).inserted { order.append(id) }
        }
        var merged: [JSONValue] = []
        for id in order {
            if let record = value(base: baseByID[id], ours: oursByID[id], theirs: theirsByID[id], at: path + [id]) {
                merged.append(record)
            }
        }
        return .array(merged)
    }

    /// A list as a set: this side's, less what the other side took out, plus what it added.
    private func unite(base: [JSONValue], ours: [JSONValue], theirs: [JSONValue]) -> [JSONValue] {
        let removedByTheirs = base.filter { !theirs.contains($0) }
        return ours.filter { !removedByTheirs.contains($0) } + theirs.filter { !base.contains($0) && !ours.contains($0) }
    }

    /// History entries by their time, keeping the order of those written in the same second.
    private func inTimeOrder(_ entries: [JSONValue]) -> [JSONValue] {
        entries.enumerated().sorted { left, right in
            let leftTime = left.element["at"]?.stringValue ?? "", rightTime = right.element["at"]?.stringValue ?? ""
            return leftTime == rightTime ? left.offset < right.offset : leftTime < rightTime
        }.map(\.element)
    }

    private mutating func conflict(at path: [String], ours: JSONValue?, theirs: JSONValue?) {
        let oursText = ours.map(JSONWriter.inline), theirsText = theirs.map(JSONWriter.inline)
        let id = CaseMerge.conflictID(path: path, ours: oursText, theirs: theirsText)
        guard !conflicts.contains(where: { $0.id == id }) else { return }
        conflicts.append(MergeConflict(id: id, path: path, about: MergeConflict.describe(path), ours: oursText,
                                       theirs: theirsText, at: at, by: by))
    }
}

extension MergeConflict {
    /// A place in the case file in words: `["riskRatings", "r2", "score"]` is
    /// "risk rating r2: score".
    static func describe(_ path: [String]) -> String {
        guard let list = path.first else { return "the whole case" }
        guard path.count > 1 else { return "the case's \(words(list))" }
        let record = "\(singular(list)) \(path[1])"
        let rest = path.dropFirst(2)
        return rest.isEmpty ? record : "\(record): \(rest.map(words).joined(separator: " "))"
    }

    private static func singular(_ list: String) -> String {
        switch list {
        case "people": "person"
        case "worries": "worry"
        case "strategyDiscussions": "strategy discussion"
        default: words(list.hasSuffix("s") ? String(list.dropLast()) : list)
        }
    }

    /// `riskRatings` as "risk ratings".
    private static func words(_ key: String) -> String {
        var text = ""
        for character in key {
            if character.isUppercase { text += " " + character.lowercased() } else { text.append(character) }
        }
        return text
    }
}

extension JSONValue {
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }
}
