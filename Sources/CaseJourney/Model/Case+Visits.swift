/// What a worker says about a visit, before it becomes a `Visit`: children are named as typed on
/// the command line (id or first name).
public struct VisitRecord: Sendable {
    public var date: CalendarDate
    public var by: String
    public var kind: VisitKind
    public var unannounced: Bool
    public var bedroomSeen: Bool
    public var seen: [String]
    public var seenAlone: [String]
    /// Children not seen, each with the reason if one was given.
    public var notSeen: [(child: String, reason: String?)]
    public var note: String?

    public init(
        date: CalendarDate, by: String, kind: VisitKind = .home, unannounced: Bool = false,
        bedroomSeen: Bool = false, seen: [String] = [], seenAlone: [String] = [],
        notSeen: [(child: String, reason: String?)] = [], note: String? = nil
    ) {
        self.date = date
        self.by = by
        self.kind = kind
        self.unannounced = unannounced
        self.bedroomSeen = bedroomSeen
        self.seen = seen
        self.seenAlone = seenAlone
        self.notSeen = notSeen
        self.note = note
    }

    public var namesAnyChild: Bool { !(seen.isEmpty && seenAlone.isEmpty && notSeen.isEmpty) }
}

/// A correction to a recorded visit: only what was wrong. Anything left nil or unnamed is kept
/// from the visit being corrected, including the outcome of every child not named.
public struct VisitCorrection: Sendable {
    public var date: CalendarDate?
    public var kind: VisitKind?
    public var unannounced: Bool?
    public var bedroomSeen: Bool?
    public var seen: [String]
    public var seenAlone: [String]
    public var notSeen: [(child: String, reason: String?)]
    public var note: String?

    public init(
        date: CalendarDate? = nil, kind: VisitKind? = nil, unannounced: Bool? = nil, bedroomSeen: Bool? = nil,
        seen: [String] = [], seenAlone: [String] = [], notSeen: [(child: String, reason: String?)] = [], note: String? = nil
    ) {
        self.date = date
        self.kind = kind
        self.unannounced = unannounced
        self.bedroomSeen = bedroomSeen
        self.seen = seen
        self.seenAlone = seenAlone
        self.notSeen = notSeen
        self.note = note
    }
}

extension Case {
    /// Records a visit. Every child of the case gets a line: children the worker did not name
    /// were not seen. A visit cannot be dated after `today` (a mistyped year would otherwise make
    /// a child look seen for a year to come). Returns the history line; the visit is `visits.last`.
    public mutating func logVisit(_ record: VisitRecord, today: CalendarDate) throws(CaseJourneyError) -> String {
        try Case.refuseFuture(record.date, today: today)
        guard record.namesAnyChild else {
            throw .usage("Say which children were seen: --seen, --seen-alone or --not-seen (e.g. --seen-alone Amy --not-seen \"Ben: at nursery\").")
        }
        let sightings = try sightings(seen: record.seen, seenAlone: record.seenAlone, notSeen: record.notSeen,
                                      otherwise: children.map { ChildSighting(child: $0.id, outcome: .notSeen) })
        let visit = try makeVisit(id: nextVisitID(), date: record.date, by: record.by, kind: record.kind,
                                  unannounced: record.unannounced, bedroomSeen: record.bedroomSeen,
                                  children: sightings, note: record.note)
        visits.append(visit)
        return "Logged \(visit.kind.rawValue) visit \(visit.id) on \(visit.date) by \(visit.by): " + describeSightings(visit)
    }

    /// Corrects a visit by appending a replacement that points at it; the original stays. Only
    /// what the correction names changes: every other child keeps the outcome first recorded.
    public mutating func amendVisit(
        _ originalID: String, with correction: VisitCorrection, reason: String, today: CalendarDate
    ) throws(CaseJourneyError) -> String {
        guard !reason.isBlank else { throw .usage("Say why the first record was wrong with --reason.") }
        guard let original = visits.first(where: { $0.id == originalID }) else {
            throw .usage("Case \(caseId) has no visit \(originalID). `cj visit list \(caseId)` shows its visits.")
        }
        if let later = visits.first(where: { $0.amends == originalID }) {
            throw .usage("Visit \(originalID) was already corrected by \(later.id); correct \(later.id) instead.")
        }
        let date = correction.date ?? original.date
        try Case.refuseFuture(date, today: today)
        let sightings = try sightings(seen: correction.seen, seenAlone: correction.seenAlone, notSeen: correction.notSeen,
                                      otherwise: original.children)
        var replacement = try makeVisit(
            id: nextVisitID(), date: date, by: original.by, kind: correction.kind ?? original.kind,
            unannounced: correction.unannounced ?? original.unannounced, bedroomSeen: correction.bedroomSeen ?? original.bedroomSeen,
            children: sightings, note: correction.note ?? original.note)
        var unchanged = original
        unchanged.id = replacement.id
        unchanged.amends = nil
        unchanged.amendmentReason = nil
        guard replacement != unchanged else {
            throw .usage("That correction changes nothing in visit \(originalID). Say what was wrong, e.g. --seen Ben or --date 2026-11-02.")
        }
        replacement.amends = originalID
        replacement.amendmentReason = reason
        visits.append(replacement)
        return "Corrected visit \(originalID) as \(replacement.id) (\(reason)): " + describeSightings(replacement)
    }

    private static func refuseFuture(_ date: CalendarDate, today: CalendarDate) throws(CaseJourneyError) {
        guard date <= today else {
            throw .usage("The visit is dated \(date), after today (\(today)). Check the date; visits are logged once they have happened.")
        }
    }

