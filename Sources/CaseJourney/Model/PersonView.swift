/// What a parent or a child said about the plan, in their words.
///
/// A child's view carries whether the child agreed it may be shared with their parents; anything
/// written for a parent leaves it out unless they did.
public struct PersonView: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    /// The plan it is about, if any.
    public var plan: String?
    /// The id of the person whose view it is.
    public var person: String
    public var date: CalendarDate
    public var text: String
    /// Children only: true when the child agreed their parents may see it.
    public var childAgreedToShare: Bool?
    /// Who wrote it down.
    public var recordedBy: String

    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(
        id: String, plan: String?, person: String, date: CalendarDate, text: String,
        childAgreedToShare: Bool? = nil, recordedBy: String
    ) {
        self.id = id
        self.plan = plan
        self.person = person
        self.date = date
        self.text = text
        self.childAgreedToShare = childAgreedToShare
        self.recordedBy = recordedBy
    }
}
