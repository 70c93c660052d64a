/// Plan actions, and plans that could end sooner than their next review.
extension Agenda {
    func actionItems(_ rows: inout RowMaker) {
        let value = rows.value
        for action in value.actions {
            guard let plan = value.plans.first(where: { $0.id == action.plan }), plan.isActive(on: asOf),
                  let state = action.state(on: asOf), state.status.isLive else { continue }
            let status = state.status == .open ? "" : " (\(state.status.rawValue)" + (state.reason.map { ": \($0)" } ?? "") + ")"
            // Held up by a service: the delay is the provider's, never the family's.
            let delay = value.providerDelay(for: action.id, asOf: asOf).map { "; held up by the service, not the family: \($0)" } ?? ""
            rows.add(state.isFamily ? .familyAction : .professionalAction, "\(action.id): \(state.text)\(status)\(delay)",
                     who: value.name(of: state.owners), due: state.due, plan: plan.id, ref: action.id)
        }
    }

    func endingItems(_ rows: inout RowMaker) {
        let value = rows.value
        for plan in value.plans where plan.isActive(on: asOf) {
            let review = meetings.nextReview(of: plan, in: value, asOf: asOf)
            let next = review.map { ($0.booked == nil ? "next review is due " : "next review is booked for ") + "\($0.nextDate)" }
            if let proposal = value.endProposal(for: plan.id), proposal.date <= asOf {
                rows.information(.proposedEnd, "\(plan.id) proposed to end by \(proposal.by) on \(proposal.date): \(proposal.reason)"
                    + (next.map { "; \($0)" } ?? ""), who: rows.workerName, due: review?.nextDate, plan: plan.id)
            }
            let family = value.actions.filter { $0.plan == plan.id }.compactMap { $0.state(on: asOf) }.filter(\.isFamily)
            let waitLimit = checks.settings.reviewWaitAfterFamilyActionsDone.after(asOf, in: meetings.calendar)
            if let review, family.contains(where: { $0.status == .done }), family.allSatisfy({ !$0.status.isLive }),
               review.nextDate > waitLimit {
                rows.information(.familyActionsDone, "Every family action on \(plan.id) is done, but the \(next!), "
                    + "more than \(checks.settings.reviewWaitAfterFamilyActionsDone.length) away",
                    who: rows.workerName, due: review.nextDate, plan: plan.id)
            }
        }
    }
}
