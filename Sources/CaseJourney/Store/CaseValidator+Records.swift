/// Rules every record shares: ids unique across the whole case, markings and corrections that
/// name real people, and dates that do not contradict each other.
extension CaseValidator {
    static func recordProblems(in value: Case) -> [CaseFileProblem] {
        var list = ProblemList()
        let peopleIDs = Set(value.people.map(\.id))

        // One id names one record, whatever its kind, so a correction can name any record.
        let idsByKind = value.recordIDsByKind
        var firstUse: [String: RecordKind] = [:]
        firstUse.reserveCapacity(idsByKind.reduce(0) { $0 + $1.ids.count })
        for (kind, ids) in idsByKind {
            for (index, id) in ids.enumerated() where !id.isBlank {
                if let earlier = firstUse[id], earlier != kind {
                    list.report([.key(key(of: kind)), .index(index), .key("id")], list.quoted(id),
                                "an id not already used by \(earlier.withArticle) in this case")
                } else {
                    firstUse[id] = kind
                }
            }
        }

        var checker = SharedRecordChecks(value: value, peopleIDs: peopleIDs, list: list)
        value.visitRecordLists(&checker)
        list = checker.list

        for (index, person) in value.people.enumerated() {
            let path: [JSONPathComponent] = [.key("people"), .index(index)]
            if person.expectedBirth != nil && !person.isChild {
                list.report(path + [.key("expectedBirth")], list.quoted(person.expectedBirth!.description), "only a child can have an expected date of birth")
            }
        }
        for (index, professional) in value.professionals.enumerated() {
            for (number, id) in (professional.confidentialFrom ?? []).enumerated() where !peopleIDs.contains(id) {
                list.report([.key("professionals"), .index(index), .key("confidentialFrom"), .index(number)], list.quoted(id),
                            "expected the id of a person in this case")
            }
        }

        let adults = Set(value.people.filter { !$0.isChild }.map(\.id))
        let latestBirth = value.people.compactMap(\.born).max()
        for index in value.visits.indices {
            // Made only for a problem: a path is a list, and a case has visits by the hundred.
            func path() -> [JSONPathComponent] { [.key("visits"), .index(index)] }
            for (number, id) in (value.visits[index].adultsSeen ?? []).enumerated() where !adults.contains(id) {
                list.report(path() + [.key("adultsSeen"), .index(number)], list.quoted(id), "expected the id of an adult in this case")
            }
            // Only a visit before the latest birth can record a child before they were born.
            guard let latestBirth, value.visits[index].date < latestBirth else { continue }
            let visit = value.visits[index]
            for (number, sighting) in visit.children.enumerated() where sighting.outcome != .notRecorded {
                if let child = value.person(withID: sighting.child), let born = child.born, visit.date < born {
                    list.report(path() + [.key("date")], list.quoted(visit.date.description),
                                "a date on or after \(child.name)'s birth, \(born), since children[\(number)] records \(child.firstName)")
                }
            }
        }

        for (index, conference) in value.conferences.enumerated() {
            let reportIDs = Set(conference.reports.map(\.id))
            for (number, share) in (conference.fairness?.reportShares ?? []).enumerated() {
                let path: [JSONPathComponent] = [.key("conferences"), .index(index), .key("fairness"), .key("reportShares"), .index(number)]
                if !reportIDs.contains(share.report) { list.report(path + [.key("report")], list.quoted(share.report), "the id of one of this conference's reports") }
                if !adults.contains(share.person) { list.report(path + [.key("person")], list.quoted(share.person), "expected the id of an adult in this case") }
            }
            for (number, report) in conference.reports.enumerated() {
                if let received = report.received, let shared = report.sharedWithParents, shared < received {
                    list.report([.key("conferences"), .index(index), .key("reports"), .index(number), .key("sharedWithParents")],
                                list.quoted(shared.description), "a date on or after the day the report was received, \(received)")
                }
            }
            if let cancellation = conference.cancellation {
                list.text(cancellation.reason, at: [.key("conferences"), .index(index), .key("cancellation"), .key("reason")], "expected why it was cancelled")
                if conference.isHeld {
                    list.report([.key("conferences"), .index(index), .key("cancellation")], nil, "a conference with a decision was held, so it cannot be cancelled")
                }
            }
        }

        for (index, discussion) in value.strategyDiscussions.enumerated() {
            let path: [JSONPathComponent] = [.key("strategyDiscussions"), .index(index)]
            list.date(discussion.outcomeDate, notBefore: discussion.date, at: path + [.key("outcomeDate")], "the discussion")
            if discussion.outcome == .noEnquiry && discussion.section47Enquiry {
                list.report(path + [.key("outcome")], list.quoted("no-enquiry"), "a discussion that started a section 47 enquiry ends in no-further-action or conference")
            }
        }
        contactProblems(in: value, adults: adults, peopleIDs: peopleIDs, &list)
        evidenceProblems(in: value, peopleIDs: peopleIDs, &list)
        referralProblems(in: value, &list)
        _ = list.ids(value.services.map(\.id), at: [.key("services")])
        for (index, referral) in value.services.enumerated() {
            let path: [JSONPathComponent] = [.key("services"), .index(index)]
            if !peopleIDs.contains(referral.person) { list.report(path + [.key("person")], list.quoted(referral.person), "expected the id of a person in this case") }
            list.text(referral.provider, at: path + [.key("provider")], "expected who provides it")
            list.text(referral.purpose, at: path + [.key("purpose")], "expected what it is for")
            let steps = [referral.referred, referral.accepted, referral.started, referral.ended].compactMap { $0 }
            if steps != steps.sorted() { list.report(path, nil, "referred, accepted, started and ended in that order") }
            if (referral.ended == nil) != (referral.endReason == nil) { list.report(path + [.key("endReason")], nil, "an end reason with an end date, and only then") }
            for (number, session) in (referral.sessions ?? []).enumerated() {
                list.date(session.date, notBefore: referral.referred, at: path + [.key("sessions"), .index(number), .key("date")], "the referral")
            }
        }
        _ = list.ids(value.agreements.map(\.id), at: [.key("agreements")])
        for (index, agreement) in value.agreements.enumerated() {
            let path: [JSONPathComponent] = [.key("agreements"), .index(index)]
            if agreement.terms.isEmpty { list.report(path + [.key("terms")], nil, "expected at least one term") }
            for (number, id) in agreement.agreedBy.enumerated() where !peopleIDs.contains(id) {
                list.report(path + [.key("agreedBy"), .index(number)], list.quoted(id), "expected the id of a person in this case")
            }
            if let plan = agreement.plan, !value.plans.contains(where: { $0.id == plan }) {
                list.report(path + [.key("plan")], list.quoted(plan), "expected the id of a plan in this case")
            }
            if let ended = agreement.ended { list.date(ended, notBefore: agreement.signed, at: path + [.key("ended")], "the day it was signed") }
            _ = list.ids((agreement.permissionRequests ?? []).map(\.id), at: path + [.key("permissionRequests")])
            for (number, request) in (agreement.permissionRequests ?? []).enumerated() {
                let requestPath = path + [.key("permissionRequests"), .index(number)]
                if !peopleIDs.contains(request.from) { list.report(requestPath + [.key("from")], list.quoted(request.from), "expected the id of a person in this case") }
                list.date(request.asked, notBefore: agreement.signed, at: requestPath + [.key("asked")], "the day the agreement was signed")
                if let answered = request.answered {
                    list.date(answered, notBefore: request.asked, at: requestPath + [.key("answered")], "the day it was asked")
                    list.text(request.reason ?? "", at: requestPath + [.key("reason")], "expected why it was answered so")
                }
            }
            for (number, milestone) in (agreement.milestones ?? []).enumerated() {
                list.date(milestone.reached, notBefore: agreement.signed, at: path + [.key("milestones"), .index(number), .key("reached")], "the day it was signed")
            }
            for (number, checkIn) in (agreement.checkIns ?? []).enumerated() {
                list.date(checkIn.held, notBefore: checkIn.date, at: path + [.key("checkIns"), .index(number), .key("held")], "the day it was set for")
            }
        }
        _ = list.ids(value.correctionRequests.map(\.id), at: [.key("correctionRequests")])
        // Every id in the case, gathered only when a request needs them.
        let recordIDs = value.correctionRequests.isEmpty ? [] : value.allRecordIDs
        for (index, request) in value.correctionRequests.enumerated() {
            let path: [JSONPathComponent] = [.key("correctionRequests"), .index(index)]
            if !recordIDs.contains(request.record) { list.report(path + [.key("record")], list.quoted(request.record), "the id of a record in this case") }
            list.text(request.wrong, at: path + [.key("wrong")], "expected what they say is wrong")
            list.text(request.shouldSay, at: path + [.key("shouldSay")], "expected what it should say")
            if let answer = request.answer {
                list.date(answer.date, notBefore: request.date, at: path + [.key("answer"), .key("date")], "the request")
                list.text(answer.reason, at: path + [.key("answer"), .key("reason")], "expected the reason for the answer")
            }
        }
        return list.problems
    }

