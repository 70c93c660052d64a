/// Written agreements: check-ins that fall due, requests for permission waiting for an answer,
/// and agreements still in force after their plan ended with no reason given.
extension Agenda {
    func agreementItems(_ rows: inout RowMaker) {
        let value = rows.value
        for agreement in value.agreements where agreement.isInForce(on: asOf) {
            let checkIns = agreement.checkIns ?? []
            for checkIn in checkIns where checkIn.held == nil && checkIn.missed != true {
                rows.add(.agreementCheckIn, "Check in on written agreement \(agreement.id) with the family (signed \(agreement.signed))",
                         who: rows.workerName, due: checkIn.date, plan: agreement.plan, ref: agreement.id)
            }
            if !checkIns.contains(where: { $0.date >= asOf || ($0.held == nil && $0.missed != true) }) {
                rows.information(.agreementCheckIn, "Written agreement \(agreement.id) (signed \(agreement.signed)) has no check-in to come: "
                    + "set one with `cj agreement update \(value.caseId) \(agreement.id) --check-in DATE`", who: rows.workerName,
                    due: nil, plan: agreement.plan, ref: agreement.id)
            }
            for request in agreement.permissionRequests ?? [] where request.answered == nil {
                let who = value.person(withID: request.from)?.name ?? request.from
                rows.add(.permissionRequest, "Answer \(who)'s request of \(request.asked) under \(agreement.id): \"\(request.what.oneLine)\"",
                         who: rows.workerName, due: checks.agreements.answerPermissionWithin.after(request.asked, in: meetings.calendar),
                         plan: agreement.plan, ref: agreement.id)
            }
            if let planID = agreement.plan, let plan = value.plans.first(where: { $0.id == planID }), let ended = plan.end, ended.date <= asOf,
               agreement.keptAfterPlanBecause == nil {
                rows.information(.agreementOutlivesPlan, "Written agreement \(agreement.id) is still in force, but \(planID) ended on "
                    + "\(ended.date): end it (`cj agreement update \(value.caseId) \(agreement.id) --end DATE --reason ...`) or say why it stays "
                    + "(`--kept-because`)", who: rows.workerName, due: ended.date, plan: planID, ref: agreement.id)
            }
        }
    }
}
