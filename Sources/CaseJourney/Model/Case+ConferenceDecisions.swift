/// What a conference's decision may do: which decisions fit which conference, when a reason is
/// needed, and starting or ending the plan it decided on.
extension Case {
    /// An initial conference cannot continue a plan, nor a review start one; a decision that
    /// differs from the social worker's recommendation needs a reason.
    static func checkDecision(_ conference: Conference) throws(CaseJourneyError) {
        for choice in [conference.recommendation, conference.decision].compactMap({ $0 }) where !choice.fits(conference.kind) {
            throw .usage("\(conference.titleWithArticle.capitalizedFirst) cannot decide that \(choice.describe(at: conference.kind)). "
                + "Choose from: " + ConferenceDecision.allCases.filter { $0.fits(conference.kind) }.map(\.rawValue).joined(separator: ", ") + ".")
        }
        if let decision = conference.decision, let recommendation = conference.recommendation, decision != recommendation,
           (conference.decisionReason ?? "").isBlank {
            throw .usage("The conference decided that \(decision.describe(at: conference.kind)), but the social worker recommended that "
                + "\(recommendation.describe(at: conference.kind)). Say why the conference decided so (with --reason when recording it, "
                + "--decision-reason when correcting it).")
        }
    }

    /// Starts the child protection plan an initial conference decided on, and links the two.
    mutating func startPlan(from index: Int, category: PlanCategory, children references: [String]) throws(CaseJourneyError) -> String {
        let conference = conferences[index]
        guard conference.kind == .initial, conference.decision == .start else {
            throw .usage("Only an initial conference that decides `start` can start a plan (--decision start).")
        }
        guard conference.plan == nil else { throw .usage("\(conference.id) is already linked to \(conference.plan!).") }
        let children = references.isEmpty ? self.children.filter { openPlan(for: $0.id) == nil }.map(\.id) : references
        let line = try startPlan(type: .childProtection, children: children, category: category, on: conference.date,
                                 conference: conference.id)
        conferences[index].plan = plans.last!.id
        return line.prefix(1).lowercased() + line.dropFirst()
    }

    /// Ends the plan a review decided to end; a step-down also starts a child in need plan.
    mutating func endPlan(from index: Int) throws(CaseJourneyError) -> [String] {
        let conference = conferences[index]
        guard conference.kind == .review, let decision = conference.decision, decision == .end || decision == .stepDown,
              let planID = conference.plan, let plan = plans.first(where: { $0.id == planID }), plan.isOpen else {
            throw .usage("Only a review conference that decides `end` or `step-down` can end its open plan.")
        }
        let reason = "\(conference.title.capitalizedFirst) \(conference.id) decided that "
            + decision.describe(at: .review) + (conference.decisionReason.map { ": \($0)" } ?? "")
        var lines = [try endPlan(planID, on: conference.date, reason: reason, conference: conference.id)]
        if decision == .stepDown {
            lines.append(try startPlan(type: .childInNeed, children: plan.children, category: nil, on: conference.date,
                                       conference: conference.id))
        }
        return lines.map { $0.prefix(1).lowercased() + $0.dropFirst() }
    }
}