    /// Contact attempts name an adult; appointments name people, and rebook an earlier appointment.
    private static func evidenceProblems(in value: Case, peopleIDs: Set<String>, _ list: inout ProblemList) {
        _ = list.ids(value.evidence.map(\.id), at: [.key("evidence")])
        let actionIDs = Set(value.actions.map(\.id)), outcomeIDs = Set(value.outcomes.map(\.id))
        for (index, item) in value.evidence.enumerated() {
            let path: [JSONPathComponent] = [.key("evidence"), .index(index)]
            list.text(item.text, at: path + [.key("text")], "expected what the evidence shows")
            if let person = item.person, !peopleIDs.contains(person) {
                list.report(path + [.key("person")], list.quoted(person), "expected the id of a person in this case")
            }
            for (number, id) in (item.actions ?? []).enumerated() where !actionIDs.contains(id) {
                list.report(path + [.key("actions"), .index(number)], list.quoted(id), "expected the id of an action in this case")
            }
            for (number, id) in (item.outcomes ?? []).enumerated() where !outcomeIDs.contains(id) {
                list.report(path + [.key("outcomes"), .index(number)], list.quoted(id), "expected the id of an outcome in this case")
            }
        }
    }

    private static func contactProblems(in value: Case, adults: Set<String>, peopleIDs: Set<String>, _ list: inout ProblemList) {
        _ = list.ids(value.contacts.map(\.id), at: [.key("contacts")])
        _ = list.ids(value.appointments.map(\.id), at: [.key("appointments")])
        for (index, contact) in value.contacts.enumerated() where !adults.contains(contact.person) {
            list.report([.key("contacts"), .index(index), .key("person")], list.quoted(contact.person), "expected the id of an adult in this case")
        }
        let appointmentIDs = Set(value.appointments.map(\.id))
        for (index, appointment) in value.appointments.enumerated() {
            let path: [JSONPathComponent] = [.key("appointments"), .index(index)]
            list.text(appointment.purpose, at: path + [.key("purpose")], "expected what the appointment is for")
            if appointment.with.isEmpty { list.report(path + [.key("with")], nil, "expected at least one person the appointment is with") }
            for (number, id) in appointment.with.enumerated() where !peopleIDs.contains(id) {
                list.report(path + [.key("with"), .index(number)], list.quoted(id), "expected the id of a person in this case")
            }
            if let rebooks = appointment.rebooks, !appointmentIDs.contains(rebooks) || rebooks == appointment.id {
                list.report(path + [.key("rebooks")], list.quoted(rebooks), "expected the id of an earlier appointment in this case")
            }
            // Following what it books again must end at a first booking, never come back round.
            var seen: Set<String> = [appointment.id], next = appointment.rebooks
            while let step = next, let earlier = value.appointments.first(where: { $0.id == step }) {
                guard seen.insert(step).inserted else {
                    list.report(path + [.key("rebooks")], list.quoted(appointment.rebooks!), "an earlier appointment, not one that books this one again")
                    break
                }
                next = earlier.rebooks
            }
            if appointment.result == .cancelled && (appointment.resultDate == nil || (appointment.reason ?? "").isBlank) {
                list.report(path + [.key("resultDate")], nil, "the day it was cancelled and why (resultDate and reason)")
            }
            if (appointment.result == .cancelled) != (appointment.cancelledBy != nil) {
                list.report(path + [.key("cancelledBy")], appointment.cancelledBy.map { list.quoted($0.rawValue) },
                            "who cancelled it, given only for a cancelled appointment")
            }
            if let bookedOn = appointment.bookedOn {
                list.date(appointment.resultDate, notBefore: bookedOn, at: path + [.key("resultDate")], "the day it was booked")
            }
        }
    }

