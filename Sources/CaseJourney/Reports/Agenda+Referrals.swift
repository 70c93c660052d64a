/// The start of a journey: referrals waiting for a decision, assessments past their timescale,
/// and children referred again within a year.
extension Agenda {
    func referralItems(_ rows: inout RowMaker) {
        let value = rows.value
        for referral in value.referrals where referral.date <= asOf && !(referral.closed.map { $0 <= asOf } ?? false) {
            let names = value.firstNames(referral.children)
            if referral.decided.map({ $0 > asOf }) ?? true {
                let (due, expectation) = meetings.decisionDue(for: referral, in: value, asOf: asOf)
                rows.add(.referralDecision, "Decide on referral \(referral.id) of \(referral.date) about \(names), from "
                    + "\(referral.source.displayName) (within \(expectation.interval.length)): `cj referral decide \(value.caseId) \(referral.id) ...`",
                    who: rows.workerName, due: due, plan: nil, ref: referral.id)
            }
            for assessment in value.assessments where assessment.referral == referral.id && assessment.started <= asOf
                && (assessment.authorised.map { $0 > asOf } ?? true) {
                let (due, expectation) = meetings.assessmentDue(assessment, of: referral, in: value, asOf: asOf)
                let set = expectation.override.map { "; set by \($0.setBy) on \($0.setOn): \($0.reason)" } ?? ""
                rows.add(.assessment, "Assessment \(assessment.id) of \(names), started \(assessment.started), to be authorised "
                    + "(within \(expectation.interval.length) of referral \(referral.id) on \(referral.date)\(set))",
                    who: rows.workerName, due: due, plan: nil, ref: assessment.id)
            }
        }
        // Referred again within a year: a manager asks what was done the first time.
        for referral in value.referrals where referral.date <= asOf && referral.date > asOf.adding(months: -12) {
            let again = referral.children.compactMap { child in value.previousReferral(of: child, before: referral).map { (child, $0) } }
            guard !again.isEmpty else { continue }
            // Each earlier referral named with the children it was about.
            let earlier = Dictionary(grouping: again, by: \.1.id).values.sorted { $0[0].1.date < $1[0].1.date }.map { group in
                "\(group[0].1.id) on \(group[0].1.date) for \(value.firstNames(group.map(\.0))) (\(group[0].1.decision?.displayName ?? "not decided"))"
            }
            let names = value.firstNames(again.map(\.0))
            rows.information(.reReferral, "\(names) \(again.count == 1 ? "was" : "were") referred again on \(referral.date) (\(referral.id)), "
                + "within 12 months of " + earlier.joined(separator: " and ") + ". Look at what was done last time.",
                who: rows.workerName, due: nil, plan: nil, ref: referral.id)
        }
    }
}

extension Case {
    /// "Amy and Ben", from ids.
    func firstNames(_ ids: [String]) -> String {
        Case.list(ids.map { person(withID: $0)?.firstName ?? $0 })
    }
}
