/// A professional's view that a plan could end before its next review, or the withdrawal of that
/// view. The latest entry for a plan is the one in force.
///
/// Families describe waiting months for a review after doing everything asked of them; the
/// agenda lists every plan proposed to end so a review can be brought forward.
public struct EndProposal: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    public var plan: String
    /// False for a withdrawal.
    public var proposed: Bool
    public var date: CalendarDate
    public var by: String
    public var reason: String

    public var privateFrom: [String]?
    public var notForFamily: Bool?
    public var corrections: [Correction]?
    public var withdrawal: Withdrawal?

    public init(id: String, plan: String, proposed: Bool, date: CalendarDate, by: String, reason: String) {
        self.id = id
        self.plan = plan
        self.proposed = proposed
        self.date = date
        self.by = by
        self.reason = reason
    }
}

extension Case {
    /// The proposal in force for `planID`: the latest, if it proposes an end and the plan is open.
    public func endProposal(for planID: String) -> EndProposal? {
        guard let plan = plans.first(where: { $0.id == planID }), plan.isOpen,
              // Same-day entries: the one recorded last wins.
              let latest = endProposals.filter({ $0.plan == planID }).enumerated()
                  .max(by: { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) })?.element,
              latest.proposed else { return nil }
        return latest
    }
}
