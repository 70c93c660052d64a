extension Case {
    /// The case as it stands: withdrawn records left out, with the content of withdrawn plans and
    /// every mention of a withdrawn person. Reports read this; the case file keeps everything.
    public var inForce: Case {
        var value = self
        let gone = Set(people.filter(\.isWithdrawn).map(\.id))
        value.people = people.inForce.map { person in
            var person = person
            person.confidentialFrom = person.confidentialFrom.map { $0.filter { !gone.contains($0) } }
            return person
        }
        value.professionals = professionals.inForce
        value.allocations = allocations.inForce
        value.plans = plans.inForce.map { plan in
            var plan = plan
            plan.children.removeAll(where: gone.contains)
            return plan
        }
        let planIDs = Set(value.plans.map(\.id))
        let onLivePlan = { (plan: String?) in plan.map(planIDs.contains) ?? true }
        value.visits = visits.filter { !$0.isWithdrawn }.map { visit in
            var visit = visit
            visit.children.removeAll { gone.contains($0.child) }
            return visit
        }
        value.expectations = expectations.inForce.filter { onLivePlan($0.plan) }
        value.worries = worries.inForce.filter { onLivePlan($0.plan) }
        value.strengths = strengths.inForce.filter { onLivePlan($0.plan) }
        value.outcomes = outcomes.inForce.filter { onLivePlan($0.plan) }
        value.actions = actions.inForce.filter { onLivePlan($0.plan) }
        value.riskRatings = riskRatings.inForce.filter { onLivePlan($0.plan) }
        value.views = views.inForce.filter { onLivePlan($0.plan) && !gone.contains($0.person) }
        value.endProposals = endProposals.inForce.filter { onLivePlan($0.plan) }
        value.strategyDiscussions = strategyDiscussions.inForce
        value.conferences = conferences.inForce
        value.coreGroups = coreGroups.inForce.filter { onLivePlan($0.plan) }
        return value
    }
}
