/// What a worker says about a visit, before it becomes a `Visit`: children are named as typed on
/// the command line (id or first name).
public struct VisitRecord: Sendable {
    public var date: CalendarDate
    public var by: String
    public var kind: VisitKind
    public var unannounced: Bool
    public var bedroomSeen: Bool
    /// Children seen, and adults seen (for a child not yet born, the mother).
    public var seen: [String]
    public var seenAlone: [String]
    /// Children not seen, each with the reason if one was given.
    public var notSeen: [(child: String, reason: String?)]
    public var note: String?
    /// A second visit to the same family on the same day, naming the same children, is most
    /// likely the first one logged twice; `again` says it really happened.
    public var again: Bool
    public var privacy: PrivacyRequest

    public init(
        date: CalendarDate, by: String, kind: VisitKind = .home, unannounced: Bool = false,
        bedroomSeen: Bool = false, seen: [String] = [], seenAlone: [String] = [],
        notSeen: [(child: String, reason: String?)] = [], note: String? = nil, again: Bool = false,
        privacy: PrivacyRequest = .none
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
        self.again = again
        self.privacy = privacy
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
    /// Records a visit. Every child of the case gets a line: a child the worker did not name is
    /// recorded as "not recorded" (neither seen nor not seen: nobody said). A visit cannot be
    /// dated after `today` (a mistyped year would otherwise make a child look seen for a year to
    /// come), nor before a child named on it was born. Returns the history line; the visit is
    /// `visits.last`.
    public mutating func logVisit(_ record: VisitRecord, today: CalendarDate) throws(CaseJourneyError) -> String {
        try Case.refuseFuture(record.date, today: today)
        guard record.namesAnyChild else {
            throw .usage("Say which children were seen: --seen, --seen-alone or --not-seen (e.g. --seen-alone Amy --not-seen \"Ben: at nursery\").")
        }
        let named = try sightings(seen: record.seen, seenAlone: record.seenAlone, notSeen: record.notSeen, on: record.date,
                                  otherwise: childrenBorn(by: record.date).map { ChildSighting(child: $0.id, outcome: .notRecorded) })
        if !record.again, let earlier = sameDayVisit(on: record.date, naming: named.children) {
            throw .usage("Visit \(earlier.id) on \(earlier.date) already records \(describeSightings(earlier)). If this was a second visit "
                + "that day, log it again with --again; to put the first record right, use `cj visit amend \(caseId) \(earlier.id)`. Nothing was written.")
        }
        var visit = try makeVisit(id: nextVisitID(), date: record.date, by: record.by, kind: record.kind,
                                  unannounced: record.unannounced, bedroomSeen: record.bedroomSeen,
                                  children: named.children, adults: named.adults, note: record.note)
        try mark(&visit, record.privacy)
        visits.append(visit)
        return "Logged \(visit.kind.rawValue) visit \(visit.id) on \(visit.date) by \(visit.by): " + describeSightings(visit)
            + visit.markingDescription(in: self)
    }

    /// Corrects a visit by appending a replacement that points at it; the original stays. Only
    /// what the correction names changes: every other child keeps the outcome first recorded.
    public mutating func amendVisit(
        _ originalID: String, with correction: VisitCorrection, reason: String, today: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let reason = try Case.required(reason, "Say why the first record was wrong with --reason.")
        let original = visits[try indexOfRecord(\.visits, originalID, kind: .visit)]
        if let later = visits.first(where: { $0.amends == originalID && !$0.isWithdrawn }) {
            throw .usage("Visit \(originalID) was already corrected by \(later.id); correct \(later.id) instead.")
        }
        let date = correction.date ?? original.date
        try Case.refuseFuture(date, today: today)
        let named = try sightings(seen: correction.seen, seenAlone: correction.seenAlone, notSeen: correction.notSeen, on: date,
                                  otherwise: original.children)
        var adults = original.adultsSeen ?? []
        for adult in named.adults where !adults.contains(adult) { adults.append(adult) }
        var replacement = try makeVisit(
            id: nextVisitID(), date: date, by: original.by, kind: correction.kind ?? original.kind,
            unannounced: correction.unannounced ?? original.unannounced, bedroomSeen: correction.bedroomSeen ?? original.bedroomSeen,
            children: named.children, adults: adults, note: correction.note ?? original.note)
        replacement.privateFrom = original.privateFrom
        replacement.notForFamily = original.notForFamily
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

    /// Children who had been born by `date` (or whose birth date is not known). A child not yet
    /// born is seen through their mother.
    func childrenBorn(by date: CalendarDate) -> [Person] {
        children.filter { child in !child.isUnborn && (child.born.map { $0 <= date } ?? true) }
    }

    /// An earlier visit in force on the same day that records exactly these children.
    private func sameDayVisit(on date: CalendarDate, naming sightings: [ChildSighting]) -> Visit? {
        let named = Set(sightings.filter { $0.outcome != .notRecorded }.map(\.child))
        return effectiveVisits.first { visit in
            visit.date == date && Set(visit.children.filter { $0.outcome != .notRecorded }.map(\.child)) == named
        }
    }

    /// The named children's outcomes laid over `otherwise` (which lists every child once), and
    /// any adults named as seen.
    private func sightings(
        seen: [String], seenAlone: [String], notSeen: [(child: String, reason: String?)], on date: CalendarDate,
        otherwise: [ChildSighting]
    ) throws(CaseJourneyError) -> (children: [ChildSighting], adults: [String]) {
        var named: [String: ChildSighting] = [:]
        var adults: [String] = []
        func place(_ reference: String, _ outcome: SightingOutcome, _ reason: String?) throws(CaseJourneyError) {
            if let adult = try? person(reference), !adult.isChild {
                // Only a mother is seen for a baby not yet born; any other adult is not a child.
                guard outcome == .seen, adult.role == .mother, self.children.contains(where: \.isUnborn) else {
                    throw .usage("\(adult.name) is an adult. Name the children seen"
                        + (self.children.contains(where: \.isUnborn) ? ", or the mother of a baby not yet born with --seen." : "."))
                }
                if !adults.contains(adult.id) { adults.append(adult.id) }
                return
            }
            let child = try child(reference)
            if child.isUnborn {
                throw .usage("\(child.name) is not born yet (expected \(child.expectedBirth!)). Name their mother with --seen; "
                    + "once the baby is born, record it with `cj person change \(caseId) \(child.id) --born YYYY-MM-DD`.")
            }
            if let born = child.born, date < born {
                throw .usage("\(child.name) was born on \(born), after the visit (\(date)); check the dates.")
            }
            if let earlier = named[child.id] {
                throw .usage("\(child.name) is named twice, as \(earlier.outcome.displayName) and as \(outcome.displayName). Name each child once.")
            }
            named[child.id] = ChildSighting(child: child.id, outcome: outcome, reason: try Case.optionalText(reason, field: "reason"))
        }
        for reference in seenAlone { try place(reference, .seenAlone, nil) }
        for reference in seen { try place(reference, .seen, nil) }
        for entry in notSeen { try place(entry.child, .notSeen, entry.reason) }
        let known = Set(otherwise.map(\.child))
        let children = otherwise.map { named[$0.child] ?? $0 } + self.children.filter { !known.contains($0.id) }.compactMap { named[$0.id] }
        return (children, adults)
    }

    private func makeVisit(
        id: String, date: CalendarDate, by author: String, kind: VisitKind, unannounced: Bool, bedroomSeen: Bool,
        children sightings: [ChildSighting], adults: [String], note: String?
    ) throws(CaseJourneyError) -> Visit {
        guard !author.isBlank else { throw .usage("Say who made the visit with --by.") }
        guard !children.isEmpty else {
            throw .usage("Case \(caseId) has no children yet: add them with `cj person add \(caseId) --role child`.")
        }
        var visit = Visit(id: id, date: date, by: author, kind: kind, unannounced: unannounced, bedroomSeen: bedroomSeen,
                          children: sightings, note: try Case.optionalText(note, field: "note"))
        visit.adultsSeen = adults.isEmpty ? nil : adults
        return visit
    }

    private func nextVisitID() -> String {
        newRecordID("v", count: visits.count)
    }

    /// "Amy seen alone, Ben not seen (at nursery)": who was seen on a visit, for people to read.
    public func describeSightings(_ visit: Visit, withReasons: Bool = false, separator: String = ", ") -> String {
        let children = visit.children.map { sighting in
            "\(person(withID: sighting.child)?.firstName ?? sighting.child) \(sighting.outcome.displayName)"
                + (withReasons ? sighting.reason.map { " (\($0))" } ?? "" : "")
        }
        let adults = (visit.adultsSeen ?? []).map { "\(person(withID: $0)?.firstName ?? $0) seen" }
        return (children + adults).joined(separator: separator)
    }

    /// Sets a visit expectation for a plan or one child on it. A nil interval returns to the team
    /// default, or with `notExpected` records that it is not expected at all (seeing alone only).
    public mutating func setExpectation(
        _ what: ExpectationKind, plan planReference: String?, child childReference: String?,
        interval: Interval?, notExpected: Bool = false, reason: String, by author: String, on date: CalendarDate,
        privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        guard what.isVisit else { throw .usage("\(what.rawValue) is not a visit expectation: use `cj case expect`.") }
        let reason = try Case.required(reason, "Say why with --reason: the expectation is shown with it.")
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
        let id = newRecordID("e", count: expectations.count)
        var expectation = ExpectationOverride(id: id, what: what, plan: plan.id, child: child?.id, interval: interval,
                                              notExpected: notExpected ? true : nil, reason: reason, setBy: author, setOn: date)
        try mark(&expectation, privacy)
        expectations.append(expectation)
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
        guard let plan = plans.first(where: { $0.id == id && !$0.isWithdrawn }) else {
            throw .usage("Case \(caseId) has no plan \(id). Its plans are: \(plans.inForce.map(\.id).joined(separator: ", ")).")
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
