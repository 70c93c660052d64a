/// Handovers between social workers, and the gaps when nobody held the case.
extension Case {
    /// Records what passed to the worker who holds the case now (or the allocation `id`): only
    /// what is given changes. `done` items must be the team's checklist items, as worded there.
    public mutating func recordHandover(
        allocation id: String?, handedOver: String?, metFamily: CalendarDate?, metChildren: CalendarDate?, done: [String],
        checklist: [String]
    ) throws(CaseJourneyError) -> String {
        let live = allocations.indices.filter { !allocations[$0].isWithdrawn }
        guard let index = id.map({ wanted in live.first { allocations[$0].id == wanted } }) ?? live.last(where: { allocations[$0].isCurrent }) else {
            throw .usage(id.map { "Case \(caseId) has no allocation \($0)." } ?? "Case \(caseId) has no current social worker to hand over to.")
        }
        let allocation = allocations[index]
        guard allocation.isCurrent else {
            throw .usage("\(allocation.worker)'s allocation (\(allocation.id)) has ended; a handover is recorded for the worker who holds the case now.")
        }
        guard live.contains(where: { allocations[$0].from < allocation.from || ($0 < index && allocations[$0].from <= allocation.from) }) else {
            throw .usage("\(allocation.worker) was the first social worker on case \(caseId): there was no one to hand over from.")
        }
        var handover = allocation.handover ?? Handover()
        var parts: [String] = []
        if let text = try Case.optionalText(handedOver, field: "what was handed over") {
            handover.handedOver = handover.handedOver.map { $0 + "\n" + text } ?? text
            parts.append("what was handed over")
        }
        for (day, label) in [(metFamily, "met the family"), (metChildren, "met the children")] {
            guard let day else { continue }
            guard day >= allocation.from else {
                throw .usage("\(allocation.worker) took the case on \(allocation.from); they cannot have \(label) as its worker on \(day).")
            }
            if label == "met the family" {
                try Case.fill(&handover.metFamily, with: day, "day the family was met", of: allocation.id)
            } else {
                try Case.fill(&handover.metChildren, with: day, "day the children were met", of: allocation.id)
            }
            parts.append("\(label) on \(day)")
        }
        for item in done {
            guard let known = checklist.first(where: { $0.caseInsensitiveCompare(item.trimmed) == .orderedSame }) else {
                throw .usage("\"\(item)\" is not on the team's handover checklist: "
                    + (checklist.isEmpty ? "the team has none (handovers.checklist in the settings)." : checklist.map { "\"\($0)\"" }.joined(separator: ", ") + "."))
            }
            if !(handover.done ?? []).contains(known) { handover.done = (handover.done ?? []) + [known] }
            parts.append("done: \(known)")
        }
        guard !parts.isEmpty else {
            throw .usage("Give what was handed over (--handed-over), when the family and the children were met (--met-family, --met-children), "
                + "or checklist items done (--done).")
        }
        allocations[index].handover = handover
        return "Recorded the handover to \(allocation.worker) (\(allocation.id)): " + parts.joined(separator: "; ")
    }

    /// The stretches when nobody held the case, up to `asOf`: from the day an allocation ended
    /// (or was left with nobody taking over) to the day the next began (nil: still unallocated).
    public func unallocatedPeriods(asOf: CalendarDate) -> [(from: CalendarDate, to: CalendarDate?)] {
        let held = allocations.inForce.sorted { $0.from < $1.from }
        var gaps: [(from: CalendarDate, to: CalendarDate?)] = []
        for (index, allocation) in held.enumerated() {
            guard let ended = allocation.to, ended <= asOf else { continue }
            let next = held.dropFirst(index + 1).first { $0.from >= ended }
            if let next, next.from == ended { continue }
            gaps.append((ended, next.map(\.from).flatMap { $0 <= asOf ? $0 : nil }))
        }
        return gaps
    }

    /// Everyone who held the case at some time in the twelve months up to `asOf`, in order.
    public func workers(inTwelveMonthsTo asOf: CalendarDate) -> [String] {
        let yearStart = asOf.adding(months: -12)
        var seen: [String] = []
        for allocation in allocations.inForce.sorted(by: { $0.from < $1.from })
        where allocation.from <= asOf && (allocation.to.map { $0 > yearStart } ?? true) && !seen.contains(allocation.worker) {
            seen.append(allocation.worker)
        }
        return seen
    }

    /// The gap with no worker that `day` fell in, if any.
    public func unallocatedPeriod(on day: CalendarDate, asOf: CalendarDate) -> (from: CalendarDate, to: CalendarDate?)? {
        unallocatedPeriods(asOf: asOf).first { $0.from <= day && ($0.to.map { day < $0 } ?? true) }
    }
}
