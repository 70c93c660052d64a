/// Changes to what a plan says: worries, strengths, outcomes, risk ratings, views, and proposals
/// that it could end. Actions are in `Case+Actions.swift`.
extension Case {
    /// Records what harm is feared. Returns the history line; the worry is `worries.last`.
    public mutating func addWorry(_ text: String, plan reference: String?, on date: CalendarDate, by author: String) throws(CaseJourneyError) -> String {
        let plan = try openPlanFor(reference, on: date)
        let id = Case.firstUnused("w\(worries.count + 1)", among: Set(worries.map(\.id)))
        worries.append(PlanStatement(id: id, plan: plan.id, text: try Case.required(text, "Say what the worry is."), date: date, by: author))
        return "Added worry \(id) to \(plan.id): \(worries.last!.text)"
    }

    /// Records what is going well. Returns the history line; the strength is `strengths.last`.
    public mutating func addStrength(_ text: String, plan reference: String?, on date: CalendarDate, by author: String) throws(CaseJourneyError) -> String {
        let plan = try openPlanFor(reference, on: date)
        let id = Case.firstUnused("s\(strengths.count + 1)", among: Set(strengths.map(\.id)))
        strengths.append(PlanStatement(id: id, plan: plan.id, text: try Case.required(text, "Say what the strength is."), date: date, by: author))
        return "Added strength \(id) to \(plan.id): \(strengths.last!.text)"
    }

    /// Records what needs to change. After the plan's first day a new outcome needs a reason.
    public mutating func addOutcome(
        _ text: String, plan reference: String?, on date: CalendarDate, by author: String, reason: String?
    ) throws(CaseJourneyError) -> String {
        let plan = try openPlanFor(reference, on: date)
        let reason = try Case.reasonIfNeeded(reason, after: plan, on: date, doing: "adding an outcome")
        let id = Case.firstUnused("o\(outcomes.count + 1)", among: Set(outcomes.map(\.id)))
        let outcome = PlanOutcome(id: id, plan: plan.id, text: try Case.required(text, "Say what needs to change."),
                                  date: date, by: author, reason: reason)
        outcomes.append(outcome)
        return "Added outcome \(id) to \(plan.id) on \(date): \(outcome.text)" + (reason.map { " (\($0))" } ?? "")
    }

    /// Records a risk rating from 0 (not safe) to 10 (safe enough for the plan to end).
    public mutating func rate(
        _ score: Int, plan reference: String?, on date: CalendarDate, ratedBy rater: String, reason: String
    ) throws(CaseJourneyError) -> String {
        guard RiskRating.scale.contains(score) else {
            throw .usage("A risk rating is a whole number from 0 (the children are not safe) to 10 (safe enough for the plan to end).")
        }
        let reason = try Case.required(reason, "Say why with --reason: the rating is shown with it.")
        let plan = try openPlanFor(reference, on: date)
        let rater = try Case.required(rater, "Say who gave the rating.")
        let id = Case.firstUnused("r\(riskRatings.count + 1)", among: Set(riskRatings.map(\.id)))
        riskRatings.append(RiskRating(id: id, plan: plan.id, date: date, score: score, ratedBy: rater, reason: reason))
        return "Rated \(plan.id) \(score) out of 10 on \(date) (\(rater)): \(reason)"
    }

    /// Records a parent's or child's view. For a child, `childAgreedToShare` says whether the
    /// child agreed their parents may see it; it must be nil for an adult.
    public mutating func recordView(
        _ text: String, of reference: String, plan planReference: String?, childAgreedToShare: Bool?,
        on date: CalendarDate, by author: String
    ) throws(CaseJourneyError) -> String {
        let person = try person(reference)
        if !person.isChild && childAgreedToShare != nil {
            throw .usage("Only a child's view records whether it may be shared; leave out --share / --no-share for \(person.name).")
        }
        let plan: Plan? = planReference != nil || openPlans.count == 1 ? try openPlanFor(planReference, on: date) : nil
        let id = Case.firstUnused("vw\(views.count + 1)", among: Set(views.map(\.id)))
        let agreed = person.isChild ? (childAgreedToShare ?? false) : nil
        views.append(PersonView(id: id, plan: plan?.id, person: person.id, date: date,
                                text: try Case.required(text, "Write down what they said."),
                                childAgreedToShare: agreed, recordedBy: author))
        let sharing = agreed.map { $0 ? " (\(person.firstName) agreed it may be shared with their parents)"
                                      : " (not to be shared with their parents)" } ?? ""
        return "Recorded \(person.name)'s view on \(date)\(sharing)"
    }

    /// Flags a plan as proposed to end, or with `withdraw`, takes the flag back.
    public mutating func proposeEnd(
        plan reference: String?, withdraw: Bool, on date: CalendarDate, by author: String, reason: String
    ) throws(CaseJourneyError) -> String {
        let reason = try Case.required(reason, "Say why with --reason.")
        let plan = try openPlanFor(reference, on: date)
        if withdraw && endProposal(for: plan.id) == nil {
            throw .usage("Plan \(plan.id) is not proposed to end, so there is nothing to withdraw.")
        }
        let id = Case.firstUnused("pe\(endProposals.count + 1)", among: Set(endProposals.map(\.id)))
        endProposals.append(EndProposal(id: id, plan: plan.id, proposed: !withdraw, date: date, by: author, reason: reason))
        return withdraw ? "Withdrew the proposal to end \(plan.id) on \(date): \(reason)"
                        : "Proposed ending \(plan.id) on \(date): \(reason)"
    }

    // MARK: Shared rules

    /// The plan named (or the only open one), refusing one that had ended before `date`.
    func openPlanFor(_ reference: String?, on date: CalendarDate) throws(CaseJourneyError) -> Plan {
        let plan = try planFor(reference, child: nil)
        if let end = plan.end, date > end.date {
            throw .usage("Plan \(plan.id) ended on \(end.date), before \(date); nothing can be added to it now.")
        }
        return plan
    }

    /// The trimmed text, or a usage error when it is blank.
    static func required(_ text: String, _ message: String) throws(CaseJourneyError) -> String {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else { throw .usage(message) }
        return trimmed
    }

    /// Parents describe "moving goal posts": new and changed actions with no explanation. So
    /// after the plan's first day, anything that moves them needs a reason.
    static func reasonIfNeeded(
        _ reason: String?, after plan: Plan, on date: CalendarDate, doing change: String
    ) throws(CaseJourneyError) -> String? {
        let trimmed = reason?.trimmed ?? ""
        if trimmed.isEmpty && date > plan.start {
            throw .usage("Plan \(plan.id) started on \(plan.start), so \(change) on \(date) needs a reason: "
                + "give it with --reason, so the family can see why the plan changed.")
        }
        return trimmed.isEmpty ? nil : trimmed
    }
}