    /// The named children's outcomes laid over `otherwise` (which lists every child once).
    private func sightings(
        seen: [String], seenAlone: [String], notSeen: [(child: String, reason: String?)], otherwise: [ChildSighting]
    ) throws(CaseJourneyError) -> [ChildSighting] {
        var named: [String: ChildSighting] = [:]
        func place(_ reference: String, _ outcome: SightingOutcome, _ reason: String?) throws(CaseJourneyError) {
            let child = try child(reference)
            if let earlier = named[child.id] {
                throw .usage("\(child.name) is named twice, as \(earlier.outcome.displayName) and as \(outcome.displayName). Name each child once.")
            }
            named[child.id] = ChildSighting(child: child.id, outcome: outcome, reason: reason)
        }
        for reference in seenAlone { try place(reference, .seenAlone, nil) }
        for reference in seen { try place(reference, .seen, nil) }
        for entry in notSeen { try place(entry.child, .notSeen, entry.reason) }
        let known = Set(otherwise.map(\.child))
        return otherwise.map { named[$0.child] ?? $0 } + children.filter { !known.contains($0.id) }.compactMap { named[$0.id] }
    }

    private func makeVisit(
        id: String, date: CalendarDate, by author: String, kind: VisitKind, unannounced: Bool, bedroomSeen: Bool,
        children sightings: [ChildSighting], note: String?
    ) throws(CaseJourneyError) -> Visit {
        guard !author.isBlank else { throw .usage("Say who made the visit with --by.") }
        guard !children.isEmpty else {
            throw .usage("Case \(caseId) has no children yet: add them with `cj person add \(caseId) --role child`.")
        }
        let note = note?.trimmed
        return Visit(id: id, date: date, by: author, kind: kind, unannounced: unannounced, bedroomSeen: bedroomSeen,
                     children: sightings, note: note?.isEmpty == false ? note : nil)
    }

    private func nextVisitID() -> String {
        Case.firstUnused("v\(visits.count + 1)", among: Set(visits.map(\.id)))
    }

    /// "Amy seen alone, Ben not seen (at nursery)": who was seen on a visit, for people to read.
    public func describeSightings(_ visit: Visit, withReasons: Bool = false, separator: String = ", ") -> String {
        visit.children.map { sighting in
            "\(person(withID: sighting.child)?.firstName ?? sighting.child) \(sighting.outcome.displayName)"
                + (withReasons ? sighting.reason.map { " (\($0))" } ?? "" : "")
        }.joined(separator: separator)
    }

    /// Sets a visit expectation for a plan or one child on it. A nil interval returns to the team
    /// default, or with `notExpected` records that it is not expected at all (seeing alone only).
    public mutating func setExpectation(
        _ what: ExpectationKind, plan planReference: String?, child childReference: String?,
        interval: Interval?, notExpected: Bool = false, reason: String, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        guard what.isVisit else { throw .usage("\(what.rawValue) is not a visit expectation: use `cj case expect`.") }
        guard !reason.trimmed.isEmpty else { throw .usage("Say why with --reason: the expectation is shown with it.") }
        if notExpected, what == .visits || interval != nil {
            throw .usage("Only seeing a child alone can be marked as not expected; every child on a plan must be seen.")
        }
        if let interval, let problem = interval.problem {
            throw .usage("The number of \(interval.unit.rawValue) is \(interval.count): \(problem).")
        }
        let child = try childReference.map { reference throws(CaseJourneyError) in try self.child(reference) }
        let plan = try planFor(planReference, child: child)
        if let child, !plan.children.contains(child.id) {
            throw .usage("\(child.name) is not on plan \(plan.id).")
        }
        let id = Case.firstUnused("e\(expectations.count + 1)", among: Set(expectations.map(\.id)))
        expectations.append(ExpectationOverride(id: id, what: what, plan: plan.id, child: child?.id, interval: interval,
                                                notExpected: notExpected ? true : nil, reason: reason, setBy: author, setOn: date))
        let scope = child.map { "\($0.name) on plan \(plan.id)" } ?? "everyone on plan \(plan.id)"
        let noun = what == .visits ? "visits" : "seeing the child alone"
        if let interval {
            return "Set \(noun) for \(scope) to \(interval.description): \(reason)"
        }
        if notExpected {
            return "Recorded that \(noun) is not expected for \(scope): \(reason)"
        }
        return "Returned \(noun) for \(scope) to the team default: \(reason)"
    }

    /// The plan with this id; the error lists the case's plans.
    func plan(withID id: String) throws(CaseJourneyError) -> Plan {
        guard let plan = plans.first(where: { $0.id == id }) else {
            throw .usage("Case \(caseId) has no plan \(id). Its plans are: \(plans.map(\.id).joined(separator: ", ")).")
        }
        return plan
    }

    /// The plan named, or the child's open plan, or the case's only open plan.
    func planFor(_ reference: String?, child: Person?) throws(CaseJourneyError) -> Plan {
        if let reference { return try plan(withID: reference) }
        if let child {
            guard let plan = openPlan(for: child.id) else { throw .usage("\(child.name) is not on an open plan.") }
            return plan
        }
        guard openPlans.count == 1 else {
            throw .usage(openPlans.isEmpty ? "Case \(caseId) has no open plan."
                : "Case \(caseId) has \(openPlans.count) open plans: name one with --plan.")
        }
        return openPlans[0]
    }
}
