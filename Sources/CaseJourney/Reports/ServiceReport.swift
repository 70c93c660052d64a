/// One row of `cj report services`: how one provider has served the store's families, so a
/// manager can see whose delays are whose.
public struct ServiceProviderRow: Sendable, Equatable {
    public var provider: String
    public var referrals: Int
    /// Referred, not yet started, on the as-of day.
    public var waitingNow: Int
    /// Working days from referral to the first session, for those started: the median.
    public var medianWorkingDaysToStart: Int?
    public var sessionsHeld: Int
    public var cancelledByProvider: Int
    public var providerDidNotAttend: Int
    public var missedByFamily: Int
    public var cancelledByFamily: Int
    /// Referrals the provider ended (stopped, or no funding) before the work was done.
    public var stoppedByProvider: Int

    /// One row per provider, by name; a provider's name is matched without regard to capitals.
    public static func rows(from referrals: [ServiceReferral], asOf: CalendarDate, calendar: WorkingCalendar) -> [ServiceProviderRow] {
        let byProvider = Dictionary(grouping: referrals.filter { $0.referred <= asOf }, by: { $0.provider.lowercased() })
        return byProvider.values.map { group in
            let sessions = group.flatMap { $0.sessions ?? [] }.filter { $0.date <= asOf }
            let waits = group.compactMap { referral in
                referral.started.flatMap { $0 <= asOf ? calendar.workingDays(after: referral.referred, through: $0) : nil }
            }.sorted()
            return ServiceProviderRow(
                provider: group[0].provider, referrals: group.count,
                waitingNow: group.filter { $0.started.map { $0 > asOf } ?? ($0.ended == nil) }.count,
                medianWorkingDaysToStart: waits.isEmpty ? nil : waits[waits.count / 2],
                sessionsHeld: sessions.filter { $0.outcome == .held }.count,
                cancelledByProvider: sessions.filter { $0.outcome == .cancelledByProvider }.count,
                providerDidNotAttend: sessions.filter { $0.outcome == .providerDidNotAttend }.count,
                missedByFamily: sessions.filter { $0.outcome == .missedByFamily }.count,
                cancelledByFamily: sessions.filter { $0.outcome == .cancelledByFamily }.count,
                stoppedByProvider: group.filter { ($0.ended.map { $0 <= asOf } ?? false) && $0.endReason?.isProvidersDoing == true }.count)
        }.sorted { $0.provider.lowercased() < $1.provider.lowercased() }
    }
}

extension ServiceProviderRow: ReportRow {
    public static let columns: [ReportColumn<ServiceProviderRow>] = [
        ReportColumn("provider") { .text($0.provider) },
        ReportColumn("referrals") { .number($0.referrals) },
        ReportColumn("waitingNow") { .number($0.waitingNow) },
        ReportColumn("medianWorkingDaysToStart") { .number($0.medianWorkingDaysToStart) },
        ReportColumn("sessionsHeld") { .number($0.sessionsHeld) },
        ReportColumn("cancelledByProvider") { .number($0.cancelledByProvider) },
        ReportColumn("providerDidNotAttend") { .number($0.providerDidNotAttend) },
        ReportColumn("missedByFamily") { .number($0.missedByFamily) },
        ReportColumn("cancelledByFamily") { .number($0.cancelledByFamily) },
        ReportColumn("stoppedByProvider") { .number($0.stoppedByProvider) },
    ]
}

extension CaseStore {
    /// Each provider's referrals, waits and failures across the store (`cj report services`).
    public func serviceReport(asOf: CalendarDate) throws(CaseJourneyError) -> StoreAnswer<ServiceProviderRow> {
        let calendar = try settings().workingCalendar
        let scan = try scan { $0.inForce.services }
        return StoreAnswer(rows: ServiceProviderRow.rows(from: scan.rows.flatMap { $0 }, asOf: asOf, calendar: calendar), unreadable: scan.unreadable)
    }
}
