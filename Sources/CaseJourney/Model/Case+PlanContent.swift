/// Changes to what a plan says: worries, strengths, outcomes, risk ratings, views, and proposals
/// that it could end. Actions are in `Case+Actions.swift`. Every one can be marked private from
/// someone, or not for the family, as it is written (`privacy`).
extension Case {
    /// Records what harm is feared. Returns the history line; the worry is `worries.last`.
    public mutating func addWorry(
        _ text: String, plan reference: String?, on date: CalendarDate, by author: String, historic: HistoricWorry? = nil,
        privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        let plan = try openPlanFor(reference, on: date)
        var worry = PlanStatement(id: newRecordID("w", count: worries.count), plan: plan.id,
                                  text: try Case.required(text, "Say what the worry is."), date: date, by: author)
        worry.historic = try historic.map { past throws(CaseJourneyError) in try Case.checkedHistoric(past, recordedOn: date) }
        try mark(&worry, privacy)
        worries.append(worry)
        return "Added \(worry.historic == nil ? "worry" : "a worry from the past,") \(worry.id) to \(plan.id): \(worry.text)"
            + (worry.historic.map { " (until \($0.until); since then: \($0.changedSince.oneLine))" } ?? "") + worry.markingDescription(in: self)
    }

    /// Marks a worry as belonging to the past (or, with nil, as current again), with a reason.
    public mutating func markWorryHistoric(
        _ id: String, _ historic: HistoricWorry?, reason: String, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let checked = try historic.map { past throws(CaseJourneyError) in try Case.checkedHistoric(past, recordedOn: date) }
        return try correct(\.worries, id, kind: .worry, reason: reason, by: author, on: date) { record, changes in
            changes.setOptional("in the past until", &record.historic, to: .some(checked)) { "\($0.until); since then: \($0.changedSince)" }
        }.replacingOccurrences(of: "Corrected worry", with: checked == nil ? "Marked as about now: worry" : "Marked as about the past: worry")
    }

    /// A historic worry ends on or before the day it is recorded, and says what changed.
    static func checkedHistoric(_ past: HistoricWorry, recordedOn date: CalendarDate) throws(CaseJourneyError) -> HistoricWorry {
        guard past.until <= date else { throw .usage("A worry from the past ended on or before today (\(date)), not on \(past.until).") }
        let changed = try Case.required(past.changedSince, "Say what has changed since with --changed-since.", multiline: false)
        return HistoricWorry(until: past.until, changedSince: changed)
    }

    /// Records what is going well. Returns the history line; the strength is `strengths.last`.
    public mutating func addStrength(
        _ text: String, plan reference: String?, on date: CalendarDate, by author: String, privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        let plan = try openPlanFor(reference, on: date)
        var strength = PlanStatement(id: newRecordID("s", count: strengths.count), plan: plan.id,
                                     text: try Case.required(text, "Say what the strength is."), date: date, by: author)
        try mark(&strength, privacy)
        strengths.append(strength)
        return "Added strength \(strength.id) to \(plan.id): \(strength.text)" + strength.markingDescription(in: self)
    }

    /// Records what needs to change. After the plan's first day a new outcome needs a reason.
    public mutating func addOutcome(
        _ text: String, plan reference: String?, on date: CalendarDate, by author: String, reason: String?,
        privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        let plan = try openPlanFor(reference, on: date)
        let reason = try Case.reasonIfNeeded(reason, after: plan, on: date, doing: "adding an outcome")
        var outcome = PlanOutcome(id: newRecordID("o", count: outcomes.count), plan: plan.id,
                                  text: try Case.required(text, "Say what needs to change."), date: date, by: author, reason: reason)
        try mark(&outcome, privacy)
        outcomes.append(outcome)
        return "Added outcome \(outcome.id) to \(plan.id) on \(date): \(outcome.text)" + (reason.map { " (\($0))" } ?? "")
            + outcome.markingDescription(in: self)
    }

    /// Records a risk rating from 0 (not safe) to 10 (safe enough for the plan to end).
    public mutating func rate(
        _ score: Int, plan reference: String?, on date: CalendarDate, ratedBy rater: String, reason: String,
        privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        guard RiskRating.scale.contains(score) else {
            throw .usage("A risk rating is a whole number from 0 (the children are not safe) to 10 (safe enough for the plan to end).")
        }
        let reason = try Case.required(reason, "Say why with --reason: the rating is shown with it.")
        let plan = try openPlanFor(reference, on: date)
        let rater = try Case.required(rater, "Say who gave the rating.", multiline: false)
        var rating = RiskRating(id: newRecordID("r", count: riskRatings.count), plan: plan.id, date: date, score: score,
                                ratedBy: rater, reason: reason)
        try mark(&rating, privacy)
        riskRatings.append(rating)
        return "Rated \(plan.id) \(score) out of 10 on \(date) (\(rater)): \(reason)" + rating.markingDescription(in: self)
    }

