/// Someone in the case found from what was typed: a family member or a professional.
public enum CaseMember: Sendable {
    case person(Person)
    case professional(Professional)
}

extension Case {
    /// Finds a professional by id, full name, or first name when only one professional has it.
    public func professional(_ reference: String) throws(CaseJourneyError) -> Professional {
        let wanted = reference.lowercased()
        if let byID = professionals.first(where: { $0.id == reference }) { return byID }
        let byName = professionals.filter { $0.name.lowercased() == wanted }
        if byName.count == 1 { return byName[0] }
        let byFirst = professionals.filter { $0.name.split(separator: " ").first?.lowercased() == wanted }
        if byFirst.count == 1 { return byFirst[0] }
        if byName.count + byFirst.count > 1 {
            throw .usage("More than one professional in case \(caseId) is called \(reference); use their id: "
                + professionals.map { "\($0.name) (\($0.id))" }.joined(separator: ", ") + ".")
        }
        throw .usage("There is no professional called \(reference) in case \(caseId). "
            + (professionals.isEmpty ? "None has been added yet: use `cj professional add`."
                : "The professionals are: " + professionals.map { "\($0.name) (\($0.id))" }.joined(separator: ", ") + "."))
    }

    /// A person or a professional by id or unique first name; an error when the name fits both.
    public func professionalOrPerson(_ reference: String) throws(CaseJourneyError) -> CaseMember {
        let asPerson = try? person(reference)
        let asProfessional = try? professional(reference)
        switch (asPerson, asProfessional) {
        case let (person?, professional?):
            if person.id == reference { return .person(person) }
            if professional.id == reference { return .professional(professional) }
            throw .usage("\(reference) could be \(person.name) (\(person.id)) or \(professional.name) (\(professional.id)); use the id.")
        case let (person?, nil): return .person(person)
        case let (nil, professional?): return .professional(professional)
        case (nil, nil):
            // Two people with this first name: say so, rather than "nobody".
            if people.filter({ $0.firstName.lowercased() == reference.lowercased() }).count > 1 { _ = try person(reference) }
            let known = Case.describe(people) + (professionals.isEmpty ? "" : ", "
                + professionals.map { "\($0.name) (\($0.id))" }.joined(separator: ", "))
            throw .usage("There is nobody called \(reference) in case \(caseId). The people and professionals are: \(known).")
        }
    }
}
