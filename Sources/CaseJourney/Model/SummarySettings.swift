/// What a local authority wants every parent summary to say about help and rights, in
/// `<store>/.casejourney/settings.json` under `summary`. Every part has a default.
public struct SummarySettings: Codable, Sendable, Equatable {
    /// "Northtown Council", used as "Northtown Council children's services".
    public var localAuthority: String?
    /// The team's own phone and email, shown beside the social worker and their manager.
    public var teamContact: ContactDetails?
    /// The team manager's phone, for a parent who wants a mistake put right or is not heard.
    public var managerPhone: String?
    /// The council's out-of-hours (emergency duty) phone, for evenings, weekends and bank holidays.
    public var outOfHours: String?
    /// How to complain about the service.
    public var complaints: String
    /// Independent advice, each in one or two short sentences.
    public var advice: [AdviceService]

    public init() {
        localAuthority = nil
        teamContact = nil
        managerPhone = nil
        outOfHours = nil
        complaints = "You can complain to the council if you are not happy with how you have been treated. Ask your social worker or their manager how, or search for your council's complaints page."
        advice = [
            AdviceService(name: "Family Rights Group", phone: "0808 801 0366", website: "frg.org.uk",
                          about: "Free advice for parents and families whose children are involved with children's services."),
        ]
    }

    private enum CodingKeys: String, CodingKey { case localAuthority, teamContact, managerPhone, outOfHours, complaints, advice }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = SummarySettings()
        localAuthority = try container.decodeIfPresent(String.self, forKey: .localAuthority)
        teamContact = try container.decodeIfPresent(ContactDetails.self, forKey: .teamContact)
        managerPhone = try container.decodeIfPresent(String.self, forKey: .managerPhone)
        outOfHours = try container.decodeIfPresent(String.self, forKey: .outOfHours)
        complaints = try container.decodeIfPresent(String.self, forKey: .complaints) ?? defaults.complaints
        advice = try container.decodeIfPresent([AdviceService].self, forKey: .advice) ?? defaults.advice
    }
}

/// A service a parent can turn to for independent advice.
public struct AdviceService: Codable, Sendable, Equatable {
    public var name: String
    public var phone: String?
    public var website: String?
    /// What it offers, in plain words.
    public var about: String

    public init(name: String, phone: String? = nil, website: String? = nil, about: String) {
        self.name = name
        self.phone = phone
        self.website = website
        self.about = about
    }
}
