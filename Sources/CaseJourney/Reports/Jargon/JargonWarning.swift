/// A word in newly recorded text that a family may read and may not understand: a listed term,
/// or an abbreviation nobody has explained. Recording goes ahead; the worker is told.
public struct JargonWarning: Sendable, Equatable {
    /// Where in the case file, as a JSON path: `actions[2].history[0].text`.
    public var field: String
    /// The word as it was typed.
    public var written: String
    /// What it means in plain words, when it is a listed term.
    public var meaning: String?
    /// Advice for the writer, when the list has some.
    public var advice: String?

    /// One line for the person who typed it.
    public var message: String {
        if let meaning {
            return "\(field) uses \"\(written)\", which a parent may not understand. Plain words: \"\(meaning)\"."
                + (advice.map { " \($0)" } ?? "")
        }
        return "\(field) uses \"\(written)\", an abbreviation a parent may not know. Write it out in full."
    }
}

extension Jargon {
    /// The jargon in text a family member may read that `after` holds and `before` did not: what
    /// one change just recorded. Names in the case are not taken for abbreviations.
    public static func warnings(recordedIn after: Case, comparedWith before: Case) -> [JargonWarning] {
        var earlier: [String: Int] = [:]
        for text in familyReadableTexts(in: before) { earlier[text.value, default: 0] += 1 }
        // People's names are not abbreviations; an agency's or a service's name may well be one.
        let names = nameWords([after.familyName] + after.people.map(\.name) + after.professionals.map(\.name))
        var warnings: [JargonWarning] = []
        for text in familyReadableTexts(in: after) {
            if let count = earlier[text.value], count > 0 {
                earlier[text.value] = count - 1
                continue
            }
            var written: Set<String> = []
            for match in matches(in: text.value) where written.insert(match.written).inserted {
                warnings.append(JargonWarning(field: text.path, written: match.written, meaning: match.term.meaning, advice: match.term.advice))
            }
            for word in unexplainedAbbreviations(in: text.value, names: names) {
                warnings.append(JargonWarning(field: text.path, written: word))
            }
        }
        return warnings
    }

    /// Every string of the case the disclosure policy may show a family member, with its path,
    /// and professionals' roles and agencies, which a summary shows as they are.
    static func familyReadableTexts(in value: Case) -> [(path: String, value: String)] {
        var texts: [(path: String, value: String)] = []
        collect(CaseFileCodec.encodeTree(value), at: "", into: &texts)
        return texts.filter { text in
            let path = DisclosureCatalogue.path(text.path)
            return DisclosureCatalogue.fields[path] == .decidedByPolicy || path == "professionals[].role" || path == "professionals[].agency"
        }
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