    /// Referrals name the case's children and close after they came in; assessments belong to
    /// a referral, end after they start and carry the census's factor codes.
    private static func referralProblems(in value: Case, _ list: inout ProblemList) {
        let referralIDs = list.ids(value.referrals.map(\.id), at: [.key("referrals")])
        let childIDs = Set(value.people.filter(\.isChild).map(\.id))
        for (index, referral) in value.referrals.enumerated() {
            let path: [JSONPathComponent] = [.key("referrals"), .index(index)]
            if referral.children.isEmpty { list.report(path + [.key("children")], "an empty list", "expected the children it is about") }
            for (number, child) in referral.children.enumerated() {
                list.reference(child, in: childIDs, at: path + [.key("children"), .index(number)], "expected the id of a child in this case")
            }
            list.text(referral.reason, at: path + [.key("reason")], "expected what the referral is about")
            list.date(referral.decided, notBefore: referral.date, at: path + [.key("decided")], "the referral")
            list.date(referral.closed, notBefore: referral.date, at: path + [.key("closed")], "the referral")
            if (referral.closed == nil) != (referral.closureReason == nil) {
                list.report(path + [.key(referral.closed == nil ? "closed" : "closureReason")], nil,
                            "a closed episode has both its closing day and its reason")
            }
            if referral.decision == .assessment && referral.primaryNeed == nil {
                list.report(path + [.key("primaryNeed")], nil, "a referral that goes on to an assessment needs its primary need code")
            }
            if (referral.decision == nil) != (referral.decided == nil) {
                list.report(path + [.key(referral.decision == nil ? "decision" : "decided")], nil, "a decided referral has both its decision and its day")
            }
        }
        _ = list.ids(value.assessments.map(\.id), at: [.key("assessments")])
        var openAssessments: Set<String> = []
        for (index, assessment) in value.assessments.enumerated() {
            let path: [JSONPathComponent] = [.key("assessments"), .index(index)]
            list.reference(assessment.referral, in: referralIDs, at: path + [.key("referral")], "expected the id of a referral in this case")
            list.date(assessment.authorised, notBefore: assessment.started, at: path + [.key("authorised")], "the assessment")
            let factors = assessment.factors ?? []
            for (number, code) in factors.enumerated() where !Assessment.isFactorCode(code) {
                list.report(path + [.key("factors"), .index(number)], list.quoted(code), "a census factor code such as 3B, 18C or 21")
            }
            if Set(factors).count != factors.count || (factors.contains("21") && factors.count > 1) {
                list.report(path + [.key("factors")], nil, "each factor code once, and 21 (no factors) alone")
            }
            if assessment.authorised != nil && factors.isEmpty {
                list.report(path + [.key("factors")], nil, "an authorised assessment has the factors it found (21 for none)")
            }
            if assessment.authorised == nil && assessment.factors != nil {
                list.report(path + [.key("factors")], nil, "factors are recorded when the assessment is authorised")
            }
            guard !assessment.isWithdrawn, let referral = value.referrals.first(where: { $0.id == assessment.referral && !$0.isWithdrawn }) else { continue }
            list.date(assessment.started, notBefore: referral.date, at: path + [.key("started")], "referral \(referral.id)")
            if let closed = referral.closed, assessment.started > closed || (assessment.authorised.map { $0 > closed } ?? false) {
                list.report(path, nil, "an assessment within its referral's episode, which closed on \(closed)")
            }
            if referral.decision?.isNoFurtherAction == true {
                list.report(path + [.key("referral")], list.quoted(referral.id), "a referral that went on to an assessment, not one decided as \(referral.decision!.rawValue)")
            }
            if assessment.authorised == nil && !openAssessments.insert(referral.id).inserted {
                list.report(path, nil, "one open assessment at a time on referral \(referral.id)")
            }
        }
        for (index, person) in value.people.enumerated() {
            let path: [JSONPathComponent] = [.key("people"), .index(index)]
            if let upn = person.upn, (try? UPN.checked(upn)) != upn {
                list.report(path + [.key("upn")], list.quoted(upn), "a unique pupil number: 13 characters with a valid check letter")
            }
            if let codes = person.disabilities, (codes.contains(.none) && codes.count > 1) || Set(codes).count != codes.count {
                list.report(path + [.key("disabilities")], nil, "NONE alone, or each disability code once")
            }
        }
    }

