/// The changes a user can make to a case. Each checks its own rules, changes the case, and
/// returns the sentence the history records. None of them writes: `CaseStore.update` does that.
extension Case {
    /// Adds a person and returns the history line; the new person's id is `person.id`.
    public mutating func add(_ person: Person, confidentialFrom references: [String] = []) throws(CaseJourneyError) -> String {
        var person = person
        guard !person.name.trimmed.isEmpty else { throw .usage("A person needs a name, e.g. --name \"Amy Smith\".") }
        if person.id.isEmpty { person.id = newPersonID(for: person.name) }
        guard CaseID.isValid(person.id) else {
            throw .usage("The id \"\(person.id)\" is not allowed: use \(CaseID.rule), e.g. amy or dad-2.")
        }
        guard self.person(withID: person.id) == nil else {
            throw .usage("The id \(person.id) is already used in case \(caseId). Choose another with --id.")
        }
        if person.isChild { person.parentalResponsibility = nil }
        var hiddenFrom: [String] = []
        for reference in references {
            hiddenFrom.append(try self.person(reference).id)
        }
        person.confidentialFrom = hiddenFrom.isEmpty ? nil : hiddenFrom
        people.append(person)
        var line = "Added \(person.name) (\(person.id), \(person.role.rawValue))"
        if !hiddenFrom.isEmpty {
            line += "; contact details kept from \(hiddenFrom.joined(separator: ", "))"
        }
        return line
    }

    public mutating func add(_ professional: Professional) throws(CaseJourneyError) -> String {
        var professional = professional
        if professional.id.isEmpty {
            let base = Case.slug(professional.name.split(separator: " ").first.map(String.init) ?? "professional")
            professional.id = Case.firstUnused(base, among: Set(professionals.map(\.id) + people.map(\.id)))
        }
        guard !professionals.contains(where: { $0.id == professional.id }) else {
            throw .usage("The id \(professional.id) is already used in case \(caseId). Choose another with --id.")
        }
        professionals.append(professional)
        return "Added \(professional.name) (\(professional.role), \(professional.agency)) as a professional"
    }

    /// Makes `allocation` the current one, ending the previous allocation on its first day.
    public mutating func assign(_ allocation: Allocation) throws(CaseJourneyError) -> String {
        guard !allocation.worker.trimmed.isEmpty else { throw .usage("The social worker needs a name, e.g. --name \"Sam Okafor\".") }
        var line = "Allocated to \(allocation.worker) from \(allocation.from)"
        if let index = allocations.lastIndex(where: \.isCurrent) {
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
        } else if let last = allocations.last, let ended = last.to, allocation.from < ended {
            throw .usage("\(last.worker)'s allocation ended on \(ended); a new one must start on or after that date.")
        }
        var new = allocation
        new.to = nil
        allocations.append(new)
        return line
    }

    /// Starts a plan for the named children and returns the history line; the plan's id is set.
    public mutating func startPlan(
        type: PlanType, children references: [String], category: PlanCategory?, on start: CalendarDate
    ) throws(CaseJourneyError) -> String {
        guard !references.isEmpty else { throw .usage("Name at least one child for the plan with --child.") }
        var childIDs: [String] = []
        for reference in references {
            let child = try child(reference)
            if let existing = openPlan(for: child.id) {
                throw .usage("\(child.name) is already on a \(existing.type.displayName) plan (\(existing.id), "
                    + "since \(existing.start)). End it first with `cj plan end \(caseId) --plan \(existing.id) --date YYYY-MM-DD --reason \"...\"`.")
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
        let id = Case.firstUnused("plan-\(plans.count + 1)", among: Set(plans.map(\.id)))
        plans.append(Plan(id: id, type: type, children: childIDs, category: category, start: start))
        let names = childIDs.compactMap { person(withID: $0)?.name }.joined(separator: ", ")
        let categoryText = category.map { " (\($0.rawValue))" } ?? ""
        return "Started \(type.displayName) plan \(id)\(categoryText) for \(names) on \(start)"
    }

    /// Ends a plan: the one named, or the only open one.
    public mutating func endPlan(_ planID: String?, on date: CalendarDate, reason: String) throws(CaseJourneyError) -> String {
        guard !reason.trimmed.isEmpty else { throw .usage("Say why the plan ended with --reason.") }
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
        plans[index].end = PlanEnd(date: date, reason: reason)
        return "Ended \(plans[index].type.displayName) plan \(plans[index].id) on \(date): \(reason)"
    }
}
