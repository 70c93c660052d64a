/// Putting right what a plan says: withdrawing or rewording a worry, strength, outcome, view,
/// risk rating or proposal; a child's consent to share their words; a plan ended by mistake.
extension Case {
    /// The kinds `cj plan withdraw` takes: anything written into a plan, and a plan itself.
    public static let planRecordKinds: [RecordKind] = [.worry, .strength, .outcome, .action, .riskRating, .view, .endProposal, .expectation, .plan]

    /// Withdraws any record by id (people and professionals have their own path, which can
    /// move records to the person who stays). `allowed` limits the kinds a command accepts.
    public mutating func withdrawRecord(
        _ id: String, reason: String, by author: String, on date: CalendarDate, allowed: [RecordKind]
    ) throws(CaseJourneyError) -> String {
        guard let kind = recordKind(of: id) else {
            let lister = allowed == [.visit] ? "`cj visit list \(caseId)` lists its visits"
                : allowed == [.conference] ? "`cj conference list \(caseId)` lists its conferences"
                : "`cj plan show \(caseId)` lists what a plan says, and `cj case show \(caseId)` the rest, with their ids"
            throw .usage("Case \(caseId) has no record \(id). \(lister).")
        }
        guard allowed.contains(kind) else {
            throw .usage("\(id) is \(kind.withArticle); this command withdraws \(Case.list(allowed.map(\.rawValue))). " + Case.withdrawHint(kind, caseID: caseId, id: id))
        }
        switch kind {
        case .worry: return try withdraw(\.worries, id, kind: kind, reason: reason, by: author, on: date)
        case .strength: return try withdraw(\.strengths, id, kind: kind, reason: reason, by: author, on: date)
        case .outcome:
            let hanging = actions.inForce.filter { $0.outcome == id && $0.current.status.isLive }.map(\.id)
            guard hanging.isEmpty else {
                throw .usage("Outcome \(id) still has live action\(hanging.count == 1 ? "" : "s") \(hanging.joined(separator: ", ")); "
                    + "drop or withdraw them first. Nothing was written.")
            }
            return try withdraw(\.outcomes, id, kind: kind, reason: reason, by: author, on: date)
        case .action: return try withdraw(\.actions, id, kind: kind, reason: reason, by: author, on: date)
        case .riskRating: return try withdraw(\.riskRatings, id, kind: kind, reason: reason, by: author, on: date)
        case .view: return try withdraw(\.views, id, kind: kind, reason: reason, by: author, on: date)
        case .endProposal: return try withdraw(\.endProposals, id, kind: kind, reason: reason, by: author, on: date)
        case .expectation: return try withdraw(\.expectations, id, kind: kind, reason: reason, by: author, on: date)
        case .plan:
            if let conference = plans.first(where: { $0.id == id })?.conference,
               let decided = conferences.first(where: { $0.id == conference && !$0.isWithdrawn }) {
                throw .usage("Plan \(id) was started by the decision of \(decided.title) \(conference) on \(decided.date). Put that right "
                    + "instead: `cj conference correct \(caseId) \(conference) --decision ... --reason ...`, or `cj conference withdraw` if "
                    + "the conference was recorded in error. Nothing was written.")
            }
            return try withdraw(\.plans, id, kind: kind, reason: reason, by: author, on: date)
        case .visit:
            if let later = visits.first(where: { $0.amends == id && !$0.isWithdrawn }) {
                throw .usage("Visit \(id) was corrected by \(later.id); withdraw \(later.id), which stands for it now.")
            }
            // The family was told this amendment put their record right: it is not taken back unseen.
            if let answered = correctionRequests.first(where: { request in
                request.answer?.accepted == true && replacements(ofVisit: request.record).contains { $0.id == id }
            }) {
                throw .usage("Visit \(id) is the correction \(answered.from.name) was told about when request \(answered.id) was accepted. "
                    + "Put it right with `cj visit amend \(caseId) \(id) ...` instead. Nothing was written.")
            }
            var line = try withdraw(\.visits, id, kind: kind, reason: reason, by: author, on: date)
            if let original = visits.first(where: { $0.id == id })?.amends,
               let first = visits.first(where: { $0.id == original && !$0.isWithdrawn }) {
                line += "; visit \(first.id), which it corrected, counts again as first recorded (withdraw it too if the visit did not happen)"
            }
            return line
        case .coreGroup: return try withdraw(\.coreGroups, id, kind: kind, reason: reason, by: author, on: date)
        case .contactAttempt: return try withdraw(\.contacts, id, kind: kind, reason: reason, by: author, on: date)
        case .evidence:
            // An action done on this evidence would stay done on nothing.
            let marker = "Achieved on evidence \(id):"
            if let achieved = actions.first(where: { $0.current.status == .done && ($0.history.last?.note ?? "").hasPrefix(marker) }) {
                throw .usage("Action \(achieved.id) was marked done on \(id). Reopen it first (`cj plan action change \(caseId) \(achieved.id) "
                    + "--reopen --reason ...`), or record the evidence it really rests on; then withdraw \(id). Nothing was written.")
            }
            return try withdraw(\.evidence, id, kind: kind, reason: reason, by: author, on: date)
        case .correctionRequest: return try withdraw(\.correctionRequests, id, kind: kind, reason: reason, by: author, on: date)
        case .service: return try withdraw(\.services, id, kind: kind, reason: reason, by: author, on: date)
        case .agreement: return try withdraw(\.agreements, id, kind: kind, reason: reason, by: author, on: date)
        case .referral:
            if let assessment = assessments.inForce.first(where: { $0.referral == id }) {
                throw .usage("Assessment \(assessment.id) belongs to referral \(id); withdraw it first. Nothing was written.")
            }
            return try withdraw(\.referrals, id, kind: kind, reason: reason, by: author, on: date)
        case .assessment: return try withdraw(\.assessments, id, kind: kind, reason: reason, by: author, on: date)
        case .appointment:
            if let later = appointments.first(where: { $0.rebooks == id && !$0.isWithdrawn }) {
                throw .usage("Appointment \(id) was booked again as \(later.id); withdraw \(later.id) first if neither happened.")
            }
            return try withdraw(\.appointments, id, kind: kind, reason: reason, by: author, on: date)
        case .strategyDiscussion: return try withdraw(\.strategyDiscussions, id, kind: kind, reason: reason, by: author, on: date)
        case .conference:
            // What its decision did (a plan started, ended or stepped down) is undone with it.
            let before = conferences.first { $0.id == id }!
            var line = try withdraw(\.conferences, id, kind: kind, reason: reason, by: author, on: date)
            var undecided = before
            undecided.decision = nil
            line += try undoDecision(before, now: undecided, reason: reason, by: author, on: date)
            return line
        case .allocation: return try withdraw(\.allocations, id, kind: kind, reason: reason, by: author, on: date)
        case .person, .professional:
            throw .usage(Case.withdrawHint(kind, caseID: caseId, id: id))
        }
    }

