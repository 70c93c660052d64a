/// The changes a user can make to a case. Each checks its own rules, changes the case, and
/// returns the sentence the history records. None of them writes: `CaseStore.update` does that.
extension Case {
    /// Adds a person and returns the history line; the new person's id is `person.id`.
    ///
    /// Someone with the same name and date of birth as a person already in the case is most
    /// likely the same person added twice, so adding them needs `again`.
    public mutating func add(_ person: Person, confidentialFrom references: [String] = [], again: Bool = false) throws(CaseJourneyError) -> String {
        var person = person
        person.name = person.name.trimmed
        guard !person.name.isEmpty else { throw .usage("A person needs a name, e.g. --name \"Amy Smith\".") }
        try TextInput.check(person.name, field: "name", multiline: false)
        try person.contact?.checkText()
        if person.id.isEmpty { person.id = newPersonID(for: person.name) }
        guard CaseID.isValid(person.id) else {
            throw .usage("The id \"\(person.id)\" is not allowed: use \(CaseID.rule), e.g. amy or dad-2.")
        }
        guard recordKind(of: person.id) == nil else {
            throw .usage("The id \(person.id) is already used in case \(caseId). Choose another with --id.")
        }
        if !again, let twin = people.first(where: { $0.born == person.born && !$0.isWithdrawn && NameKey.same($0.name, person.name) }) {
            throw .usage("\(twin.name) (\(twin.id)) is already in case \(caseId)"
                + (twin.born.map { " with the same date of birth, \($0)" } ?? " with no date of birth")
                + ". If this is someone else, add them again with --again; nothing was written.")
        }
        try checkBirth(person)
        if let upn = person.upn { person.upn = try UPN.checked(upn) }
        if !person.isChild && (person.upn != nil || person.disabilities != nil) {
            throw .usage("A unique pupil number and disability codes are recorded for children only; \(person.name) is recorded as \(person.role.rawValue).")
        }
        try DisabilityCode.check(person.disabilities ?? [])
        if person.isChild { person.parentalResponsibility = nil }
        var hiddenFrom: [String] = []
        for reference in references {
            let other = try self.person(reference)
            if !hiddenFrom.contains(other.id) { hiddenFrom.append(other.id) }
        }
        person.confidentialFrom = hiddenFrom.isEmpty ? nil : hiddenFrom
        people.append(person)
        var line = "Added \(person.name) (\(person.id), \(person.role.rawValue))"
        if let expected = person.expectedBirth, person.born == nil { line += ", not born yet: expected \(expected)" }
        if !hiddenFrom.isEmpty {
            line += "; contact details kept from \(hiddenFrom.map { self.person(withID: $0)?.name ?? $0 }.joined(separator: ", "))"
        }
        return line
    }

    /// A birth date and an expected date only make sense for children, and not together.
    func checkBirth(_ person: Person) throws(CaseJourneyError) {
        if person.expectedBirth != nil && !person.isChild {
            throw .usage("Only a child can have an expected date of birth; \(person.name) is recorded as \(person.role.rawValue).")
        }
        if person.expectedBirth != nil && person.born != nil {
            throw .usage("Give the date of birth (--born) or the expected date (--expected), not both; once the baby is born, record it with `cj person change --born`.")
        }
    }

    public mutating func add(_ professional: Professional, confidentialFrom references: [String] = []) throws(CaseJourneyError) -> String {
        var professional = professional
        professional.name = professional.name.trimmed
        guard !professional.name.isEmpty else { throw .usage("A professional needs a name, e.g. --name \"Priya Shah\".") }
        for (field, text) in [("name", professional.name), ("role", professional.role), ("agency", professional.agency)] {
            try TextInput.check(text, field: field, multiline: false)
        }
        try professional.contact?.checkText()
        if professional.id.isEmpty {
            let base = NameKey.asciiID(for: professional.name) ?? "professional"
            professional.id = Case.firstUnused(NewRecordIDs.tagged(base), among: allRecordIDs)
        }
        guard CaseID.isValid(professional.id) else {
            throw .usage("The id \"\(professional.id)\" is not allowed: use \(CaseID.rule), e.g. priya or hv-2.")
        }
        guard !allRecordIDs.contains(professional.id) else {
            throw .usage("The id \(professional.id) is already used in case \(caseId). Choose another with --id.")
        }
        var hiddenFrom: [String] = []
        for reference in references {
            let other = try person(reference)
            if !hiddenFrom.contains(other.id) { hiddenFrom.append(other.id) }
        }
        professional.confidentialFrom = hiddenFrom.isEmpty ? nil : hiddenFrom
        professionals.append(professional)
        var line = "Added \(professional.name) (\(professional.role), \(professional.agency)) as a professional"
        if !hiddenFrom.isEmpty {
            line += "; kept from \(hiddenFrom.map { person(withID: $0)?.name ?? $0 }.joined(separator: ", "))"
        }
        return line
    }

