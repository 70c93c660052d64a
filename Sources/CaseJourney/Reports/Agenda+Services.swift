/// Help that has not arrived, and whose fault the delay is: a referral the provider has not
/// accepted or started, sessions the provider cancelled or missed, and help that stops (for the
/// provider's reasons, or when the plan ends) with nothing in its place.
extension Agenda {
    func serviceItems(_ rows: inout RowMaker) {
        let value = rows.value
        let settings = checks.services
        for referral in value.services where referral.ended == nil {
            let person = value.person(withID: referral.person)?.firstName ?? referral.person
            let what = "\(referral.provider) (\(referral.purpose)) for \(person)"
            if referral.accepted == nil && referral.started == nil {
                rows.add(.serviceWaiting, "Waiting for \(what) to accept the referral of \(referral.referred): the wait is the provider's",
                         who: referral.provider, due: settings.acceptWithin.after(referral.referred, in: meetings.calendar), plan: nil, ref: referral.id)
            } else if let accepted = referral.accepted, referral.started == nil {
                rows.add(.serviceWaiting, "Waiting for \(what) to start: accepted \(accepted), not started; the wait is the provider's",
                         who: referral.provider, due: settings.startWithin.after(accepted, in: meetings.calendar), plan: nil, ref: referral.id)
            }
        }
        let recent = asOf.adding(months: -3)
        for referral in value.services {
            let failures = (referral.sessions ?? []).filter { $0.outcome.isProvidersFailure && $0.date > recent && $0.date <= asOf }
            guard let latest = failures.map(\.date).max() else { continue }
            let cancelled = failures.filter { $0.outcome == .cancelledByProvider }.count
            let absent = failures.count - cancelled
            let counts = [cancelled > 0 ? "cancelled \(cancelled) session\(cancelled == 1 ? "" : "s")" : nil,
                          absent > 0 ? "did not come to \(absent)" : nil].compactMap { $0 }.joined(separator: " and ")
            rows.information(.serviceProviderFailure, "\(referral.provider) (\(referral.purpose)) \(counts) in three months, the latest on "
                + "\(latest): the provider's, never to be counted against the family", who: referral.provider, due: latest, plan: nil, ref: referral.id)
        }
        helpStoppingItems(&rows, since: recent)
    }

    /// Help the provider stopped with nothing in its place, and help running when a plan ends
    /// (or is proposed to end) with nobody having said whether it carries on.
    private func helpStoppingItems(_ rows: inout RowMaker, since recent: CalendarDate) {
        let value = rows.value
        for referral in value.services {
            guard let ended = referral.ended, ended > recent, ended <= asOf, referral.endReason?.isProvidersDoing == true,
                  value.plans.contains(where: { $0.isActive(on: ended) }) else { continue }
            let replaced = value.services.contains { $0.id != referral.id && $0.person == referral.person && $0.referred >= ended }
            guard !replaced else { continue }
            rows.information(.helpStopping, "\(referral.provider) (\(referral.purpose)) \(referral.endReason!.displayName) on \(ended), "
                + "with nothing in its place: refer to other help, and do not count the gap against the family",
                who: rows.workerName, due: ended, plan: nil, ref: referral.id)
        }
        for plan in value.plans {
            let ending = plan.end.map { $0.date > recent && $0.date <= asOf } ?? (value.endProposal(for: plan.id) != nil)
            guard ending else { continue }
            let day = plan.end?.date ?? asOf
            let helped = value.services.filter { referral in
                referral.isRunning(on: day) && (plan.children.contains(referral.person) || value.person(withID: referral.person)?.isChild == false)
            }
            for referral in helped {
                guard referral.continuesAfterPlan != true else { continue }
                let person = value.person(withID: referral.person)?.firstName ?? referral.person
                let message = referral.continuesAfterPlan == false
                    ? "\(referral.provider) (\(referral.purpose)) for \(person) stops when \(plan.id) ends: is there a plan for it?"
                    : "Say whether \(referral.provider) (\(referral.purpose)) for \(person) carries on after \(plan.id) ends "
                        + "(`cj service update \(value.caseId) \(referral.id) --after-plan` or `--no-after-plan`)"
                rows.information(.helpStopping, message, who: rows.workerName, due: plan.end?.date, plan: plan.id, ref: referral.id)
            }
        }
    }
}
