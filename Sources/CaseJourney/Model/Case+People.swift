extension Case {
    /// Finds a person by id, by full name, or by first name when exactly one person has it.
    /// Names match however they are typed: case, accents and apostrophes are ignored, so `Sian`
    /// finds Siân. Withdrawn people are not found. When two people match, the error lists both.
    public func person(_ reference: String) throws(CaseJourneyError) -> Person {
        try person(reference, among: people.inForce, noun: "nobody called", listing: "The people are")
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
            if error.errorDescription?.contains("There is no child called") == true,
               let first = reference.split(separator: " ").first, children.contains(where: { NameKey.same($0.firstName, String(first)) }) {
                throw .usage((error.errorDescription ?? "") + " To give a reason, write the name, a colon, then the reason: \"\(first): \(reference.dropFirst(first.count + 1))\".")
            }
            throw error
        }
    }

    private func person(_ reference: String, among candidates: [Person], noun: String, listing: String) throws(CaseJourneyError) -> Person {
        let typed = reference.trimmed
        if let byID = candidates.first(where: { $0.id == typed }) { return byID }
        let wanted = NameKey.fold(typed)
        let byName = candidates.filter { NameKey.fold($0.name) == wanted }
        let matches = byName.isEmpty ? candidates.filter { NameKey.fold($0.firstName) == wanted } : byName
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw .usage("More than one person in case \(caseId) could be \"\(typed)\": "
                + "\(Case.describe(matches)). Use their id instead (the word in brackets); nothing was written.")
        }
        if let gone = people.first(where: { $0.isWithdrawn && ($0.id == typed || NameKey.fold($0.name) == wanted || NameKey.fold($0.firstName) == wanted) }),
           let withdrawal = gone.withdrawal {
            throw .usage("\(gone.name) (\(gone.id)) was withdrawn on \(withdrawal.date) by \(withdrawal.by): \(withdrawal.reason)."
                + (withdrawal.sameAs.map { " Use \($0) instead." } ?? ""))
        }
        let everyone = candidates.isEmpty
            ? (noun == "nobody called" ? "Nobody has been added yet: use `cj person add`." : childrenList)
            : "\(listing): \(Case.describe(candidates))."
        throw .usage("There is \(noun) \(typed) in case \(caseId). \(everyone)")
    }

    private var childrenList: String {
        children.isEmpty
            ? "No children have been added yet: use `cj person add --role child`."
            : "The children are: \(Case.describe(children))."
    }

    static func describe(_ people: [Person]) -> String {
        people.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
    }

    /// A short, readable ASCII id from a name: "Zoë O'Brien" becomes `zoe`, then `zoe-2` if that
    /// is taken; a name with no Latin letters ("李 小龙") gets `p3` (the third person).
    public func newPersonID(for name: String) -> String {
        guard let base = NameKey.asciiID(for: name) else { return newRecordID("p", count: people.count) }
        return Case.firstUnused(NewRecordIDs.tagged(base), among: allRecordIDs)
    }

    /// Lower-case ASCII letters and digits from `text`, other characters as single hyphens.
    static func slug(_ text: String) -> String {
        NameKey.asciiID(for: text.replacingOccurrences(of: " ", with: "-")) ?? ""
    }

    static func firstUnused(_ base: String, among used: Set<String>) -> String {
        guard used.contains(base) else { return base }
        var counter = 2
        while used.contains("\(base)-\(counter)") { counter += 1 }
        return "\(base)-\(counter)"
    }
}
