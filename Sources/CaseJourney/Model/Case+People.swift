extension Case {
    /// Finds a person by id, by full name, or by first name when exactly one person has it
    /// (names ignore case).
    public func person(_ reference: String) throws(CaseJourneyError) -> Person {
        try person(reference, among: people, noun: "nobody called", listing: "The people are")
    }

    /// Like `person(_:)`, but only children; the error lists the case's children.
    public func child(_ reference: String) throws(CaseJourneyError) -> Person {
        if let found = try? person(reference), !found.isChild {
            throw .usage("\(found.name) is not a child in case \(caseId). \(childrenList)")
        }
        do {
            return try person(reference, among: children, noun: "no child called", listing: "The children are")
        } catch {
            // "--not-seen Mia at nursery": the reason needs a colon after the name.
            if let first = reference.split(separator: " ").first, children.contains(where: { $0.firstName.lowercased() == first.lowercased() }) {
                throw .usage((error.errorDescription ?? "") + " To give a reason, write the name, a colon, then the reason: \"\(first): \(reference.dropFirst(first.count + 1))\".")
            }
            throw error
        }
    }

    private func person(_ reference: String, among candidates: [Person], noun: String, listing: String) throws(CaseJourneyError) -> Person {
        let wanted = reference.trimmed.lowercased()
        if let byID = candidates.first(where: { $0.id == reference.trimmed }) { return byID }
        let byName = candidates.filter { $0.name.lowercased() == wanted }
        let matches = byName.isEmpty ? candidates.filter { $0.firstName.lowercased() == wanted } : byName
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw .usage("More than one person in case \(caseId) is called \(reference): "
                + "\(Case.describe(matches)). Use their id instead (the word in brackets).")
        }
        let everyone = candidates.isEmpty
            ? (noun == "nobody called" ? "Nobody has been added yet: use `cj person add`." : childrenList)
            : "\(listing): \(Case.describe(candidates))."
        throw .usage("There is \(noun) \(reference) in case \(caseId). \(everyone)")
    }

    private var childrenList: String {
        children.isEmpty
            ? "No children have been added yet: use `cj person add --role child`."
            : "The children are: \(Case.describe(children))."
    }

    static func describe(_ people: [Person]) -> String {
        people.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
    }

    /// A short id from a name: "Amy Smith" becomes `amy`, then `amy-2` if that is taken.
    public func newPersonID(for name: String) -> String {
        let base = Case.slug(String(name.split(separator: " ").first ?? Substring(name)))
        return Case.firstUnused(base.isEmpty ? "person" : base, among: Set(people.map(\.id)))
    }

    static func slug(_ text: String) -> String {
        let lowered = text.lowercased().unicodeScalars.map { scalar -> Character in
            (scalar.properties.isAlphabetic && scalar.isASCII) || ("0"..."9").contains(scalar) ? Character(scalar) : "-"
        }
        return String(lowered).split(separator: "-").joined(separator: "-")
    }

    static func firstUnused(_ base: String, among used: Set<String>) -> String {
        guard used.contains(base) else { return base }
        var counter = 2
        while used.contains("\(base)-\(counter)") { counter += 1 }
        return "\(base)-\(counter)"
    }
}
