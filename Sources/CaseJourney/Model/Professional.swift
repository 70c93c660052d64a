/// Someone working with the family on behalf of an agency: health visitor, teacher, police officer.
public struct Professional: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    /// What they do, in their own words ("health visitor", "designated safeguarding lead").
    public var role: String
    public var agency: String
    public var contact: ContactDetails?

    public init(id: String, name: String, role: String, agency: String, contact: ContactDetails? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.agency = agency
        self.contact = contact
    }
}
