/// A word in newly recorded text that a family may read and may not understand: a listed term,
/// or an abbreviation nobody has explained. Recording goes ahead; the worker is told.
public struct JargonWarning: Sendable, Equatable {
    /// What was typed, in the worker's terms: "the reason of action a4".
    public var field: String
    /// Where in the case file, as a JSON path: `actions[3].history[0].reason`.
    public var path: String = ""
    /// The word as it was typed.
    public var written: String
    /// What it means in plain words, when it is a listed term.
    public var meaning: String?
    /// Advice for the writer, when the list has some.
    public var advice: String?

    /// One line for the person who typed it.
    public var message: String {
        if let meaning {
            return "The \(field) uses \"\(written)\", which a parent may not understand. Plain words: \"\(meaning)\"."
                + (advice.map { " \($0)" } ?? "")
        }
        return "The \(field) uses \"\(written)\", an abbreviation a parent may not know. Write it out in full."
    }
}

extension Jargon {
    /// The jargon in text a family member may read that `after` holds and `before` did not: what
    /// one change just recorded. Names in the case are not taken for abbreviations.
    public static func warnings(recordedIn after: Case, comparedWith before: Case) -> [JargonWarning] {
        var earlier: [String: Int] = [:]
        let (old, new) = changedFamilyReadableTexts(before, after)
        for text in old { earlier[text.value, default: 0] += 1 }
        // People's names are not abbreviations; an agency's or a service's name may well be one.
        let names = nameWords([after.familyName] + after.people.map(\.name) + after.professionals.map(\.name))
        var warnings: [JargonWarning] = []
        for text in new {
            if let count = earlier[text.value], count > 0 {
                earlier[text.value] = count - 1
                continue
            }
            var written: Set<String> = []
            let field = describe(text.path, in: after)
            // A term written out in words ("core group") is explained in brackets wherever a
            // family reads it; the worker hears only of abbreviations and of terms with advice.
            for match in matches(in: text.value) where (match.term.advice != nil || isAbbreviation(match.written))
                && written.insert(match.written).inserted {
                warnings.append(JargonWarning(field: field, path: text.path, written: match.written, meaning: match.term.meaning, advice: match.term.advice))
            }
            for word in unexplainedAbbreviations(in: text.value, names: names) {
                warnings.append(JargonWarning(field: field, path: text.path, written: word))
            }
        }
        return warnings
    }

    /// "HV", "DNA'd", "2x", "appts": a short form, not words written out.
    static func isAbbreviation(_ written: String) -> Bool {
        !written.contains(" ") && (written.count <= 5 || !written.contains(where: \.isLowercase))
    }

    /// The family-readable texts of the case's lists that differ between `before` and `after`:
    /// a visit logged changes no list a family reads, so nothing is encoded for it.
    static func changedFamilyReadableTexts(_ before: Case, _ after: Case) -> (before: [(path: String, value: String)], after: [(path: String, value: String)]) {
        var old: [(path: String, value: String)] = [], new: [(path: String, value: String)] = []
        let earlier = Dictionary(Mirror(reflecting: before).children.compactMap { child in child.label.map { ($0, child.value) } },
                                 uniquingKeysWith: { first, _ in first })
        for child in Mirror(reflecting: after).children {
            guard let key = child.label, familyReadableLists.contains(key), let list = child.value as? any (Equatable & Encodable) else { continue }
            if let previous = earlier[key], isSame(list, previous) { continue }
            collect(CaseFileCodec.encodeTree(list), at: key, into: &new)
            if let previous = earlier[key] as? any Encodable { collect(CaseFileCodec.encodeTree(previous), at: key, into: &old) }
        }
        func readable(_ text: (path: String, value: String)) -> Bool {
            let path = DisclosureCatalogue.path(text.path)
            // A parent's own words, recorded as they said them, are not the worker's to improve.
            if Jargon.parentsOwnWords.contains(path) { return false }
            return DisclosureCatalogue.fields[path] == .decidedByPolicy || path == "professionals[].role" || path == "professionals[].agency"
        }
        return (old.filter(readable), new.filter(readable))
    }

    /// Fields that hold what a family member said, in their words.
    static let parentsOwnWords: Set<String> = ["correctionRequests[].wrong", "correctionRequests[].shouldSay"]

    /// The case file's top-level lists that hold anything a family member may read.
    static let familyReadableLists: Set<String> = Set(DisclosureCatalogue.fields.filter { $0.value == .decidedByPolicy }.keys
        .map { String($0.prefix { $0 != "[" && $0 != "." }) } + ["professionals"])

    private static func isSame<Value: Equatable>(_ value: Value, _ other: Any) -> Bool {
        (other as? Value) == value
    }

    /// "reason of action a4" for `actions[3].history[0].reason`: the record by its id, and the
    /// field by its name.
    static func describe(_ path: String, in value: Case) -> String {
        let field = path.split(separator: ".").last.map { String($0.prefix { $0 != "[" }) } ?? path
        guard let open = path.firstIndex(of: "["), let close = path.firstIndex(of: "]"),
              let index = Int(path[path.index(after: open)..<close]),
              let kind = RecordKind.allCases.first(where: { CaseValidator.key(of: $0) == String(path[..<open]) }),
              let ids = value.recordIDsByKind.first(where: { $0.kind == kind })?.ids, ids.indices.contains(index) else { return path }
        return "\(field) of \(kind.rawValue) \(ids[index])"
    }

    private static func collect(_ tree: JSONValue, at path: String, into texts: inout [(path: String, value: String)]) {
        switch tree {
        case .string(let text): texts.append((path, text))
        case .array(let elements):
            for (index, element) in elements.enumerated() { collect(element, at: "\(path)[\(index)]", into: &texts) }
        case .object(let members):
            for member in members { collect(member.value, at: path.isEmpty ? member.key : "\(path).\(member.key)", into: &texts) }
        default: break
        }
    }
}
