/// Who carries out an action: someone in the family, a named professional, or an agency.
/// Exactly one of the three is set; an action with several owners lists several of these.
public struct ActionOwner: Codable, Sendable, Equatable, Hashable {
    /// The id of a person in the case.
    public var person: String?
    /// The id of a professional in the case.
    public var professional: String?
    /// An agency's name, for actions no one person has taken on ("Northtown Housing").
    public var agency: String?

    public static func person(_ id: String) -> ActionOwner { ActionOwner(person: id) }
    public static func professional(_ id: String) -> ActionOwner { ActionOwner(professional: id) }
    public static func agency(_ name: String) -> ActionOwner { ActionOwner(agency: name) }

    public init(person: String? = nil, professional: String? = nil, agency: String? = nil) {
        self.person = person
        self.professional = professional
        self.agency = agency
    }

    /// True for an owner in the family; false for professionals and agencies.
    public var isFamily: Bool { person != nil }
}

extension Case {
    /// "Kelly Ashworth", "Priya Shah (health visitor, Northtown Community Health)", "Northtown Housing".
    public func name(of owner: ActionOwner) -> String {
        if let id = owner.person { return person(withID: id)?.name ?? id }
        if let id = owner.professional {
            guard let professional = professionals.first(where: { $0.id == id }) else { return id }
            return "\(professional.name) (\(professional.role), \(professional.agency))"
        }
        return owner.agency ?? "nobody"
    }

    /// "Zoë O'Brien and Darren Price".
    public func name(of owners: [ActionOwner]) -> String {
        Case.list(owners.map(name(of:)))
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "nobody" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
