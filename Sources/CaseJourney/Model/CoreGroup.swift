/// A core group meeting: the worker, the parents and the professionals who carry out the plan.
public struct CoreGroup: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    public var plan: String
    public var date: CalendarDate
    public var attended: [Participant]
    /// Ids of the plan's actions the meeting went through.
    public var actionsReviewed: [String]
    public var notesSent: CalendarDate?
    public var note: String?
    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(
        id: String, plan: String, date: CalendarDate, attended: [Participant] = [], actionsReviewed: [String] = [],
        notesSent: CalendarDate? = nil, note: String? = nil
    ) {
        self.id = id
        self.plan = plan
        self.date = date
        self.attended = attended
        self.actionsReviewed = actionsReviewed
        self.notesSent = notesSent
        self.note = note
    }

    private enum CodingKeys: String, CodingKey {
        case id, plan, date, attended, actionsReviewed, notesSent, note, privateFrom, notForFamily, corrections, withdrawal
    }

    /// Lists that are empty may be left out of a hand-written file.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        plan = try container.decode(String.self, forKey: .plan)
        date = try container.decode(CalendarDate.self, forKey: .date)
        attended = try container.decodeList([Participant].self, forKey: .attended)
        actionsReviewed = try container.decodeList([String].self, forKey: .actionsReviewed)
        notesSent = try container.decodeIfPresent(CalendarDate.self, forKey: .notesSent)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        privateFrom = try container.decodeIfPresent([String].self, forKey: .privateFrom)
        notForFamily = try container.decodeIfPresent(Bool.self, forKey: .notForFamily)
        corrections = try container.decodeIfPresent([Correction].self, forKey: .corrections)
        withdrawal = try container.decodeIfPresent(Withdrawal.self, forKey: .withdrawal)
    }
}