    /// Records a parent's or child's view. For a child, `childAgreedToShare` says whether the
    /// child agreed their parents may see it; it must be nil for an adult.
    public mutating func recordView(
        _ text: String, of reference: String, plan planReference: String?, childAgreedToShare: Bool?,
        on date: CalendarDate, by author: String, privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        let person = try person(reference)
        if !person.isChild && childAgreedToShare != nil {
            throw .usage("Only a child's view records whether it may be shared; leave out --share / --no-share for \(person.name).")
        }
        if person.isUnborn { throw .usage("\(person.name) is not born yet, so has no view to record.") }
        let plan: Plan? = planReference != nil || openPlans.count == 1 ? try openPlanFor(planReference, on: date) : nil
        let agreed = person.isChild ? (childAgreedToShare ?? false) : nil
        var view = PersonView(id: newRecordID("vw", count: views.count), plan: plan?.id, person: person.id, date: date,
                              text: try Case.required(text, "Write down what they said."),
                              childAgreedToShare: agreed, recordedBy: author)
        try mark(&view, privacy)
        views.append(view)
        let sharing = agreed.map { $0 ? " (\(person.firstName) agreed it may be shared with their parents)"
                                      : " (not to be shared with their parents)" } ?? ""
        return "Recorded \(person.name)'s view \(view.id) on \(date)\(sharing)" + view.markingDescription(in: self)
    }

    /// Flags a plan as proposed to end, or with `withdraw`, takes the flag back.
    public mutating func proposeEnd(
        plan reference: String?, withdraw: Bool, on date: CalendarDate, by author: String, reason: String,
        privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        let reason = try Case.required(reason, "Say why with --reason.")
        let plan = try openPlanFor(reference, on: date)
        if withdraw && endProposal(for: plan.id) == nil {
            throw .usage("Plan \(plan.id) is not proposed to end, so there is nothing to withdraw.")
        }
        var proposal = EndProposal(id: newRecordID("pe", count: endProposals.count), plan: plan.id, proposed: !withdraw,
                                   date: date, by: author, reason: reason)
        try mark(&proposal, privacy)
        endProposals.append(proposal)
        return (withdraw ? "Withdrew the proposal to end \(plan.id) on \(date): \(reason)"
                         : "Proposed ending \(plan.id) on \(date): \(reason)") + proposal.markingDescription(in: self)
    }

    // MARK: Shared rules

    /// The plan named (or the only open one), refusing one that had ended before `date`.
    func openPlanFor(_ reference: String?, on date: CalendarDate) throws(CaseJourneyError) -> Plan {
        let plan = try planFor(reference, child: nil)
        if let end = plan.end, date > end.date {
            throw .usage("Plan \(plan.id) ended on \(end.date), before \(date); nothing can be added to it now.")
        }
        if date < plan.start {
            throw .usage("Plan \(plan.id) started on \(plan.start), after \(date); check the date.")
        }
        return plan
    }

    /// The trimmed text, or a usage error when it is blank or holds a control character.
    static func required(_ text: String, _ message: String, multiline: Bool = true) throws(CaseJourneyError) -> String {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else { throw .usage(message) }
        try TextInput.check(trimmed, field: "text", multiline: multiline)
        return trimmed
    }

    /// Optional free text: trimmed, nil when blank, refused when it holds a control character.
    static func optionalText(_ text: String?, field: String) throws(CaseJourneyError) -> String? {
        guard let trimmed = text?.trimmed, !trimmed.isEmpty else { return nil }
        try TextInput.check(trimmed, field: field)
        return trimmed
    }

    /// Parents describe "moving goal posts": new and changed actions with no explanation. So
    /// after the plan's first day, anything that moves them needs a reason.
    static func reasonIfNeeded(
        _ reason: String?, after plan: Plan, on date: CalendarDate, doing change: String
    ) throws(CaseJourneyError) -> String? {
        let trimmed = try optionalText(reason, field: "reason")
        if trimmed == nil && date > plan.start {
            throw .usage("Plan \(plan.id) started on \(plan.start), so \(change) on \(date) needs a reason: "
                + "give it with --reason, so the family can see why the plan changed.")
        }
        return trimmed
    }
}