    /// The command that withdraws a record of `kind`.
    static func withdrawHint(_ kind: RecordKind, caseID: String, id: String) -> String {
        switch kind {
        case .person: "Use `cj person withdraw \(caseID) \(id) --reason ...`."
        case .professional: "Use `cj professional withdraw \(caseID) \(id) --reason ...`."
        case .visit: "Use `cj visit withdraw \(caseID) \(id) --reason ...`."
        case .conference: "Use `cj conference withdraw \(caseID) \(id) --reason ...` (or `cj conference cancel` if it was called off)."
        case .coreGroup: "Use `cj coregroup withdraw \(caseID) \(id) --reason ...`."
        case .strategyDiscussion: "Use `cj strategy withdraw \(caseID) \(id) --reason ...`."
        case .allocation: "Use `cj worker correct \(caseID) \(id) --withdraw --reason ...`."
        default: "Use `cj plan withdraw \(caseID) \(id) --reason ...`."
        }
    }

    /// Rewords a worry, strength, outcome or view, or a risk rating's reason (and its score or
    /// rater, when those were wrong). The earlier wording stays in the record's corrections.
    public mutating func reword(
        _ id: String, text: String?, score: Int? = nil, rater: String? = nil, reason: String, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let text = try text.map { value throws(CaseJourneyError) in try Case.required(value, "The new wording is empty.") }
        let kind = recordKind(of: id)
        if (score != nil || rater != nil) && kind != .riskRating {
            throw .usage("Only a risk rating has a score and a rater; \(id) is \(kind?.withArticle ?? "not a record in this case").")
        }
        switch kind {
        case .worry: return try correct(\.worries, id, kind: .worry, reason: reason, by: author, on: date) { record, changes in
            changes.set("text", &record.text, to: text) { $0 }
        }
        case .strength: return try correct(\.strengths, id, kind: .strength, reason: reason, by: author, on: date) { record, changes in
            changes.set("text", &record.text, to: text) { $0 }
        }
        case .outcome: return try correct(\.outcomes, id, kind: .outcome, reason: reason, by: author, on: date) { record, changes in
            changes.set("text", &record.text, to: text) { $0 }
        }
        case .view: return try correct(\.views, id, kind: .view, reason: reason, by: author, on: date) { record, changes in
            changes.set("text", &record.text, to: text) { $0 }
        }
        case .riskRating:
            if let score, !RiskRating.scale.contains(score) { throw .usage("A risk rating is a whole number from 0 to 10.") }
            let rater = try rater.map { value throws(CaseJourneyError) in try Case.required(value, "Say who gave the rating.", multiline: false) }
            return try correct(\.riskRatings, id, kind: .riskRating, reason: reason, by: author, on: date) { record, changes in
                changes.set("reason", &record.reason, to: text) { $0 }
                changes.set("score", &record.score, to: score) { "\($0)" }
                changes.set("rater", &record.ratedBy, to: rater) { $0 }
            }
        case let other?:
            throw .usage("\(id) is \(other.withArticle); `cj plan reword` changes worries, strengths, outcomes, views and risk ratings. "
                + (other == .action ? "Change an action with `cj plan action change`." : ""))
        case nil:
            throw .usage("Case \(caseId) has no record \(id). `cj plan show \(caseId)` lists what the plan says, with ids.")
        }
    }

