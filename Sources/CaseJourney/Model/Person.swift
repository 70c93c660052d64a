/// Someone in the family's life: a child, a parent, a carer, a relative.
///
/// A child may be recorded before birth with `expectedBirth` and no `born`: a pre-birth plan is
/// possible, and the child's own visit clock starts on the day their birth is recorded.
public struct Person: Codable, Sendable, Equatable, Correctable {
    /// Short, stable id used everywhere else in the file (`amy`, `dad-2`).
    public var id: String
    public var name: String
    public var role: PersonRole
    public var born: CalendarDate?
    /// For a child not yet born: the day the birth is expected.
    public var expectedBirth: CalendarDate?
    /// False for a parent who lives elsewhere (the father who is not in the household, say).
    public var livesInHousehold: Bool
    /// Nil when nobody has recorded it (always nil for children).
    public var parentalResponsibility: Bool?
    public var contact: ContactDetails?
    /// What the Department for Education's returns need, recorded only when known; never shown in
    /// anything written for the family.
    public var gender: Gender?
    public var ethnicity: Ethnicity?
    /// True when the child has a disability; nil when nobody has recorded it.
    public var disability: Bool?
    /// The census's codes for the child's disabilities (`NONE` for none), when known.
    public var disabilities: [DisabilityCode]?
    /// The child's unique pupil number, when known: 13 characters, checked as the Department
    /// for Education checks them.
    public var upn: String?
    /// For an adult: their language, how they ask to be contacted, their needs, when they work.
    public var contactNeeds: ContactNeeds?
    /// The people who must never see this person's contact details (the domestic-abuse case).
    public var confidentialFrom: [String]?
    public var corrections: [Correction]?
    /// Set when the person was added in error, or twice (`sameAs` names the record that stays).
    public var withdrawal: Withdrawal?

    public init(
        id: String, name: String, role: PersonRole, born: CalendarDate? = nil, expectedBirth: CalendarDate? = nil,
        livesInHousehold: Bool = true, parentalResponsibility: Bool? = nil,
        contact: ContactDetails? = nil, confidentialFrom: [String]? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.born = born
        self.expectedBirth = expectedBirth
        self.livesInHousehold = livesInHousehold
        self.parentalResponsibility = parentalResponsibility
        self.contact = contact
        self.confidentialFrom = confidentialFrom
    }

    public var isChild: Bool { role == .child }

    /// A child recorded before birth whose birth has not been recorded yet.
    public var isUnborn: Bool { isChild && born == nil && expectedBirth != nil }

    /// The first word of the name, used to refer to people on the command line.
    public var firstName: String {
        String(name.split(whereSeparator: \.isWhitespace).first ?? Substring(name))
    }

    /// True when this person's contact details must be kept from `otherPersonID`.
    public func isConfidential(from otherPersonID: String) -> Bool {
        confidentialFrom?.contains(otherPersonID) ?? false
    }
}

extension Person: FieldDescribed {
    enum CodingKeys: String, CodingKey {
        case id, name, role, born, expectedBirth, livesInHousehold, parentalResponsibility, contact, gender, ethnicity
        case disability, disabilities, upn, contactNeeds, confidentialFrom, corrections, withdrawal
    }

    public init(from decoder: any Decoder) throws {
        var fields = try FieldReader<CodingKeys>(decoder)
        try self.init(fields: &fields)
    }

    /// What a person holds in the case file, in the order it is written.
    init(fields: inout FieldReader<CodingKeys>) throws {
        id = try fields.decode(String.self, .id)
        name = try fields.decode(String.self, .name)
        role = try fields.decode(PersonRole.self, .role)
        born = try fields.decodeIfPresent(CalendarDate.self, .born)
        expectedBirth = try fields.decodeIfPresent(CalendarDate.self, .expectedBirth)
        livesInHousehold = try fields.decode(Bool.self, .livesInHousehold)
        parentalResponsibility = try fields.decodeIfPresent(Bool.self, .parentalResponsibility)
        contact = try fields.decodeIfPresent(ContactDetails.self, .contact)
        gender = try fields.decodeIfPresent(Gender.self, .gender)
        ethnicity = try fields.decodeIfPresent(Ethnicity.self, .ethnicity)
        disability = try fields.decodeIfPresent(Bool.self, .disability)
        disabilities = try fields.decodeIfPresent([DisabilityCode].self, .disabilities)
        upn = try fields.decodeIfPresent(String.self, .upn)
        contactNeeds = try fields.decodeIfPresent(ContactNeeds.self, .contactNeeds)
        confidentialFrom = try fields.decodeIfPresent([String].self, .confidentialFrom)
        corrections = try fields.decodeIfPresent([Correction].self, .corrections)
        withdrawal = try fields.decodeIfPresent(Withdrawal.self, .withdrawal)
    }
}

public enum PersonRole: String, Choice {
    case child
    case mother
    case father
    case stepParent = "step-parent"
    case partner
    case carer
    case grandparent
    case other
}

/// Where and how to reach someone. Every field is optional; all of it is hidden from anyone the
/// person is confidential from.
public struct ContactDetails: Codable, Sendable, Equatable {
    public var address: String?
    public var phone: String?
    public var email: String?
    public var school: String?
    public var workplace: String?

    public init(
        address: String? = nil, phone: String? = nil, email: String? = nil,
        school: String? = nil, workplace: String? = nil
    ) {
        self.address = address
        self.phone = phone
        self.email = email
        self.school = school
        self.workplace = workplace
    }

    public var isEmpty: Bool { labelledValues.isEmpty }

    /// The details that are present, labelled for display.
    public var labelledValues: [(label: String, value: String)] {
        [("address", address), ("phone", phone), ("email", email), ("school", school),
         ("workplace", workplace)]
            .compactMap { label, value in value.map { (label, $0) } }
    }
}
