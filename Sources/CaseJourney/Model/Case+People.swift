extension Case {
    /// Finds a person by id, or by first name when exactly one person has it (case-insensitive).
    public func person(_ reference: String) throws(CaseJourneyError) -> Person {
        if let byID = people.first(where: { $0.id == reference }) { return byID }
        let matches = people.filter { $0.firstName.lowercased() == reference.lowercased() }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw .usage("More than one person in case \(caseId) is called \(reference): "
                + "\(Case.describe(matches)). Use their id instead.")
        }
        throw .usage("There is nobody called \(reference) in case \(caseId). "
            + (people.isEmpty ? "Nobody has been added yet: use `cj person add`." : "The people are: \(Case.describe(people))."))
    }

    /// Like `person(_:)`, but only children; the error lists the case's children.
    public func child(_ reference: String) throws(CaseJourneyError) -> Person {
        let found: Person
        do {
            found = try person(reference)
        } catch {
            throw .usage("There is no child called \(reference) in case \(caseId). \(childrenList)")
        }
        guard found.isChild else {
            throw .usage("\(found.name) is not a child in case \(caseId). \(childrenList)")
        }
        return found
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
