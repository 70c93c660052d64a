/// Who an action is for, as typed: someone in the case (a person or a professional, by id or
/// first name) or an agency by name.
public enum OwnerReference: Sendable, Equatable {
    case member(String)
    case agency(String)
}

/// Adding, changing, deferring, dropping and completing actions. Each appends an event to the
/// action's history; nothing is overwritten.
extension Case {
    /// Adds an action towards an outcome (the only outcome on open plans when `outcome` is nil).
    /// Returns the history line; the action is `actions.last`.
    public mutating func addAction(
        _ text: String, outcome outcomeReference: String?, owner: OwnerReference, due: CalendarDate,
        on date: CalendarDate, by author: String, reason: String?
    ) throws(CaseJourneyError) -> String {
        let outcome = try outcomeFor(outcomeReference)
        let plan = try openPlanFor(outcome.plan, on: date)
        let text = try Case.required(text, "Say what must be done, e.g. \"Kelly will take Cody to every health appointment\".")
        let resolvedOwner = try actionOwner(owner)
        let reason = try Case.reasonIfNeeded(reason, after: plan, on: date, doing: "adding an action")
        let id = Case.firstUnused("a\(actions.count + 1)", among: Set(actions.map(\.id)))
        let event = ActionEvent(kind: .added, date: date, by: author, reason: reason, text: text, owner: resolvedOwner, due: due)
        actions.append(PlanAction(id: id, plan: plan.id, outcome: outcome.id, history: [event]))
        return "Added action \(id) for \(name(of: resolvedOwner)), due \(due): \(text)" + (reason.map { " (\($0))" } ?? "")
    }

    /// Changes an action's wording, owner or due date. A done or dropped action becomes live again.
    public mutating func changeAction(
        _ id: String, text: String?, owner: OwnerReference?, due: CalendarDate?,
        on date: CalendarDate, by author: String, reason: String?
    ) throws(CaseJourneyError) -> String {
        let (index, plan, state) = try actionForChange(id, on: date)
        let newText = try text.map { value throws(CaseJourneyError) in try Case.required(value, "The new wording is empty.") }
        let newOwner = try owner.map { value throws(CaseJourneyError) in try actionOwner(value) }
        var changes: [String] = []
        if let newText, newText != state.text { changes.append("now reads \"\(newText)\"") }
        if let newOwner, newOwner != state.owner { changes.append("now for \(name(of: newOwner)) instead of \(name(of: state.owner))") }
        if let due, due != state.due { changes.append("now due \(due) instead of \(state.due)") }
        guard !changes.isEmpty else {
            throw .usage("Give the new wording, owner (--owner or --agency) or due date (--due) for action \(id); nothing would change.")
        }
        let reason = try Case.reasonIfNeeded(reason, after: plan, on: date, doing: "changing an action")
        actions[index].history.append(ActionEvent(
            kind: .changed, date: date, by: author, reason: reason,
            text: newText == state.text ? nil : newText, owner: newOwner == state.owner ? nil : newOwner,
            due: due == state.due ? nil : due))
        return "Changed action \(id) on \(date): \(changes.joined(separator: "; "))" + (reason.map { " (\($0))" } ?? "")
    }

    /// Moves a live action's due date later.
    public mutating func deferAction(
        _ id: String, to due: CalendarDate, on date: CalendarDate, by author: String, reason: String?
    ) throws(CaseJourneyError) -> String {
        let (index, plan, state) = try actionForChange(id, on: date)
        guard state.status.isLive else {
            throw .usage("Action \(id) is \(state.status.rawValue); to bring it back, use `cj plan action change` with a reason.")
        }
        guard due > state.due else {
            throw .usage("Action \(id) is due \(state.due); deferring moves that later. To bring it forward, use `cj plan action change --due`.")
        }
        let reason = try Case.reasonIfNeeded(reason, after: plan, on: date, doing: "deferring an action")
        actions[index].history.append(ActionEvent(kind: .deferred, date: date, by: author, reason: reason, due: due))
        return "Deferred action \(id) from \(state.due) to \(due) on \(date)" + (reason.map { ": \($0)" } ?? "")
    }

    /// Takes an action off the plan; it stays in the file with the reason.
    public mutating func dropAction(_ id: String, on date: CalendarDate, by author: String, reason: String?) throws(CaseJourneyError) -> String {
        let (index, plan, state) = try actionForChange(id, on: date)
        guard state.status != .dropped else { throw .usage("Action \(id) was already dropped on \(state.since).") }
        let reason = try Case.reasonIfNeeded(reason, after: plan, on: date, doing: "dropping an action")
        actions[index].history.append(ActionEvent(kind: .dropped, date: date, by: author, reason: reason))
        return "Dropped action \(id) on \(date)" + (reason.map { ": \($0)" } ?? "")
    }

    /// Records that an action was done. No reason is needed; a note is welcome.
    public mutating func completeAction(_ id: String, on date: CalendarDate, by author: String, note: String?) throws(CaseJourneyError) -> String {
        let (index, _, state) = try actionForChange(id, on: date)
        guard state.status.isLive else {
            throw .usage("Action \(id) is already \(state.status.rawValue) (since \(state.since)).")
        }
        let note = note?.trimmed
        actions[index].history.append(ActionEvent(kind: .done, date: date, by: author, note: note?.isEmpty == false ? note : nil))
        return "Action \(id) done on \(date): \(state.text)"
    }

    // MARK: Finding things

    /// Who an action is for, from what was typed.
    public func actionOwner(_ reference: OwnerReference) throws(CaseJourneyError) -> ActionOwner {
        switch reference {
        case .agency(let name):
            return .agency(try Case.required(name, "Give the agency's name, e.g. --agency \"Northtown Housing\"."))
        case .member(let text):
            switch try professionalOrPerson(text) {
            case .person(let person): return .person(person.id)
            case .professional(let professional): return .professional(professional.id)
            }
        }
    }

    /// The outcome named, or the only outcome of an open plan.
    func outcomeFor(_ reference: String?) throws(CaseJourneyError) -> PlanOutcome {
        if let reference {
            guard let outcome = outcomes.first(where: { $0.id == reference }) else {
                throw .usage("Case \(caseId) has no outcome \(reference). " + outcomeList)
            }
            return outcome
        }
        let open = Set(openPlans.map(\.id))
        let candidates = outcomes.filter { open.contains($0.plan) }
        guard candidates.count == 1 else { throw .usage("Say which outcome the action is for with --outcome. " + outcomeList) }
        return candidates[0]
    }

    private var outcomeList: String {
        outcomes.isEmpty
            ? "Add what needs to change first with `cj plan outcome \(caseId) \"...\"`."
            : "Its outcomes are: " + outcomes.map { "\($0.id) (\($0.plan)) \"\($0.text)\"" }.joined(separator: "; ") + "."
    }

    private func actionForChange(_ id: String, on date: CalendarDate) throws(CaseJourneyError) -> (Int, Plan, ActionState) {
        guard let index = actions.firstIndex(where: { $0.id == id }) else {
            throw .usage("Case \(caseId) has no action \(id). `cj plan show \(caseId)` lists its actions.")
        }
        let action = actions[index]
        guard date >= action.added else {
            throw .usage("Action \(id) was added on \(action.added); a change cannot come before that.")
        }
        let plan = try openPlanFor(action.plan, on: date)
        return (index, plan, action.current)
    }
}
