/// A new worker's handover, until it is finished (for three months: a worker who has held a
/// case longer than that has long since met the family, recorded or not).
extension Agenda {
    func handoverItems(_ rows: inout RowMaker) {
        let value = rows.value
        let held = value.allocations.inForce.sorted { $0.from < $1.from }
        guard let current = held.last, current.isCurrent, current.from <= asOf, held.count > 1,
              asOf < current.from.adding(months: 3) else { return }
        let previous = held[held.count - 2]
        // The new worker's own visits count: a home visit meets the family, and a child they saw is met.
        let own = value.effectiveVisits.filter { $0.by == current.worker && $0.date >= current.from && $0.date <= asOf }
        let onPlans = Set(value.plans.filter { $0.isActive(on: asOf) }.flatMap(\.children))
        let seen = Set(own.flatMap { $0.children.filter(\.outcome.countsAsSeen).map(\.child) })
        let missing = (current.handover ?? Handover()).missing(
            checklist: checks.handovers.checklist, visitedFamily: own.contains { $0.kind == .home },
            sawEveryChild: !onPlans.isEmpty && onPlans.isSubset(of: seen))
        guard !missing.isEmpty else { return }
        let due = checks.handovers.within.after(current.from, in: meetings.calendar)
        let from = previous.to.map { $0 < current.from } == true
            ? "took over on \(current.from); nobody held the case from \(previous.to!), when \(previous.worker)'s allocation ended"
            : "took over from \(previous.worker) on \(current.from)"
        rows.add(.handover, "Finish the handover to \(current.worker) (\(from)): "
            + missing.joined(separator: "; ") + ". Record it with `cj worker handover \(value.caseId) ...`",
            who: current.worker, due: due, plan: nil, ref: current.id)
    }
}
