/// What passed from one social worker to the next when a case changed hands: what was handed
/// over, when the new worker met the family and the children, and which of the team's checklist
/// items are done. A family on its third worker should not have to tell its story again.
public struct Handover: Codable, Sendable, Equatable {
    /// What the outgoing worker (or the manager) handed over, in their words: for workers only.
    public var handedOver: String?
    /// The day the new worker met the parents.
    public var metFamily: CalendarDate?
    /// The day the new worker had met every child on a plan.
    public var metChildren: CalendarDate?
    /// Items of the team's handover checklist that are done, as the settings word them.
    public var done: [String]?

    public init(handedOver: String? = nil, metFamily: CalendarDate? = nil, metChildren: CalendarDate? = nil, done: [String]? = nil) {
        self.handedOver = handedOver
        self.metFamily = metFamily
        self.metChildren = metChildren
        self.done = done
    }

    /// What is still to do, given the team's checklist: meeting the family and the children
    /// (recorded here, or seen on the new worker's own visits), then each checklist item not done.
    public func missing(checklist: [String], visitedFamily: Bool = false, sawEveryChild: Bool = false) -> [String] {
        var missing: [String] = []
        if handedOver == nil { missing.append("say what was handed over") }
        if metFamily == nil && !visitedFamily { missing.append("meet the family") }
        if metChildren == nil && !sawEveryChild { missing.append("meet the children") }
        let finished = Set((done ?? []).map { $0.lowercased() })
        missing += checklist.filter { !finished.contains($0.lowercased()) }
        return missing
    }
}

/// A team's handover rules: how soon a new worker finishes the handover, and the checklist.
public struct HandoverSettings: Codable, Sendable, Equatable {
    /// A handover not finished this long after the new worker's first day is overdue.
    public var within = Interval(count: 10, unit: .workingDays)
    /// What every handover must cover, besides meeting the family and the children.
    public var checklist = ["Read the chronology and the plan", "Introduced to the family by the outgoing worker or the manager",
                            "Core group told who the new worker is"]
    /// A family with this many social workers or more in twelve months is worth a look.
    public var manyWorkers = 3

    public init() {}

    private enum CodingKeys: String, CodingKey { case within, checklist, manyWorkers }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = HandoverSettings()
        within = try container.decodeIfPresent(Interval.self, forKey: .within) ?? defaults.within
        checklist = try container.decodeIfPresent([String].self, forKey: .checklist) ?? defaults.checklist
        manyWorkers = try container.decodeIfPresent(Int.self, forKey: .manyWorkers) ?? defaults.manyWorkers
    }
}
