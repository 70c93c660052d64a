/// Someone in the case found from what was typed: a family member or a professional.
public enum CaseMember: Sendable {
    case person(Person)
    case professional(Professional)
}

extension Case {
    /// Finds a professional by id, full name, or first name when only one professional has it
    /// (names match however they are typed, as for people). Withdrawn professionals are not found.
    public func professional(_ reference: String) throws(CaseJourneyError) -> Professional {
        let typed = reference.trimmed
        let candidates = professionals.inForce
        if let byID = candidates.first(where: { $0.id == typed }) { return byID }
        let wanted = NameKey.fold(typed)
        let byName = candidates.filter { NameKey.fold($0.name) == wanted }
        if byName.count == 1 { return byName[0] }
        let byFirst = byName.isEmpty ? candidates.filter { NameKey.fold(String($0.name.split(separator: " ").first ?? "")) == wanted } : []
        if byFirst.count == 1 { return byFirst[0] }
        if byName.count + byFirst.count > 1 {
            throw .usage("More than one professional in case \(caseId) could be \"\(typed)\"; use their id: "
                + (byName + byFirst).map { "\($0.name) (\($0.id))" }.joined(separator: ", ") + ". Nothing was written.")
        }
        throw .usage("There is no professional called \(typed) in case \(caseId). "
            + (candidates.isEmpty ? "None has been added yet: use `cj professional add`."
                : "The professionals are: " + candidates.map { "\($0.name) (\($0.id))" }.joined(separator: ", ") + "."))
    }

    /// A person or a professional by id or unique first name; an error when the name fits both.
    public func professionalOrPerson(_ reference: String) throws(CaseJourneyError) -> CaseMember {
        let asPerson = try? person(reference)
        let asProfessional = try? professional(reference)
        switch (asPerson, asProfessional) {
        case let (person?, professional?):
            if person.id == reference.trimmed { return .person(person) }
            if professional.id == reference.trimmed { return .professional(professional) }
            throw .usage("\(reference) could be \(person.name) (\(person.id)) or \(professional.name) (\(professional.id)); use the id.")
        case let (person?, nil): return .person(person)
        case let (nil, professional?): return .professional(professional)
        case (nil, nil):
            // Two people with this first name: say so, rather than "nobody".
            if people.inForce.filter({ NameKey.same($0.firstName, reference.trimmed) }).count > 1 { _ = try person(reference) }
            if professionals.inForce.filter({ NameKey.same(String($0.name.split(separator: " ").first ?? ""), reference.trimmed) }).count > 1 {
                _ = try professional(reference)
            }
            let known = Case.describe(people.inForce) + (professionals.inForce.isEmpty ? "" : ", "
                + professionals.inForce.map { "\($0.name) (\($0.id))" }.joined(separator: ", "))
            throw .usage("There is nobody called \(reference) in case \(caseId). The people and professionals are: \(known).")
        }
    }
}
