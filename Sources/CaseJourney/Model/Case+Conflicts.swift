/// Settling a conflict a merge left open: a person chooses which version stands, and why.
public enum ConflictChoice: Sendable, Equatable {
    /// The value the merge left in the record.
    case ours
    /// The other copy's value.
    case theirs
    /// A value given by hand, when neither copy was right.
    case value(String)

    /// `ours`, `theirs`, or anything else as a value of its own.
    public init(_ text: String) {
        switch text.lowercased() {
        case "ours": self = .ours
        case "theirs": self = .theirs
        default: self = .value(text)
        }
    }
}

extension Case {
    /// Puts the chosen value in place, marks the conflict settled, and returns the history line.
    public mutating func resolveConflict(_ id: String, keep choice: ConflictChoice, reason: String, by author: String,
                                         on date: CalendarDate) throws(CaseJourneyError) -> String {
        guard let index = conflicts.firstIndex(where: { $0.id == id }) else {
            let open = openConflicts.map(\.id)
            throw .usage("Case \(caseId) has no conflict \(id). "
                + (open.isEmpty ? "It has no open conflicts." : "Its open conflicts are \(open.joined(separator: ", ")); `cj conflict list \(caseId)` shows them."))
        }
        let conflict = conflicts[index]
        if let settled = conflict.resolution {
            throw .usage("Conflict \(id) was settled on \(settled.date) by \(settled.by) (\(settled.kept) kept). Nothing was changed.")
        }
        guard !reason.isBlank else { throw .usage("Say why this version stands, e.g. --reason \"Checked the birth certificate\".") }
        try TextInput.check(reason, field: "reason")

        let kept: String?
        if conflict.path.isEmpty {
            kept = try keepWholeCase(conflict, choice)
        } else {
            kept = try keepValue(conflict, choice)
        }
        let label = switch choice {
        case .ours: "ours"
        case .theirs: "theirs"
        case .value: "other"
        }
        conflicts[index].resolution = ConflictResolution(kept: label, value: kept, reason: reason.trimmed, by: author, date: date)
        let what = switch choice {
        case .ours: "kept what the record holds now (\(kept?.oneLine ?? "nothing"))"
        case .theirs: "kept the other copy's version"
        case .value: "set it to \(kept?.oneLine ?? "nothing")"
        }
        return "Settled conflict \(id) (\(conflict.about)): \(what). Why: \(reason.trimmed.oneLine)"
    }

    /// For a conflict over one field: the value chosen, put in place. Returns it as JSON text.
    private mutating func keepValue(_ conflict: MergeConflict, _ choice: ConflictChoice) throws(CaseJourneyError) -> String? {
        let chosen: JSONValue?
        switch choice {
        case .ours:
            // What the record holds now, which may have been corrected since the merge: it stays.
            return CaseFileCodec.encodeTree(self).value(following: conflict.path[...]).map(JSONWriter.inline)
        case .theirs: chosen = conflict.theirs.flatMap { try? JSONParser.parse(Array($0.utf8)) }
        case .value(let text): chosen = try Self.value(text, like: conflict)
        }
        let tree = CaseFileCodec.encodeTree(self)
        guard let changed = tree.replacing(at: conflict.path[...], with: chosen) else {
            throw .usage("The place conflict \(conflict.id) is about (\(conflict.about)) is no longer in case \(caseId), or this "
                + "version of cj does not know it. Settle it with --keep ours, or update cj.")
        }
        do {
            let updated = try JSONValueDecoder.decode(Case.self, from: changed)
            let settled = conflicts
            self = updated
            conflicts = settled
        } catch {
            throw .usage("\(chosen.map(JSONWriter.inline) ?? "Leaving it out") is not a possible value for \(conflict.about). "
                + "Give a value of the same kind as the two versions (\(conflict.versions)).")
        }
        return chosen.map(JSONWriter.inline)
    }

    /// A value typed by hand, read as the same kind of value as the versions in conflict.
    private static func value(_ text: String, like conflict: MergeConflict) throws(CaseJourneyError) -> JSONValue {
        let sample = [conflict.ours, conflict.theirs].compactMap { $0 }.compactMap { try? JSONParser.parse(Array($0.utf8)) }.first
        switch sample {
        case .string?:
            try TextInput.check(text, field: "value")
            return .string(text)
        default:
            guard let parsed = try? JSONParser.parse(Array(text.utf8)) else {
                throw .usage("\"\(text.oneLine)\" is not a value \(conflict.about) can hold; the versions were \(conflict.versions).")
            }
            return parsed
        }
    }

    /// For a conflict over the whole case: this copy stays, or the other copy replaces it (its
    /// history and this copy's are both kept, and the revision still goes up).
    private mutating func keepWholeCase(_ conflict: MergeConflict, _ choice: ConflictChoice) throws(CaseJourneyError) -> String? {
        switch choice {
        case .ours:
            return nil
        case .value:
            throw .usage("Conflict \(conflict.id) is about the whole case: keep ours or theirs, then correct what needs it.")
        case .theirs:
            guard let text = conflict.theirs else { return nil }
            var other = try CaseFileCodec.decode(Array(text.utf8), path: "the other copy kept in conflict \(conflict.id)").value
            var seen = Set<String>()
            other.history = (history + other.history).filter { seen.insert("\($0.at)|\($0.by)|\($0.change)").inserted }
                .enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
            // This copy is kept whole in the conflict, as the other copy was: nothing is lost.
            var replaced = self
            replaced.conflicts = []
            other.conflicts = conflicts.map { kept in
                var kept = kept
                if kept.id == conflict.id { kept.ours = String(decoding: CaseFileCodec.encode(replaced), as: UTF8.self) }
                return kept
            }
            other.revision = revision
            self = other
            return nil
        }
    }
}

extension JSONValue {
    /// The value at `path` (a record's id for each step into a list of records); nil when the
    /// path leads nowhere.
    func value(following path: ArraySlice<String>) -> JSONValue? {
        guard let step = path.first else { return self }
        switch self {
        case .object(let members): return members.first { $0.key == step }?.value.value(following: path.dropFirst())
        case .array(let elements): return elements.first { $0["id"]?.stringValue == step }?.value(following: path.dropFirst())
        default: return nil
        }
    }

    /// This tree with the value at `path` replaced (or left out, for nil). In a list of records a
    /// step is a record's id. Nil when the path leads nowhere.
    func replacing(at path: ArraySlice<String>, with newValue: JSONValue?) -> JSONValue? {
        guard let step = path.first else { return newValue }
        let rest = path.dropFirst()
        switch self {
        case .object(var members):
            if let index = members.firstIndex(where: { $0.key == step }) {
                if rest.isEmpty && newValue == nil {
                    members.remove(at: index)
                } else {
                    guard let changed = members[index].value.replacing(at: rest, with: newValue) else { return nil }
                    members[index].value = changed
                }
            } else {
                guard rest.isEmpty, let newValue else { return rest.isEmpty ? self : nil }
                members.append((step, newValue))
            }
            return .object(members)
        case .array(var elements):
            guard let index = elements.firstIndex(where: { $0["id"]?.stringValue == step }) else { return nil }
            if rest.isEmpty && newValue == nil {
                elements.remove(at: index)
            } else {
                guard let changed = elements[index].replacing(at: rest, with: newValue) else { return nil }
                elements[index] = changed
            }
            return .array(elements)
        default:
            return nil
        }
    }
}
