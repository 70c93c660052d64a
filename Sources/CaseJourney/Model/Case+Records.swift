/// Every record in a case has an id unique within the case, whatever its kind, so a correction
/// or a withdrawal can name any record by its id alone (`cj plan withdraw ASH-01 w2`).
public enum RecordKind: String, Sendable, CaseIterable {
    case person, professional, allocation, plan, visit, expectation, worry, strength, outcome, action
    case riskRating = "risk rating"
    case view
    case endProposal = "proposal to end"
    case strategyDiscussion = "strategy discussion"
    case conference
    case coreGroup = "core group"
    case contactAttempt = "contact attempt"
    case appointment
    case evidence
    case correctionRequest = "correction request"
    case service
    case agreement = "written agreement"
    case referral
    case assessment

    /// "a worry", "an action", for messages.
    public var withArticle: String {
        (["a", "e", "i", "o", "u"].contains(rawValue.prefix(1)) ? "an " : "a ") + rawValue
    }
}

extension Case {
    /// Each kind of record with the ids of its records, in the order of the case file.
    var recordIDsByKind: [(kind: RecordKind, ids: [String])] {
        [(.person, people.map(\.id)), (.professional, professionals.map(\.id)), (.allocation, allocations.map(\.id)),
         (.plan, plans.map(\.id)), (.visit, visits.map(\.id)), (.expectation, expectations.map(\.id)),
         (.worry, worries.map(\.id)), (.strength, strengths.map(\.id)), (.outcome, outcomes.map(\.id)),
         (.action, actions.map(\.id)), (.riskRating, riskRatings.map(\.id)), (.view, views.map(\.id)),
         (.endProposal, endProposals.map(\.id)), (.strategyDiscussion, strategyDiscussions.map(\.id)),
         (.conference, conferences.map(\.id)), (.coreGroup, coreGroups.map(\.id)),
         (.contactAttempt, contacts.map(\.id)), (.appointment, appointments.map(\.id)), (.evidence, evidence.map(\.id)),
         (.correctionRequest, correctionRequests.map(\.id)), (.service, services.map(\.id)),
         (.agreement, agreements.map(\.id)), (.referral, referrals.map(\.id)), (.assessment, assessments.map(\.id))]
    }

    /// Calls `visitor` once for each list of records, with its kind: what all records share
    /// checked without copying each one into a box, as `allRecords` does.
    func visitRecordLists(_ visitor: inout some RecordListVisitor) {
        visitor.each(people, .person)
        visitor.each(professionals, .professional)
        visitor.each(allocations, .allocation)
        visitor.each(plans, .plan)
        visitor.each(visits, .visit)
        visitor.each(expectations, .expectation)
        visitor.each(worries, .worry)
        visitor.each(strengths, .strength)
        visitor.each(outcomes, .outcome)
        visitor.each(actions, .action)
        visitor.each(riskRatings, .riskRating)
        visitor.each(views, .view)
        visitor.each(endProposals, .endProposal)
        visitor.each(strategyDiscussions, .strategyDiscussion)
        visitor.each(conferences, .conference)
        visitor.each(coreGroups, .coreGroup)
        visitor.each(contacts, .contactAttempt)
        visitor.each(appointments, .appointment)
        visitor.each(evidence, .evidence)
        visitor.each(correctionRequests, .correctionRequest)
        visitor.each(services, .service)
        visitor.each(agreements, .agreement)
        visitor.each(referrals, .referral)
        visitor.each(assessments, .assessment)
    }

    /// Every record of every kind, for what all records share: their corrections and withdrawal.
    public var allRecords: [(kind: RecordKind, record: any Correctable)] {
        var records: [(kind: RecordKind, record: any Correctable)] = []
        records += people.map { (.person, $0) }
        records += professionals.map { (.professional, $0) }
        records += allocations.map { (.allocation, $0) }
        records += plans.map { (.plan, $0) }
        records += visits.map { (.visit, $0) }
        records += expectations.map { (.expectation, $0) }
        records += worries.map { (.worry, $0) }
        records += strengths.map { (.strength, $0) }
        records += outcomes.map { (.outcome, $0) }
        records += actions.map { (.action, $0) }
        records += riskRatings.map { (.riskRating, $0) }
        records += views.map { (.view, $0) }
        records += endProposals.map { (.endProposal, $0) }
        records += strategyDiscussions.map { (.strategyDiscussion, $0) }
        records += conferences.map { (.conference, $0) }
        records += coreGroups.map { (.coreGroup, $0) }
        records += contacts.map { (.contactAttempt, $0) }
        records += appointments.map { (.appointment, $0) }
        records += evidence.map { (.evidence, $0) }
        records += correctionRequests.map { (.correctionRequest, $0) }
        records += services.map { (.service, $0) }
        records += agreements.map { (.agreement, $0) }
        records += referrals.map { (.referral, $0) }
        records += assessments.map { (.assessment, $0) }
        return records
    }

    /// Every record id in the case (conference reports included), of every kind.
    var allRecordIDs: Set<String> {
        Set(recordIDsByKind.flatMap(\.ids) + conferences.flatMap { $0.reports.map(\.id) })
    }

    /// What kind of record `id` is, or nil when no record has it.
    public func recordKind(of id: String) -> RecordKind? {
        if people.contains(where: { $0.id == id }) { return .person }
        if professionals.contains(where: { $0.id == id }) { return .professional }
        return recordIDsByKind.dropFirst(2).first { $0.ids.contains(id) }?.kind
    }

    /// A new id: `prefix` with the next number (`w3`), unique among every record in the case.
    func newRecordID(_ prefix: String, count: Int) -> String {
        Case.firstUnused(NewRecordIDs.tagged("\(prefix)\(count + 1)"), among: allRecordIDs)
    }
}

/// Something done to every list of records in a case (see `Case.visitRecordLists`).
protocol RecordListVisitor {
    mutating func visit<Record: Correctable>(_ records: [Record], kind: RecordKind)
    /// Records that can be marked private; by default visited like any other.
    mutating func visitMarked<Record: Correctable & PrivacyMarked>(_ records: [Record], kind: RecordKind)
}

extension RecordListVisitor {
    mutating func visitMarked<Record: Correctable & PrivacyMarked>(_ records: [Record], kind: RecordKind) {
        visit(records, kind: kind)
    }

    /// Chooses, from the record type, whether the list is one that can be marked private.
    fileprivate mutating func each<Record: Correctable>(_ records: [Record], _ kind: RecordKind) {
        visit(records, kind: kind)
    }

    fileprivate mutating func each<Record: Correctable & PrivacyMarked>(_ records: [Record], _ kind: RecordKind) {
        visitMarked(records, kind: kind)
    }
}
