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

extension Case {
    /// Records a visit. Every child of the case gets a line: children the worker did not name
    /// were not seen. Returns the history line; the visit is `visits.last`.
    public mutating func logVisit(_ record: VisitRecord) throws(CaseJourneyError) -> String {
        let visit = try makeVisit(record, id: nextVisitID())
        visits.append(visit)
        return "Logged \(visit.kind.rawValue) visit \(visit.id) on \(visit.date) by \(visit.by): " + describeSightings(visit)
    }

    /// Corrects a visit by appending a replacement that points at it; the original stays.
    /// Children are taken from `record` when it names any, otherwise from the original.
    public mutating func amendVisit(_ originalID: String, with record: VisitRecord, reason: String) throws(CaseJourneyError) -> String {
        guard !reason.trimmed.isEmpty else { throw .usage("Say why the first record was wrong with --reason.") }
        guard let original = visits.first(where: { $0.id == originalID }) else {
            throw .usage("Case \(caseId) has no visit \(originalID). `cj visit list \(caseId)` shows its visits.")
        }
        if let later = visits.first(where: { $0.amends == originalID }) {
            throw .usage("Visit \(originalID) was already corrected by \(later.id); correct \(later.id) instead.")
        }
        var replacement = try makeVisit(record, id: nextVisitID(), defaultChildren: original.children)
        replacement.amends = originalID
        replacement.amendmentReason = reason
        visits.append(replacement)
        return "Corrected visit \(originalID) as \(replacement.id) (\(reason)): " + describeSightings(replacement)
    }

    private func makeVisit(_ record: VisitRecord, id: String, defaultChildren: [ChildSighting]? = nil) throws(CaseJourneyError) -> Visit {
        guard !record.by.trimmed.isEmpty else { throw .usage("Say who made the visit with --by.") }
        guard !children.isEmpty else {
            throw .usage("Case \(caseId) has no children yet: add them with `cj person add \(caseId) --role child`.")
        }
        var sightings: [ChildSighting]
        if !record.namesAnyChild, let defaultChildren {
            sightings = defaultChildren
        } else {
            guard record.namesAnyChild else {
                throw .usage("Say which children were seen: --seen, --seen-alone or --not-seen (e.g. --seen-alone Amy --not-seen \"Ben: at nursery\").")
            }
            var outcomes: [String: ChildSighting] = [:]
            func place(_ reference: String, _ outcome: SightingOutcome, _ reason: String?) throws(CaseJourneyError) {
                let child = try child(reference)
                if let earlier = outcomes[child.id] {
                    throw .usage("\(child.name) is named twice, as \(earlier.outcome.displayName) and as \(outcome.displayName). Name each child once.")
                }
                outcomes[child.id] = ChildSighting(child: child.id, outcome: outcome, reason: reason)
            }
            for reference in record.seenAlone { try place(reference, .seenAlone, nil) }
            for reference in record.seen { try place(reference, .seen, nil) }
            for entry in record.notSeen { try place(entry.child, .notSeen, entry.reason) }
            sightings = children.map { outcomes[$0.id] ?? ChildSighting(child: $0.id, outcome: .notSeen) }
        }
        let note = record.note?.trimmed
        return Visit(id: id, date: record.date, by: record.by, kind: record.kind, unannounced: record.unannounced,
                     bedroomSeen: record.bedroomSeen, children: sightings, note: note?.isEmpty == false ? note : nil)
    }

    private func nextVisitID() -> String {
        Case.firstUnused("v\(visits.count + 1)", among: Set(visits.map(\.id)))
    }

    private func describeSightings(_ visit: Visit) -> String {
        visit.children.map { sighting in
            "\(person(withID: sighting.child)?.firstName ?? sighting.child) \(sighting.outcome.displayName)"
        }.joined(separator: ", ")
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
        if let interval, interval.count < 1 { throw .usage("--visits-every must be 1 or more.") }
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

    /// The plan named, or the child's open plan, or the case's only open plan.
    func planFor(_ reference: String?, child: Person?) throws(CaseJourneyError) -> Plan {
        if let reference {
            guard let plan = plans.first(where: { $0.id == reference }) else {
                throw .usage("Case \(caseId) has no plan \(reference). Its plans are: \(plans.map(\.id).joined(separator: ", ")).")
            }
            return plan
        }
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
