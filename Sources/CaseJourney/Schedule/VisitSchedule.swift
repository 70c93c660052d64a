/// When each child on a plan was last seen and when they should next be seen.
///
/// Derived from the case and the team's settings every time; never stored. The clock for a
/// child restarts only on a visit where that child was seen (a visit where they were not seen,
/// or were left out, does not count). A child not seen since their plan started is due one
/// interval after the start. Before birth, a child is seen through their mother (a visit where
/// a mother in the case was seen); after birth, the child's own clock starts on the day they
/// were born.
public struct VisitSchedule: Sendable {
    public let defaults: VisitSettings
    public let calendar: WorkingCalendar

    public init(settings: StoreSettings) {
        defaults = settings.visits
        calendar = settings.workingCalendar
    }

    /// One status per child on a plan active on `asOf`, in the order the case lists children.
    public func statuses(in recorded: Case, asOf: CalendarDate) -> [ChildVisitStatus] {
        let value = recorded.inForce
        let activePlans = value.plans.filter { $0.isActive(on: asOf) }
        guard !activePlans.isEmpty else { return [] }
        var visits = value.effectiveVisits
        if visits.contains(where: { $0.date > asOf }) { visits.removeAll { $0.date > asOf } }
        // Oldest first, sorted once for every child; visits are usually logged in date order, so
        // the list is most often shared as it is rather than copied.
        if visits.indices.dropFirst().contains(where: { visits[$0].date < visits[$0 - 1].date }) { visits.sort { $0.date < $1.date } }
        let mothers = Set(value.adults.filter { $0.role == .mother }.map(\.id))
        return value.children.compactMap { child in
            guard let plan = activePlans.last(where: { $0.children.contains(child.id) }) else { return nil }
            return status(of: child, on: plan, in: value, visitsInDateOrder: visits, mothers: mothers, asOf: asOf)
        }
    }

    /// The status of one child, or nil when they are not on a plan active on `asOf`.
    public func status(of childID: String, in value: Case, asOf: CalendarDate) -> ChildVisitStatus? {
        statuses(in: value, asOf: asOf).first { $0.child.id == childID }
    }

    private func status(
        of child: Person, on plan: Plan, in value: Case, visitsInDateOrder visits: [Visit], mothers: Set<String>, asOf: CalendarDate
    ) -> ChildVisitStatus {
        let unborn = child.isUnborn || (child.born.map { $0 > asOf } ?? false)
        var lastSeen: CalendarDate?
        var lastSeenAlone: CalendarDate?
        var latestVisit: LatestVisit?
        var missedInARow: [MissedSighting] = []
        // By position, reading only the fields needed: copying whole visits, once per child, was
        // much of what a store-wide overdue list cost.
        for position in visits.indices {
            let date = visits[position].date
            if unborn {
                guard visits[position].adultsSeen?.contains(where: mothers.contains) == true else { continue }
                lastSeen = max(lastSeen ?? date, date)
                continue
            }
            guard let sighting = visits[position].sighting(of: child.id) else { continue }
            if latestVisit.map({ date >= $0.date }) ?? true { latestVisit = LatestVisit(visit: visits[position].id, date: date, outcome: sighting.outcome) }
            guard sighting.outcome.countsAsSeen else {
                missedInARow.append(MissedSighting(visit: visits[position].id, date: date, outcome: sighting.outcome, reason: sighting.reason))
                continue
            }
            missedInARow = []
            lastSeen = max(lastSeen ?? date, date)
            if sighting.outcome == .seenAlone { lastSeenAlone = max(lastSeenAlone ?? date, date) }
        }
        let visitExpectation = expectation(.visits, for: child.id, on: plan, in: value, asOf: asOf)
        let aloneExpectation = unborn ? nil : expectation(.seenAlone, for: child.id, on: plan, in: value, asOf: asOf)
        // Only sightings since the plan started (and, for a child born since, since the birth)
        // restart the clock.
        let clockStart = max(plan.start, child.born ?? plan.start)
        func due(after seen: CalendarDate?, _ interval: Interval) -> CalendarDate {
            interval.after(max(seen ?? clockStart, clockStart), in: calendar)
        }
        return ChildVisitStatus(
            child: child, plan: plan, lastSeen: lastSeen, lastSeenAlone: lastSeenAlone,
            // Visits always have an expectation: `notExpected` is refused for them.
            visits: visitExpectation!, visitsDue: due(after: lastSeen, visitExpectation!.interval),
            seenAlone: aloneExpectation, seenAloneDue: aloneExpectation.map { due(after: lastSeenAlone, $0.interval) },
            seenAloneNotExpected: unborn ? nil : notExpected(.seenAlone, for: child.id, on: plan, in: value, asOf: asOf),
            beforeBirth: unborn, latestVisit: latestVisit, missedInARow: missedInARow)
    }