    /// Records that a child has given, or taken back, their agreement to share their words with
    /// their parents.
    public mutating func setConsent(
        view id: String, share: Bool, reason: String, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let index = try indexOfRecord(\.views, id, kind: .view)
        guard let child = person(withID: views[index].person), child.isChild else {
            throw .usage("View \(id) is an adult's; only a child's view has consent to share.")
        }
        return try correct(\.views, id, kind: .view, reason: reason, by: author, on: date) { record, changes in
            changes.setOptional("shared with the parents", &record.childAgreedToShare, to: .some(share)) { $0 ? "yes" : "no" }
        }
    }

    /// Reopens a plan that was ended by mistake: it carries on with its outcomes and actions, and
    /// its children are not counted as on a repeat plan. The end stays in its corrections.
    public mutating func reopenPlan(_ id: String, reason: String, by author: String, on date: CalendarDate) throws(CaseJourneyError) -> String {
        let plan = try plan(withID: id)
        guard let end = plan.end else { throw .usage("Plan \(id) has not ended, so there is nothing to reopen.") }
        for child in plan.children {
            if let other = openPlan(for: child), other.id != id {
                throw .usage("\(person(withID: child)?.name ?? child) is now on plan \(other.id). Withdraw or end \(other.id) first "
                    + "(a step-down plan started in error is withdrawn with `cj plan withdraw \(caseId) \(other.id)`).")
            }
        }
        return try correct(\.plans, id, kind: .plan, reason: reason, by: author, on: date) { record, changes in
            changes.note(FieldChange(field: "end", was: "\(end.date): \(end.reason)", now: nil))
            record.end = nil
        } + "; the plan is open again"
    }
}