    /// The key of the case file's list for records of `kind`.
    static func key(of kind: RecordKind) -> String {
        switch kind {
        case .person: "people"
        case .professional: "professionals"
        case .allocation: "allocations"
        case .plan: "plans"
        case .visit: "visits"
        case .expectation: "expectations"
        case .worry: "worries"
        case .strength: "strengths"
        case .outcome: "outcomes"
        case .action: "actions"
        case .riskRating: "riskRatings"
        case .view: "views"
        case .endProposal: "endProposals"
        case .strategyDiscussion: "strategyDiscussions"
        case .conference: "conferences"
        case .coreGroup: "coreGroups"
        case .contactAttempt: "contacts"
        case .appointment: "appointments"
        case .evidence: "evidence"
        case .correctionRequest: "correctionRequests"
        case .service: "services"
        case .agreement: "agreements"
        case .referral: "referrals"
        case .assessment: "assessments"
        }
    }
}

/// The checks every record shares: corrections and a withdrawal that say who and why, a
/// withdrawal "the same as" a record of its own kind, privacy markings that name real people.
private struct SharedRecordChecks: RecordListVisitor {
    let value: Case
    let peopleIDs: Set<String>
    var list: ProblemList

    mutating func visit<Record: Correctable>(_ records: [Record], kind: RecordKind) {
        check(records, kind: kind) { _ in [] }
    }