    /// The expectation in force on `asOf`: the child's own override, else the plan's, else the
    /// team default. Nil only for seeing a child alone, when the team does not track it or
    /// professionals recorded that it is not expected for this child.
    public func expectation(
        _ kind: ExpectationKind, for childID: String, on plan: Plan, in value: Case, asOf: CalendarDate
    ) -> ResolvedExpectation? {
        if notExpected(kind, for: childID, on: plan, in: value, asOf: asOf) != nil { return nil }
        for latest in overridesInForce(kind, for: childID, on: plan, in: value, asOf: asOf) {
            if let interval = latest.interval { return ResolvedExpectation(interval: interval, override: latest) }
        }
        let fallback = kind == .visits ? defaults.interval(for: plan.type) : defaults.seenAlone
        return fallback.map { ResolvedExpectation(interval: $0, override: nil) }
    }

    /// The professionals' record that `kind` is not expected for this child, if that is in force.
    public func notExpected(
        _ kind: ExpectationKind, for childID: String, on plan: Plan, in value: Case, asOf: CalendarDate
    ) -> ExpectationOverride? {
        for latest in overridesInForce(kind, for: childID, on: plan, in: value, asOf: asOf) {
            if latest.notExpected == true { return latest }
            if latest.interval != nil { return nil }
        }
        return nil
    }

    /// The latest override for the child, then the latest for the whole plan.
    private func overridesInForce(
        _ kind: ExpectationKind, for childID: String, on plan: Plan, in value: Case, asOf: CalendarDate
    ) -> [ExpectationOverride] {
        let known = value.expectations.inForce.filter { $0.what == kind && $0.plan == plan.id && $0.setOn <= asOf }
        return [childID, nil].compactMap { scope in known.last { $0.child == scope } }
    }
}

/// Where one child on a plan stands with visits.
public struct ChildVisitStatus: Sendable, Equatable {
    public var child: Person
    public var plan: Plan
    public var lastSeen: CalendarDate?
    public var lastSeenAlone: CalendarDate?
    public var visits: ResolvedExpectation
    public var visitsDue: CalendarDate
    /// Nil when seeing the child alone is not tracked.
    public var seenAlone: ResolvedExpectation?
    public var seenAloneDue: CalendarDate?
    /// Set when professionals recorded that seeing this child alone is not expected.
    public var seenAloneNotExpected: ExpectationOverride?
    /// True while the child is not yet born: they are seen through their mother.
    public var beforeBirth: Bool = false
    /// The child's line on the latest visit to the family: "not recorded" and "not seen" show.
    public var latestVisit: LatestVisit?
    /// The latest visits on which the child was not seen, oldest first, since the last visit
    /// on which they were (empty when they were seen on the latest one).
    public var missedInARow: [MissedSighting] = []
}

/// A visit on which a child was not seen (or left out), with the reason the worker gave.
public struct MissedSighting: Codable, Sendable, Equatable {
    public var visit: String
    public var date: CalendarDate
    public var outcome: SightingOutcome
    public var reason: String?

    /// "2026-11-02 (at his grandmother's)", or "2026-11-09 (not recorded)".
    public var description: String {
        let why = reason.flatMap { $0.trimmed.isEmpty ? nil : $0.trimmed }
            ?? (outcome == .notRecorded ? "not recorded" : "no reason given")
        return "\(date) (\(why))"
    }
}

/// A child's outcome on the latest visit to their family.
public struct LatestVisit: Sendable, Equatable {
    public var visit: String
    public var date: CalendarDate
    public var outcome: SightingOutcome
}
