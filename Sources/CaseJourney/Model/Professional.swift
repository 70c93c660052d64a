/// Someone working with the family on behalf of an agency: health visitor, teacher, police officer.
///
/// A professional or service working only with one adult (a domestic-violence adviser, a refuge,
/// a sexual health clinic) can be kept from another: `confidentialFrom` lists the people who must
/// never learn of them, and everything that names them is kept out of what those people read.
public struct Professional: Codable, Sendable, Equatable, Correctable {
    public var id: String
    public var name: String
    /// What they do, in their own words ("health visitor", "designated safeguarding lead").
    public var role: String
    public var agency: String
    public var contact: ContactDetails?
    /// Person ids of the family members who must never learn of this professional.
    public var confidentialFrom: [String]?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(
        id: String, name: String, role: String, agency: String, contact: ContactDetails? = nil, confidentialFrom: [String]? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.agency = agency
        self.contact = contact
        self.confidentialFrom = confidentialFrom
    }

    /// True when this professional must be kept from `personID`.
    public func isConfidential(from personID: String) -> Bool {
        confidentialFrom?.contains(personID) ?? false
    }
}

extension Professional: FieldDescribed {
    enum CodingKeys: String, CodingKey {
        case id, name, role, agency, contact, confidentialFrom, corrections, withdrawal
    }

    public init(from decoder: any Decoder) throws {
        var fields = try FieldReader<CodingKeys>(decoder)
        try self.init(fields: &fields)
    }

    /// What a professional holds in the case file, in the order it is written.
    init(fields: inout FieldReader<CodingKeys>) throws {
        id = try fields.decode(String.self, .id)
        name = try fields.decode(String.self, .name)
        role = try fields.decode(String.self, .role)
        agency = try fields.decode(String.self, .agency)
        contact = try fields.decodeIfPresent(ContactDetails.self, .contact)
        confidentialFrom = try fields.decodeIfPresent([String].self, .confidentialFrom)
        corrections = try fields.decodeIfPresent([Correction].self, .corrections)
        withdrawal = try fields.decodeIfPresent(Withdrawal.self, .withdrawal)
    }
}