    mutating func visitMarked<Record: Correctable & PrivacyMarked>(_ records: [Record], kind: RecordKind) {
        check(records, kind: kind) { $0.markedPrivateFrom }
    }

    private mutating func check<Record: Correctable>(_ records: [Record], kind: RecordKind, privateFrom marking: (Record) -> [String]) {
        // By index, so the records with nothing to check (most of them) are never copied.
        for index in records.indices {
            guard records[index].corrections != nil || records[index].withdrawal != nil || !marking(records[index]).isEmpty else { continue }
            let record = records[index]
            let privateFrom = marking(record)
            let path: [JSONPathComponent] = [.key(CaseValidator.key(of: kind)), .index(index)]
            for (number, correction) in record.correctionList.enumerated() {
                list.text(correction.reason, at: path + [.key("corrections"), .index(number), .key("reason")], "expected why it was corrected")
                list.text(correction.by, at: path + [.key("corrections"), .index(number), .key("by")], "expected who corrected it")
            }
            if let withdrawal = record.withdrawal {
                list.text(withdrawal.reason, at: path + [.key("withdrawal"), .key("reason")], "expected why it was withdrawn")
                if let same = withdrawal.sameAs, value.recordKind(of: same) != kind || same == record.id {
                    list.report(path + [.key("withdrawal"), .key("sameAs")], list.quoted(same), "expected the id of another \(kind.rawValue) in this case")
                }
            }
            for (number, id) in privateFrom.enumerated() where !peopleIDs.contains(id) {
                list.report(path + [.key("privateFrom"), .index(number)], list.quoted(id), "expected the id of a person in this case")
            }
        }
    }
}
