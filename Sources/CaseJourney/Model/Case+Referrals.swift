/// Referrals, their decisions and closures, and assessments: the start of a family's journey,
/// before any plan. Each appends to the case; nothing is overwritten.
extension Case {
    /// Records a referral about one or more children. Returns the history line; the referral is
    /// `referrals.last`.
    public mutating func addReferral(
        on date: CalendarDate, children childReferences: [String], source: ReferralSource, referrer: String?, reason: String,
        primaryNeed: PrimaryNeed?, by author: String, privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        guard !childReferences.isEmpty else { throw .usage("Say which children the referral is about, with --child (repeatable).") }
        var children: [String] = []
        for reference in childReferences {
            let child = try child(reference)
            if !children.contains(child.id) { children.append(child.id) }
        }
        let reason = try Case.required(reason, "Say what the referral is about, e.g. \"School worried Amy comes in hungry\".")
        for child in children {
            if let open = referrals.inForce.first(where: { $0.children.contains(child) && $0.date <= date && $0.isEpisodeOpen(on: date) }) {
                let closes = open.closed.map { " (it closed on \($0))" } ?? ""
                throw .usage("\(person(withID: child)?.firstName ?? child)'s episode from referral \(open.id) (\(open.date)) was still open on \(date)\(closes). "
                    + "A new worry while an episode is open belongs to it: record it with `cj plan worry` or a visit note. "
                    + "If the episode had ended, close it first (`cj referral close \(caseId) \(open.id) --reason-code ... --date ...`).")
            }
        }
        let referrer = try Case.optionalText(referrer, field: "referrer")
        var referral = Referral(id: newRecordID("ref", count: referrals.count), date: date, children: children, source: source,
                                reason: reason, by: author)
        referral.referrer = referrer
        referral.primaryNeed = primaryNeed
        try mark(&referral, privacy)
        referrals.append(referral)
        let names = children.map { person(withID: $0)?.firstName ?? $0 }.joined(separator: ", ")
        var line = "Recorded referral \(referral.id) on \(date) about \(names), from \(source.displayName) (\(source.rawValue))"
        // Recorded after a later one: it must end before that one began, or the episodes overlap.
        if let later = referrals.inForce.filter({ $0.id != referral.id && $0.date > date && !Set($0.children).isDisjoint(with: children) })
            .min(by: { $0.date < $1.date }) {
            line += "; referral \(later.id) came later (\(later.date)): decide or close \(referral.id) before then, or the census leaves the child out"
        }
        for child in children {
            if let earlier = previousReferral(of: child, before: referral) {
                line += "; \(person(withID: child)?.firstName ?? child) was referred before, on \(earlier.date) (\(earlier.id)): a re-referral"
            }
        }
        return line + referral.markingDescription(in: self)
    }

    /// Records what was decided about a referral.
    public mutating func decideReferral(
        _ id: String, _ decision: ReferralDecision, on date: CalendarDate, primaryNeed: PrimaryNeed?, by author: String
    ) throws(CaseJourneyError) -> String {
        let index = try referralIndex(id)
        let referral = referrals[index]
        if let earlier = referral.decision {
            throw .usage("Referral \(id) was decided on \(referral.decided?.description ?? "?") (\(earlier.displayName)). "
                + "To put that right, use `cj referral correct \(caseId) \(id) ... --reason ...`.")
        }
        guard date >= referral.date else { throw .usage("Referral \(id) came in on \(referral.date); a decision cannot be dated before it.") }
        let need = primaryNeed ?? referral.primaryNeed
        if decision == .assessment && need == nil {
            throw .usage("A referral that goes on to an assessment needs its primary need code, e.g. --need N1 (abuse or neglect).")
        }
        referrals[index].decision = decision
        referrals[index].decided = date
        referrals[index].primaryNeed = need
        return "Decided referral \(id) on \(date): \(decision.displayName)"
    }