/// A change to who may read a record: people to keep it from, people who may now read it, and
/// whether it is for professionals only.
public struct MarkingChange: Sendable {
    public var privateFrom: [String]
    public var notPrivateFrom: [String]
    /// True: not for the family; false: the family may read it again; nil: as it was.
    public var notForFamily: Bool?

    public init(privateFrom: [String] = [], notPrivateFrom: [String] = [], notForFamily: Bool? = nil) {
        self.privateFrom = privateFrom
        self.notPrivateFrom = notPrivateFrom
        self.notForFamily = notForFamily
    }
}

extension Case {
    /// Changes who may read a record with free text, after it was written: a marking added too
    /// late, or taken off. The marking it had stays in its corrections.
    public mutating func changeMarking(
        _ id: String, _ change: MarkingChange, reason: String, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let hide = try change.privateFrom.map { reference throws(CaseJourneyError) in try person(reference).id }
        let show = try change.notPrivateFrom.map { reference throws(CaseJourneyError) in try person(reference).id }
        let snapshot = self
        func remark<Record: Correctable & PrivacyMarked>(_ list: WritableKeyPath<Case, [Record]>, _ kind: RecordKind) throws(CaseJourneyError) -> String {
            try correct(list, id, kind: kind, reason: reason, by: author, on: date) { record, changes throws(CaseJourneyError) in
                var privateFrom = record.privateFrom
                try Case.correctConfidentiality(&privateFrom, hide: hide, show: show, in: snapshot, &changes)
                record.privateFrom = privateFrom
                if let notForFamily = change.notForFamily, notForFamily != record.isNotForFamily {
                    changes.note(FieldChange(field: "not for the family", was: record.isNotForFamily ? "yes" : "no", now: notForFamily ? "yes" : "no"))
                    record.notForFamily = notForFamily ? true : nil
                }
            }
        }
        switch recordKind(of: id) {
        case .worry: return try remark(\.worries, .worry)
        case .strength: return try remark(\.strengths, .strength)
        case .outcome: return try remark(\.outcomes, .outcome)
        case .action: return try remark(\.actions, .action)
        case .riskRating: return try remark(\.riskRatings, .riskRating)
        case .view: return try remark(\.views, .view)
        case .endProposal: return try remark(\.endProposals, .endProposal)
        case .expectation: return try remark(\.expectations, .expectation)
        case .visit: return try remark(\.visits, .visit)
        case .strategyDiscussion: return try remark(\.strategyDiscussions, .strategyDiscussion)
        case .conference: return try remark(\.conferences, .conference)
        case .coreGroup: return try remark(\.coreGroups, .coreGroup)
        case .contactAttempt: return try remark(\.contacts, .contactAttempt)
        case .appointment: return try remark(\.appointments, .appointment)
        case .evidence: return try remark(\.evidence, .evidence)
        case .correctionRequest: return try remark(\.correctionRequests, .correctionRequest)
        case .service: return try remark(\.services, .service)
        case .agreement: return try remark(\.agreements, .agreement)
        case .referral: return try remark(\.referrals, .referral)
        case .person, .professional:
            throw .usage("\(id) is \(recordKind(of: id)!.withArticle); who their details are kept from is changed with "
                + "`cj \(recordKind(of: id)!.rawValue) change \(caseId) \(id) --confidential-from ...`.")
        case let other?:
            throw .usage("\(id) is \(other.withArticle), which holds no free text to mark.")
        case nil:
            throw .usage("Case \(caseId) has no record \(id). `cj plan show \(caseId)` lists what a plan says, with ids.")
        }
    }
}
