/// What a worker says happened with a referral; only what is given changes.
public struct ServiceUpdate: Sendable {
    public var accepted: CalendarDate?
    public var started: CalendarDate?
    public var ended: CalendarDate?
    public var endReason: ServiceEndReason?
    public var note: String?
    public var continuesAfterPlan: Bool?

    public init(accepted: CalendarDate? = nil, started: CalendarDate? = nil, ended: CalendarDate? = nil, endReason: ServiceEndReason? = nil,
                note: String? = nil, continuesAfterPlan: Bool? = nil) {
        self.accepted = accepted
        self.started = started
        self.ended = ended
        self.endReason = endReason
        self.note = note
        self.continuesAfterPlan = continuesAfterPlan
    }
}

/// Referrals to services, their sessions, and how they end.
extension Case {
    /// Refers a family member to a service. Returns the history line; it is `services.last`.
    public mutating func referToService(
        _ reference: String, provider: String, purpose: String, on date: CalendarDate, by author: String, actions actionIDs: [String] = [],
        privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        for id in actionIDs where !actions.contains(where: { $0.id == id && !$0.isWithdrawn }) {
            throw .usage("Case \(caseId) has no action \(id). `cj plan show \(caseId)` lists its actions.")
        }
        let person = try person(reference)
        let provider = try Case.required(provider, "Say who provides the help with --provider.", multiline: false)
        let purpose = try Case.required(purpose, "Say what the help is for with --purpose.", multiline: false)
        var referral = ServiceReferral(id: newRecordID("sv", count: services.count), person: person.id, provider: provider, purpose: purpose,
                                       referred: date, by: author)
        referral.actions = actionIDs.isEmpty ? nil : actionIDs
        try mark(&referral, privacy)
        services.append(referral)
        return "Referred \(person.name) to \(provider) on \(date) (\(referral.id)): \(purpose)" + referral.markingDescription(in: self)
    }

    /// Records that a referral was accepted, started or ended, and whether it carries on after the plan.
    public mutating func updateService(_ id: String, _ update: ServiceUpdate) throws(CaseJourneyError) -> String {
        let index = try indexOfRecord(\.services, id, kind: .service)
        var referral = services[index]
        var parts: [String] = []
        let hint = "If it was wrong, withdraw \(id) (`cj service withdraw`) and refer again."
        try Case.fill(&referral.accepted, with: update.accepted, "day it was accepted", of: id, hint: hint)
        try Case.fill(&referral.started, with: update.started, "day it started", of: id, hint: hint)
        if let day = update.accepted { parts.append("accepted \(day)") }
        if let day = update.started { parts.append("started \(day)") }
        if let day = update.ended {
            try Case.fill(&referral.ended, with: day, "day it ended", of: id, hint: hint)
            guard let reason = update.endReason else { throw .usage("Say why it ended with --end-reason.") }
            if let last = (referral.sessions ?? []).map(\.date).max(), day < last {
                throw .usage("\(id) has a session on \(last); it cannot have ended before that (\(day)).")
            }
            if reason == .planEnded, plans.contains(where: { $0.isActive(on: day) }) {
                throw .usage("A plan is still open on \(day), so the help did not stop because the plan ended. Give the real reason.")
            }
            referral.ended = day
            referral.endReason = reason
            parts.append("ended \(day) (\(reason.displayName))")
        } else if update.endReason != nil {
            throw .usage("--end-reason goes with --ended DATE.")
        }
        if let note = try Case.optionalText(update.note, field: "note") {
            referral.note = referral.note.map { $0 + "\n" + note } ?? note
            parts.append("note: \(note.oneLine)")
        }
        if let carries = update.continuesAfterPlan {
            referral.continuesAfterPlan = carries
            parts.append(carries ? "carries on after the plan" : "stops when the plan ends")
        }
        guard !parts.isEmpty else { throw .usage("Give --accepted, --started, --ended with --end-reason, --note, or --after-plan/--no-after-plan.") }
        let steps = [referral.referred, referral.accepted, referral.started, referral.ended].compactMap { $0 }
        guard steps == steps.sorted() else {
            throw .usage("\(id) would be referred \(referral.referred), accepted \(referral.accepted?.description ?? "-"), started "
                + "\(referral.started?.description ?? "-"), ended \(referral.ended?.description ?? "-"): those must come in that order.")
        }
        services[index] = referral
        return "Updated \(id) (\(referral.provider)): " + parts.joined(separator: "; ")
    }

    /// Records one session: held, missed or cancelled by the family, or cancelled or not
    /// attended by the provider.
    public mutating func recordServiceSession(_ id: String, on date: CalendarDate, outcome: SessionOutcome, note: String?) throws(CaseJourneyError) -> String {
        let index = try indexOfRecord(\.services, id, kind: .service)
        guard date >= services[index].referred else { throw .usage("\(id) was referred on \(services[index].referred); a session cannot come before that.") }
        if let ended = services[index].ended, date >= ended {
            throw .usage("\(id) ended on \(ended) (\(services[index].endReason?.displayName ?? "ended")); there are no sessions after that.")
        }
        let session = ServiceSession(date: date, outcome: outcome, note: try Case.optionalText(note, field: "note"))
        services[index].sessions = (services[index].sessions ?? []) + [session]
        if outcome == .held && services[index].started == nil { services[index].started = date }
        return "Recorded a session of \(id) (\(services[index].provider)) on \(date): \(outcome.displayName)"
    }
}

extension Case {
    /// Why a family action is held up by a service, if it is: the help it needs has not started,
    /// or the provider cancelled or missed sessions, or stopped. Nil when nothing is the provider's.
    public func providerDelay(for actionID: String, asOf: CalendarDate) -> String? {
        for referral in services.inForce where (referral.actions ?? []).contains(actionID) && referral.referred <= asOf {
            if let ended = referral.ended, ended <= asOf, referral.endReason?.isProvidersDoing == true {
                return "\(referral.provider) \(referral.endReason!.displayName) on \(ended)"
            }
            if referral.started.map({ $0 > asOf }) ?? true, referral.ended == nil {
                return "\(referral.provider) has not started since the referral of \(referral.referred)"
            }
            let failures = (referral.sessions ?? []).filter { $0.outcome.isProvidersFailure && $0.date <= asOf }.count
            if failures > 0 { return "\(referral.provider) cancelled or missed \(failures) session\(failures == 1 ? "" : "s")" }
        }
        return nil
    }
}
