/// Someone at (or invited to) a meeting, as they were known on the day: their name and agency,
/// and the person or professional in the case they are, when they are one.
public struct Participant: Codable, Sendable, Equatable {
    public var name: String
    /// Nil for the family and for anyone whose agency was not given.
    public var agency: String?
    /// The id of a person in the case (a parent, a child, a relative).
    public var person: String?
    /// The id of a professional in the case.
    public var professional: String?

    public init(name: String, agency: String? = nil, person: String? = nil, professional: String? = nil) {
        self.name = name
        self.agency = agency
        self.person = person
        self.professional = professional
    }

    /// "Priya Shah (Northtown Community Health)", "Kelly Ashworth (family)", "Jo Park".
    public var description: String {
        if person != nil { return "\(name) (family)" }
        return agency.map { "\(name) (\($0))" } ?? name
    }
}

extension Case {
    /// A participant from what was typed: a person or professional in the case by id or first
    /// name, or anyone else as "Name (Agency)" or just "Name".
    public func participant(_ reference: String) throws(CaseJourneyError) -> Participant {
        let text = reference.trimmed
        guard !text.isEmpty else { throw .usage("A participant needs a name, e.g. Kelly or \"Jo Park (Northtown Police)\".") }
        let found: CaseMember
        do {
            found = try professionalOrPerson(text)
        } catch {
            if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
                let name = text[..<open].trimmingSpaces
                let agency = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingSpaces
                if !name.isEmpty && !agency.isEmpty { return Participant(name: name, agency: agency) }
            }
            // A full name is someone from outside the case; a single word is most likely a
            // mistyped first name, which must not be saved as a stranger.
            guard text.contains(" ") else {
                throw .usage((error.errorDescription ?? "") + " For someone from outside the family, write their full name"
                    + " and agency, e.g. \"Jo Park (Northtown Police)\".")
            }
            return Participant(name: text)
        }
        switch found {
        case .person(let person): return Participant(name: person.name, person: person.id)
        case .professional(let professional):
            return Participant(name: professional.name, agency: professional.agency, professional: professional.id)
        }
    }
}

extension Substring {
    var trimmingSpaces: String { String(self).trimmed }
}
