/// Who an action is for, as typed: someone in the case (a person or a professional, by id or
/// first name) or an agency by name.
public enum OwnerReference: Sendable, Equatable {
    case member(String)
    case agency(String)
}

/// Adding, changing, deferring, dropping and completing actions. Each appends an event to the
/// action's history; nothing is overwritten. An action can have several owners, in the family
/// and among professionals ("Zoë and Darren will agree handovers").
extension Case {
    /// Adds an action towards an outcome (the only outcome on open plans when `outcome` is nil).
    /// Returns the history line; the action is `actions.last`.
    /// With `repeats` ("every weekday") it is something to keep doing, and `due` is the day it
    /// is next looked at.
    public mutating func addAction(
        _ text: String, outcome outcomeReference: String?, owners: [OwnerReference], due: CalendarDate,
        on date: CalendarDate, by author: String, reason: String?, repeats: String? = nil, privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        let repeats = try repeats.map { value throws(CaseJourneyError) in
            try Case.required(value, "Say how often it is done, e.g. --ongoing \"every weekday\".", multiline: false)
        }
        let outcome = try outcomeFor(outcomeReference)
        let plan = try openPlanFor(outcome.plan, on: date)
        let text = try Case.required(text, "Say what must be done, e.g. \"Kelly will take Cody to every health appointment\".")
        let resolvedOwners = try actionOwners(owners)
        let reason = try Case.reasonIfNeeded(reason, after: plan, on: date, doing: "adding an action")
        guard due >= date else {
            throw .usage("The action is due \(due), before the day it is added (\(date)); give a due date on or after \(date).")
        }
        let id = newRecordID("a", count: actions.count)
        var event = ActionEvent(kind: .added, date: date, by: author, reason: reason, text: text, owners: resolvedOwners, due: due)
        event.repeats = repeats
        var action = PlanAction(id: id, plan: plan.id, outcome: outcome.id, history: [event])
        try mark(&action, privacy)
        actions.append(action)
        let when = repeats.map { "ongoing (\($0)), looked at again by \(due)" } ?? "due \(due)"
        return "Added action \(id) for \(name(of: resolvedOwners)), \(when): \(text)" + (reason.map { " (\($0))" } ?? "")
            + action.markingDescription(in: self)
    }

    /// Adds an action with one owner.
    public mutating func addAction(
        _ text: String, outcome outcomeReference: String?, owner: OwnerReference, due: CalendarDate,
        on date: CalendarDate, by author: String, reason: String?, privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        try addAction(text, outcome: outcomeReference, owners: [owner], due: due, on: date, by: author, reason: reason, privacy: privacy)
    }

    /// Changes an action's wording, owners or due date. A done or dropped action keeps that
    /// status (so a new owner does not make finished work look undone) unless `reopen` says
    /// it comes back.
    public mutating func changeAction(
        _ id: String, text: String?, owners: [OwnerReference]?, due: CalendarDate?, reopen: Bool = false, repeats: String? = nil,
        on date: CalendarDate, by author: String, reason: String?, privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        let (index, plan, state) = try actionForChange(id, on: date)
        let newRepeats = try repeats.map { value throws(CaseJourneyError) in try Case.optionalText(value, field: "how often") ?? "" }
        let newText = try text.map { value throws(CaseJourneyError) in try Case.required(value, "The new wording is empty.") }
        let newOwners = try owners.map { value throws(CaseJourneyError) in try actionOwners(value) }
        var changes: [String] = []
        if let newText, newText != state.text { changes.append("now reads \"\(newText)\"") }
        if let newOwners, newOwners != state.owners { changes.append("now for \(name(of: newOwners)) instead of \(name(of: state.owners))") }
        if let due, due != state.due { changes.append("now due \(due) instead of \(state.due)") }
        let reopens = reopen && !state.status.isLive
        if reopen && state.status.isLive { throw .usage("Action \(id) is \(state.status.rawValue), not done or dropped; leave out --reopen.") }
        if reopens { changes.append("reopened (it was \(state.status.rawValue))") }
        let repeatsChanged = newRepeats.map { ($0.isEmpty ? nil : $0) != state.repeats } ?? false
        if repeatsChanged, let newRepeats { changes.append(newRepeats.isEmpty ? "now a one-off" : "now ongoing (\(newRepeats))") }
        guard !changes.isEmpty else {
            throw .usage("Give the new wording, owner (--owner or --agency), due date (--due), --ongoing, --one-off or --reopen for action \(id); "
                + "nothing would change.")
        }
        let reason = try Case.reasonIfNeeded(reason, after: plan, on: date, doing: "changing an action")
        var event = ActionEvent(
            kind: .changed, date: date, by: author, reason: reason,
            text: newText == state.text ? nil : newText, owners: newOwners == state.owners ? nil : newOwners,
            due: due == state.due ? nil : due, reopens: reopens ? true : nil)
        event.repeats = repeatsChanged ? newRepeats : nil
        try mark(&event, privacy)
        actions[index].history.append(event)
        var line = "Changed action \(id) on \(date): \(changes.joined(separator: "; "))" + (reason.map { " (\($0))" } ?? "")
        if !state.status.isLive && !reopens { line += "; it stays \(state.status.rawValue)" }
        return line + event.markingDescription(in: self)
    }