    /// Closes a referral's episode, with the census's reason.
    public mutating func closeReferral(
        _ id: String, on date: CalendarDate, reason: ClosureReason, by author: String
    ) throws(CaseJourneyError) -> String {
        let index = try referralIndex(id)
        let referral = referrals[index]
        if let closed = referral.closed { throw .usage("Referral \(id) was closed on \(closed).") }
        guard date >= referral.date else { throw .usage("Referral \(id) came in on \(referral.date); it cannot close before that.") }
        if reason.followsAssessment && !assessments.inForce.contains(where: { $0.referral == id && $0.authorised != nil }) {
            throw .usage("\(reason.rawValue) says the episode closed after an assessment, but referral \(id) has no completed assessment. "
                + "Record the assessment first, or give another reason.")
        }
        if let open = assessments.inForce.first(where: { $0.referral == id && $0.authorised == nil }) {
            throw .usage("Assessment \(open.id) on referral \(id) is not finished; record it with `cj assessment complete` before closing.")
        }
        if let enquiry = strategyDiscussions.inForce.first(where: { discussion in
            discussion.section47Enquiry && discussion.date >= referral.date && discussion.date <= date && discussion.outcome == nil
                && !conferences.contains { $0.kind == .initial && $0.isHeld && $0.date >= discussion.date && $0.date <= date }
        }) {
            throw .usage("The section 47 enquiry from strategy discussion \(enquiry.id) (\(enquiry.date)) has no outcome yet; record it "
                + "with `cj strategy outcome` before closing the episode.")
        }
        if reason.followsAssessment, let plan = plans.inForce.first(where: { plan in
            plan.children.contains { referral.children.contains($0) } && plan.start >= referral.date && plan.start <= date
        }) {
            throw .usage("\(reason.rawValue) says the episode closed after an assessment with nothing more, but plan \(plan.id) followed it. "
                + "Give the reason it really closed, such as RC7.")
        }
        if let plan = plans.inForce.first(where: { plan in
            plan.children.contains { referral.children.contains($0) } && plan.start >= referral.date && plan.isActive(on: date)
        }) {
            throw .usage("Plan \(plan.id) is still open on \(date); end it before closing the episode it belongs to.")
        }
        referrals[index].closed = date
        referrals[index].closureReason = reason
        return "Closed referral \(id) on \(date): \(reason.displayName) (\(reason.rawValue))"
    }

    /// Starts an assessment on a referral.
    public mutating func startAssessment(_ referralID: String, on date: CalendarDate, by author: String) throws(CaseJourneyError) -> String {
        let referral = referrals[try referralIndex(referralID)]
        guard date >= referral.date else {
            throw .usage("Referral \(referralID) came in on \(referral.date); an assessment cannot start before it.")
        }
        if let closed = referral.closed, date > closed { throw .usage("Referral \(referralID) closed on \(closed).") }
        if referral.decision?.isNoFurtherAction == true {
            throw .usage("Referral \(referralID) was decided as \(referral.decision!.displayName); correct that decision before starting an assessment.")
        }
        if let open = assessments.inForce.first(where: { $0.referral == referralID && $0.authorised == nil }) {
            throw .usage("Assessment \(open.id) on referral \(referralID) started on \(open.started) and is not finished.")
        }
        let assessment = Assessment(id: newRecordID("as", count: assessments.count), referral: referralID, started: date, by: author)
        assessments.append(assessment)
        return "Started assessment \(assessment.id) on referral \(referralID) on \(date)"
    }

    /// Records that a manager authorised (completed) an assessment, with the factors it found.
    public mutating func completeAssessment(
        _ id: String, on date: CalendarDate, factors: [String], by author: String
    ) throws(CaseJourneyError) -> String {
        guard let index = assessments.firstIndex(where: { $0.id == id && !$0.isWithdrawn }) else {
            throw .usage("Case \(caseId) has no assessment \(id); `cj assessment list \(caseId)` lists them.")
        }
        let assessment = assessments[index]
        if let authorised = assessment.authorised { throw .usage("Assessment \(id) was authorised on \(authorised).") }
        guard date >= assessment.started else { throw .usage("Assessment \(id) started on \(assessment.started); it cannot end before that.") }
        let codes = factors.map { $0.trimmed.uppercased() }
        for code in codes where !Assessment.isFactorCode(code) {
            throw .usage("\"\(code)\" is not a census factor code: a number from 1 to 24 with a letter where the code has one, e.g. 3B or 18C; 21 means no factors.")
        }
        if codes.contains("21") && codes.count > 1 { throw .usage("21 means no factors were found; give it alone.") }
        if Set(codes).count != codes.count { throw .usage("Give each factor code once.") }
        if codes.isEmpty { throw .usage("Give the factors the assessment found, with --factor (repeatable), or --factor 21 for none.") }
        assessments[index].authorised = date
        assessments[index].factors = codes
        return "Assessment \(id) authorised on \(date); factors: \(codes.joined(separator: ", "))"
    }

