extension Case {
    /// The case as it stands: withdrawn records left out, with the content of withdrawn plans and
    /// every mention of a withdrawn person. Reports read this; the case file keeps everything.
    ///
    /// Withdrawn people and professionals stay in `people` and `professionals`, so an old record
    /// can still say who they were; `children`, `adults` and every lookup leave them out.
    public var inForce: Case {
        // Most cases have nothing withdrawn: then the case stands as it is, and copying every
        // list would only cost time on store-wide reports.
        guard hasWithdrawnRecords else { return self }
        var value = self
        let gone = Set(people.filter(\.isWithdrawn).map(\.id))
        let goneProfessionals = Set(professionals.filter(\.isWithdrawn).map(\.id))
        let present = { (participant: Participant) in
            !(participant.person.map(gone.contains) ?? false) && !(participant.professional.map(goneProfessionals.contains) ?? false)
        }
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
            visit.adultsSeen?.removeAll(where: gone.contains)
            return visit
        }
        value.expectations = expectations.inForce.filter { onLivePlan($0.plan) && !($0.child.map(gone.contains) ?? false) }
        value.worries = worries.inForce.filter { onLivePlan($0.plan) }
        value.strengths = strengths.inForce.filter { onLivePlan($0.plan) }
        value.outcomes = outcomes.inForce.filter { onLivePlan($0.plan) }
        value.actions = actions.inForce.filter { onLivePlan($0.plan) }
        value.riskRatings = riskRatings.inForce.filter { onLivePlan($0.plan) }
        value.views = views.inForce.filter { onLivePlan($0.plan) && !gone.contains($0.person) }
        value.endProposals = endProposals.inForce.filter { onLivePlan($0.plan) }
        value.strategyDiscussions = strategyDiscussions.inForce
        value.contacts = contacts.inForce.filter { !gone.contains($0.person) }
        value.correctionRequests = correctionRequests.inForce
        value.services = services.inForce.filter { !gone.contains($0.person) }
        value.agreements = agreements.inForce
        value.referrals = referrals.inForce.compactMap { referral in
            var referral = referral
            referral.children.removeAll(where: gone.contains)
            return referral.children.isEmpty ? nil : referral
        }
        value.assessments = assessments.inForce.filter { assessment in value.referrals.contains { $0.id == assessment.referral } }
        value.evidence = evidence.inForce.filter { !($0.person.map(gone.contains) ?? false) }
        value.appointments = appointments.inForce.map { appointment in
            var appointment = appointment
            appointment.with.removeAll(where: gone.contains)
            return appointment
        }
        value.conferences = conferences.inForce.map { conference in
            var conference = conference
            conference.invited = conference.invited.filter(present)
            conference.attended = conference.attended.filter(present)
            return conference
        }
        value.coreGroups = coreGroups.inForce.filter { onLivePlan($0.plan) }.map { group in
            var group = group
            group.attended = group.attended.filter(present)
            return group
        }
        return value
    }

    /// True when any record of any kind has been withdrawn.
    var hasWithdrawnRecords: Bool {
        var finder = WithdrawnRecordFinder()
        visitRecordLists(&finder)
        return finder.found
    }
}

private struct WithdrawnRecordFinder: RecordListVisitor {
    var found = false

    mutating func visit<Record: Correctable>(_ records: [Record], kind: RecordKind) {
        if !found { found = records.contains { $0.withdrawal != nil } }
    }
}