    /// Moves a live action's due date later.
    public mutating func deferAction(
        _ id: String, to due: CalendarDate, on date: CalendarDate, by author: String, reason: String?, privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        let (index, plan, state) = try actionForChange(id, on: date)
        guard state.status.isLive else {
            throw .usage("Action \(id) is \(state.status.rawValue); to bring it back, use `cj plan action change --reopen` with a reason.")
        }
        guard due > state.due else {
            throw .usage("Action \(id) is due \(state.due); deferring moves that later. To bring it forward, use `cj plan action change --due`.")
        }
        let reason = try Case.reasonIfNeeded(reason, after: plan, on: date, doing: "deferring an action")
        var event = ActionEvent(kind: .deferred, date: date, by: author, reason: reason, due: due)
        try mark(&event, privacy)
        actions[index].history.append(event)
        return "Deferred action \(id) from \(state.due) to \(due) on \(date)" + (reason.map { ": \($0)" } ?? "") + event.markingDescription(in: self)
    }

    /// Takes an action off the plan; it stays in the file with the reason.
    public mutating func dropAction(
        _ id: String, on date: CalendarDate, by author: String, reason: String?, privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        let (index, plan, state) = try actionForChange(id, on: date)
        guard state.status != .dropped else { throw .usage("Action \(id) was already dropped on \(state.since).") }
        let reason = try Case.reasonIfNeeded(reason, after: plan, on: date, doing: "dropping an action")
        var event = ActionEvent(kind: .dropped, date: date, by: author, reason: reason)
        try mark(&event, privacy)
        actions[index].history.append(event)
        return "Dropped action \(id) on \(date)" + (reason.map { ": \($0)" } ?? "") + event.markingDescription(in: self)
    }

    /// Records how an ongoing action is going ("most mornings; two late starts in a week").
    public mutating func recordProgress(
        _ id: String, note: String, on date: CalendarDate, by author: String, privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        let (index, _, state) = try actionForChange(id, on: date)
        guard let repeats = state.repeats else {
            throw .usage("Action \(id) is a one-off, due \(state.due); record it as done with `cj plan action done`. "
                + "Only an ongoing action (added with --ongoing) has a record of how it is going.")
        }
        guard state.status.isLive else { throw .usage("Action \(id) is \(state.status.rawValue) (since \(state.since)).") }
        let note = try Case.required(note, "Say how it is going, e.g. --note \"Every day this week, on time\".")
        var event = ActionEvent(kind: .progress, date: date, by: author, note: note)
        try mark(&event, privacy)
        actions[index].history.append(event)
        return "How action \(id) (\(repeats)) is going, on \(date): \(note)" + event.markingDescription(in: self)
    }

    /// Records that an action was done. No reason is needed; a note is welcome.
    public mutating func completeAction(
        _ id: String, on date: CalendarDate, by author: String, note: String?, privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        let (index, _, state) = try actionForChange(id, on: date)
        guard state.status.isLive else {
            throw .usage("Action \(id) is already \(state.status.rawValue) (since \(state.since)).")
        }
        var event = ActionEvent(kind: .done, date: date, by: author, note: try Case.optionalText(note, field: "note"))
        try mark(&event, privacy)
        actions[index].history.append(event)
        return "Action \(id) done on \(date): \(state.text)" + event.markingDescription(in: self)
    }

    // MARK: Finding things

    /// Who an action is for, from what was typed.
    public func actionOwner(_ reference: OwnerReference) throws(CaseJourneyError) -> ActionOwner {
        switch reference {
        case .agency(let name):
            let agency = try Case.required(name, "Give the agency's name, e.g. --agency \"Northtown Housing\".", multiline: false)
            return .agency(agency)
        case .member(let text):
            switch try professionalOrPerson(text) {
            case .person(let person):
                if person.isChild && person.isUnborn { throw .usage("\(person.name) is not born yet and cannot carry out an action.") }
                return .person(person.id)
            case .professional(let professional): return .professional(professional.id)
            }
        }
    }

    /// Every owner named, each once, in the order given.
    func actionOwners(_ references: [OwnerReference]) throws(CaseJourneyError) -> [ActionOwner] {
        guard !references.isEmpty else { throw .usage("Say who will do it with --owner PERSON or --agency NAME (repeatable).") }
        var owners: [ActionOwner] = []
        for reference in references {
            let owner = try actionOwner(reference)
            if !owners.contains(owner) { owners.append(owner) }
        }
        return owners
    }

    /// The outcome named, or the only outcome of an open plan.
    func outcomeFor(_ reference: String?) throws(CaseJourneyError) -> PlanOutcome {
        let live = outcomes.inForce
        if let reference {
            guard let outcome = live.first(where: { $0.id == reference }) else {
                throw .usage("Case \(caseId) has no outcome \(reference). " + outcomeList)
            }
            return outcome
        }
        let open = Set(openPlans.map(\.id))
        let candidates = live.filter { open.contains($0.plan) }
        guard candidates.count == 1 else { throw .usage("Say which outcome the action is for with --outcome. " + outcomeList) }
        return candidates[0]
    }

    private var outcomeList: String {
        outcomes.inForce.isEmpty
            ? "Add what needs to change first with `cj plan outcome \(caseId) \"...\"`."
            : "Its outcomes are: " + outcomes.inForce.map { "\($0.id) (\($0.plan)) \"\($0.text)\"" }.joined(separator: "; ") + "."
    }

    private func actionForChange(_ id: String, on date: CalendarDate) throws(CaseJourneyError) -> (Int, Plan, ActionState) {
        guard let index = actions.firstIndex(where: { $0.id == id && !$0.isWithdrawn }) else {
            throw .usage("Case \(caseId) has no action \(id). `cj plan show \(caseId)` lists its actions.")
        }
        let action = actions[index]
        guard date >= action.added else {
            throw .usage("Action \(id) was added on \(action.added); a change dated \(date) cannot come before that.")
        }
        let plan = try openPlanFor(action.plan, on: date)
        return (index, plan, action.current)
    }
}