    // MARK: Finding things

    func referralIndex(_ id: String) throws(CaseJourneyError) -> Int {
        guard let index = referrals.firstIndex(where: { $0.id == id && !$0.isWithdrawn }) else {
            throw .usage("Case \(caseId) has no referral \(id); `cj referral list \(caseId)` lists them.")
        }
        return index
    }

    /// The child's referral before `referral`, if any.
    public func previousReferral(of child: String, before referral: Referral) -> Referral? {
        referrals.inForce.filter { $0.id != referral.id && $0.children.contains(child) && $0.date < referral.date && $0.date > referral.date.adding(months: -12) }
            .max { $0.date < $1.date }
    }

    /// The child's referrals that came within 12 months of an earlier one: re-referrals, as the
    /// census counts them.
    public func reReferrals(of child: String) -> [Referral] {
        referrals.inForce.filter { $0.children.contains(child) }.filter { previousReferral(of: child, before: $0) != nil }
    }
}

/// What a worker says was recorded wrongly about a referral: only the fields given change.
public struct ReferralCorrection: Sendable {
    public var date: CalendarDate?
    public var source: ReferralSource?
    public var primaryNeed: PrimaryNeed?
    public var decision: ReferralDecision?
    public var decided: CalendarDate?
    public var closed: CalendarDate?
    public var closureReason: ClosureReason?

    public init(date: CalendarDate? = nil, source: ReferralSource? = nil, primaryNeed: PrimaryNeed? = nil, decision: ReferralDecision? = nil,
                decided: CalendarDate? = nil, closed: CalendarDate? = nil, closureReason: ClosureReason? = nil) {
        self.date = date
        self.source = source
        self.primaryNeed = primaryNeed
        self.decision = decision
        self.decided = decided
        self.closed = closed
        self.closureReason = closureReason
    }
}

extension Case {
    /// Puts right what was recorded about a referral; the original stays in its corrections.
    public mutating func correctReferral(
        _ id: String, _ request: ReferralCorrection, reason: String, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        _ = try referralIndex(id)
        let snapshot = self
        return try correct(\.referrals, id, kind: .referral, reason: reason, by: author, on: date) { record, changes throws(CaseJourneyError) in
            changes.set("date", &record.date, to: request.date) { $0.description }
            changes.set("source", &record.source, to: request.source) { $0.rawValue }
            changes.setOptional("primary need", &record.primaryNeed, to: request.primaryNeed.map { .some($0) }) { $0.rawValue }
            changes.setOptional("decision", &record.decision, to: request.decision.map { .some($0) }) { $0.rawValue }
            changes.setOptional("decided", &record.decided, to: request.decided.map { .some($0) }) { $0.description }
            changes.setOptional("closed", &record.closed, to: request.closed.map { .some($0) }) { $0.description }
            changes.setOptional("closure reason", &record.closureReason, to: request.closureReason.map { .some($0) }) { $0.rawValue }
            if let decided = record.decided, decided < record.date { throw .usage("A referral cannot be decided before it came in (\(record.date)).") }
            if let closed = record.closed, closed < record.date { throw .usage("A referral cannot close before it came in (\(record.date)).") }
            let ownAssessments = snapshot.assessments.inForce.filter { $0.referral == id }
            if let early = ownAssessments.first(where: { $0.started < record.date }) {
                throw .usage("Assessment \(early.id) started on \(early.started), before \(record.date); correct or withdraw it first.")
            }
            if let closed = record.closed, let late = ownAssessments.first(where: { $0.started > closed || ($0.authorised.map { $0 > closed } ?? false) }) {
                throw .usage("Assessment \(late.id) runs past \(closed); the episode cannot close before it ends.")
            }
            if record.decision?.isNoFurtherAction == true, let later = ownAssessments.first {
                throw .usage("Assessment \(later.id) followed this referral, so it was not \(record.decision!.displayName); withdraw the assessment first if it was recorded in error.")
            }
            if (record.closed == nil) != (record.closureReason == nil) {
                throw .usage("A closed episode needs both --closed and --reason-code.")
            }
        }
    }
}