    /// Makes `allocation` the current one, ending the previous allocation on its first day.
    public mutating func assign(_ allocation: Allocation) throws(CaseJourneyError) -> String {
        guard !allocation.worker.trimmed.isEmpty else { throw .usage("The social worker needs a name, e.g. --name \"Sam Okafor\".") }
        try TextInput.check(allocation.worker, field: "social worker's name", multiline: false)
        if let manager = allocation.manager { try TextInput.check(manager, field: "manager's name", multiline: false) }
        try allocation.contact?.checkText()
        var allocation = allocation
        // One worker, one spelling: "sam okafor" is the Sam Okafor who held the case before.
        if let known = allocations.first(where: { $0.worker.caseInsensitiveCompare(allocation.worker.trimmed) == .orderedSame }) {
            allocation.worker = known.worker
        }
        var line = "Allocated to \(allocation.worker) from \(allocation.from)"
        let live = allocations.indices.filter { !allocations[$0].isWithdrawn }
        if let index = live.last(where: { allocations[$0].isCurrent }) {
            let previous = allocations[index]
            guard allocation.from >= previous.from else {
                throw .usage("\(previous.worker) has held the case since \(previous.from); "
                    + "a new allocation must start on or after that date.")
            }
            guard previous.worker != allocation.worker else {
                throw .usage("\(allocation.worker) already holds case \(caseId).")
            }
            allocations[index].to = allocation.from
            line += " (ending \(previous.worker)'s allocation)"
        } else if let last = live.last.map({ allocations[$0] }), let ended = last.to, allocation.from < ended {
            throw .usage("\(last.worker)'s allocation ended on \(ended); a new one must start on or after that date.")
        }
        var new = allocation
        new.worker = allocation.worker.trimmed
        new.to = nil
        new.id = newRecordID("al", count: allocations.count)
        allocations.append(new)
        return line
    }

    /// Ends the current allocation with no one taking over: the case is unallocated from `date`.
    public mutating func endAllocation(on date: CalendarDate, reason: String) throws(CaseJourneyError) -> String {
        let reason = try Case.required(reason, "Say why the allocation ends with --reason (\"Sam has left the team\").")
        guard let index = allocations.indices.last(where: { !allocations[$0].isWithdrawn && allocations[$0].isCurrent }) else {
            throw .usage("Case \(caseId) is not allocated to anyone, so there is no allocation to end.")
        }
        let allocation = allocations[index]
        guard date > allocation.from else {
            throw .usage("\(allocation.worker) took the case on \(allocation.from); the allocation can end on \(allocation.from.adding(days: 1)) at the earliest. "
                + "If it was recorded in error, withdraw it with `cj worker correct \(caseId) \(allocation.id) --withdraw --reason ...`.")
        }
        allocations[index].to = date
        allocations[index].endReason = reason
        return "Ended \(allocation.worker)'s allocation (\(allocation.id)) on \(date): \(reason). The case is unallocated from that day"
    }

    /// Starts a plan for the named children and returns the history line; the plan's id is set.
    public mutating func startPlan(
        type: PlanType, children references: [String], category: PlanCategory?, on start: CalendarDate, conference: String? = nil
    ) throws(CaseJourneyError) -> String {
        guard !references.isEmpty else { throw .usage("Name at least one child for the plan with --child.") }
        var childIDs: [String] = []
        for reference in references {
            let child = try child(reference)
            if let existing = openPlan(for: child.id) {
                throw .usage("\(child.name) is already on a \(existing.type.displayName) plan (\(existing.id), "
                    + "since \(existing.start)). End it first with `cj plan end \(caseId) --plan \(existing.id) --date YYYY-MM-DD --reason \"...\"`.")
            }
            if let born = child.born, born > start {
                throw .usage("\(child.name) was born on \(born), after the plan's start (\(start)). A plan before birth is recorded "
                    + "for a child added with --expected; check the dates.")
            }
            if !childIDs.contains(child.id) { childIDs.append(child.id) }
        }
        switch (type, category) {
        case (.childProtection, nil):
            throw .usage("A child protection plan needs a category: --category \(PlanCategory.allCases.map(\.rawValue).joined(separator: "|")).")
        case (.childInNeed, .some):
            throw .usage("A child in need plan has no category; leave out --category.")
        default:
            break
        }
        let id = newRecordID("plan-", count: plans.count)
        var plan = Plan(id: id, type: type, children: childIDs, category: category, start: start)
        plan.conference = conference
        plans.append(plan)
        let names = childIDs.compactMap { person(withID: $0)?.name }.joined(separator: ", ")
        let categoryText = category.map { " (\($0.rawValue))" } ?? ""
        return "Started \(type.displayName) plan \(id)\(categoryText) for \(names) on \(start)"
    }

    /// Ends a plan: the one named, or the only open one.
    public mutating func endPlan(_ planID: String?, on date: CalendarDate, reason: String, conference: String? = nil) throws(CaseJourneyError) -> String {
        let reason = try Case.required(reason, "Say why the plan ended with --reason.")
        let plan: Plan
        if let planID {
            plan = try self.plan(withID: planID)
            guard plan.isOpen else { throw .usage("Plan \(planID) already ended on \(plan.end!.date).") }
        } else {
            guard openPlans.count == 1 else {
                throw .usage(openPlans.isEmpty
                    ? "Case \(caseId) has no open plan to end."
                    : "Case \(caseId) has \(openPlans.count) open plans (\(openPlans.map(\.id).joined(separator: ", "))): name one with --plan.")
            }
            plan = openPlans[0]
        }
        let index = plans.firstIndex { $0.id == plan.id }!
        guard date >= plans[index].start else {
            throw .usage("Plan \(plans[index].id) started on \(plans[index].start); it cannot end before that.")
        }
        plans[index].end = PlanEnd(date: date, reason: reason, conference: conference)
        return "Ended \(plans[index].type.displayName) plan \(plans[index].id) on \(date): \(reason)"
    }
}

extension ContactDetails {
    /// Throws when any detail holds a control character.
    func checkText() throws(CaseJourneyError) {
        // An address may be written over several lines; the rest are one line each.
        for (label, value) in labelledValues { try TextInput.check(value, field: label, multiline: label == "address") }
    }
}
