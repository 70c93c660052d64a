/// Written agreements: made, checked in on, asked under, and ended.
extension Case {
    /// Records a signed agreement. Returns the history line; it is `agreements.last`.
    public mutating func makeAgreement(
        terms: [String], agreedBy references: [String], signed: CalendarDate, plan reference: String?, checkIns: [CalendarDate],
        milestones: [String], by author: String, privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        let terms = try terms.map { text throws(CaseJourneyError) in try Case.required(text, "A term cannot be empty.", multiline: false) }
        guard !terms.isEmpty else { throw .usage("Give each term of the agreement with --term (repeatable).") }
        guard !references.isEmpty else { throw .usage("Name who agreed it with --agreed-by (repeatable).") }
        var people: [String] = []
        for reference in references {
            let id = try person(reference).id
            if !people.contains(id) { people.append(id) }
        }
        let checkIns = Array(Set(checkIns)).sorted()
        let plan = try reference.map { reference throws(CaseJourneyError) in try self.plan(withID: reference).id }
            ?? openPlans.first?.id
        var agreement = WrittenAgreement(id: newRecordID("wa", count: agreements.count), plan: plan, signed: signed, agreedBy: people,
                                         terms: terms, by: author)
        if let early = checkIns.first(where: { $0 < signed }) { throw .usage("A check-in (\(early)) cannot come before the agreement was signed (\(signed)).") }
        agreement.checkIns = checkIns.isEmpty ? nil : checkIns.sorted().map(AgreementCheckIn.init(date:))
        let milestones = try milestones.map { text throws(CaseJourneyError) in
            AgreementMilestone(text: try Case.required(text, "A milestone cannot be empty.", multiline: false))
        }
        agreement.milestones = milestones.isEmpty ? nil : milestones
        try mark(&agreement, privacy)
        agreements.append(agreement)
        return "Recorded written agreement \(agreement.id), signed \(signed) by " + Case.list(people.compactMap { person(withID: $0)?.name })
            + ": \(terms.count) term\(terms.count == 1 ? "" : "s")" + (checkIns.isEmpty ? "; no check-ins set" : "; check-ins \(checkIns.sorted().map(\.description).joined(separator: ", "))")
            + agreement.markingDescription(in: self)
    }

    /// Sets a check-in, records it held or missed, reaches a milestone, or ends the agreement;
    /// `keptBecause` says why it stays after its plan ended.
    public mutating func updateAgreement(
        _ id: String, setCheckIn: CalendarDate?, held: CalendarDate?, missed: CalendarDate?, reason: String?, milestone: String?,
        reached: CalendarDate?, end: CalendarDate?, keptBecause: String?
    ) throws(CaseJourneyError) -> String {
        let index = try indexOfRecord(\.agreements, id, kind: .agreement)
        var agreement = agreements[index]
        var parts: [String] = []
        let reason = try Case.optionalText(reason, field: "reason")
        if let ended = agreement.ended, setCheckIn != nil || end != nil {
            throw .usage("\(id) ended on \(ended); nothing more is set for it.")
        }
        if let day = setCheckIn {
            guard day >= agreement.signed else { throw .usage("A check-in cannot come before the agreement was signed (\(agreement.signed)).") }
            guard !(agreement.checkIns ?? []).contains(where: { $0.date == day }) else { throw .usage("\(id) already has a check-in on \(day).") }
            agreement.checkIns = ((agreement.checkIns ?? []) + [AgreementCheckIn(date: day)]).sorted { $0.date < $1.date }
            parts.append("check-in set for \(day)")
        }
        for (day, isHeld) in [(held, true), (missed, false)] {
            guard let day else { continue }
            guard let position = agreement.checkIns?.firstIndex(where: { $0.date == day }) else {
                throw .usage("\(id) has no check-in set for \(day); its check-ins are "
                    + ((agreement.checkIns ?? []).map(\.date.description).joined(separator: ", ").nilIfEmpty ?? "none") + ".")
            }
            if isHeld { agreement.checkIns![position].held = day } else { agreement.checkIns![position].missed = true }
            agreement.checkIns![position].reason = reason
            parts.append(isHeld ? "check-in of \(day) held" : "check-in of \(day) missed" + (reason.map { " (\($0))" } ?? ""))
        }
        if let text = try Case.optionalText(milestone, field: "milestone") {
            if let position = agreement.milestones?.firstIndex(where: { $0.text.caseInsensitiveCompare(text) == .orderedSame }) {
                guard let reached else { throw .usage("That milestone is already set; give --reached DATE to record it reached.") }
                guard reached >= agreement.signed else { throw .usage("\(id) was signed on \(agreement.signed); a milestone is reached after that.") }
                try Case.fill(&agreement.milestones![position].reached, with: reached, "day the milestone was reached", of: id)
                parts.append("milestone reached \(reached): \(text)")
            } else {
                agreement.milestones = (agreement.milestones ?? []) + [AgreementMilestone(text: text, reached: reached)]
                parts.append("milestone added: \(text)" + (reached.map { ", reached \($0)" } ?? ""))
            }
        }
        if let day = end {
            guard let why = reason else { throw .usage("Say why the agreement ends with --reason.") }
            guard day >= agreement.signed else { throw .usage("It was signed on \(agreement.signed); it cannot end before that.") }
            agreement.ended = day
            agreement.endReason = why
            parts.append("ended \(day): \(why)")
        }
        if let because = try Case.optionalText(keptBecause, field: "reason it stays") {
            agreement.keptAfterPlanBecause = because
            parts.append("stays after its plan because \(because)")
        }
        guard !parts.isEmpty else { throw .usage("Give --check-in, --held, --missed, --milestone, --end or --kept-because.") }
        agreements[index] = agreement
        return "Updated written agreement \(id): " + parts.joined(separator: "; ")
    }

    /// Records a request for permission under an agreement, or its answer.
    public mutating func askPermission(_ id: String, from reference: String, what: String, on date: CalendarDate) throws(CaseJourneyError) -> String {
        let index = try indexOfRecord(\.agreements, id, kind: .agreement)
        let person = try person(reference)
        let what = try Case.required(what, "Say what they asked to do with --what.", multiline: false)
        guard date >= agreements[index].signed else { throw .usage("\(id) was signed on \(agreements[index].signed); a request under it comes after that.") }
        if let ended = agreements[index].ended, date >= ended { throw .usage("\(id) ended on \(ended); there is nothing to ask permission under.") }
        let requestID = "pr\((agreements[index].permissionRequests ?? []).count + 1)"
        agreements[index].permissionRequests = (agreements[index].permissionRequests ?? [])
            + [PermissionRequest(id: requestID, asked: date, from: person.id, what: what)]
        return "Recorded \(person.name)'s request of \(date) under \(id) (\(requestID)): \(what)"
    }

    public mutating func answerPermission(
        _ id: String, request requestID: String, granted: Bool, reason: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let index = try indexOfRecord(\.agreements, id, kind: .agreement)
        guard let position = agreements[index].permissionRequests?.firstIndex(where: { $0.id == requestID }) else {
            throw .usage("\(id) has no request \(requestID).")
        }
        let request = agreements[index].permissionRequests![position]
        guard request.answered == nil else { throw .usage("\(requestID) was answered on \(request.answered!).") }
        guard date >= request.asked else { throw .usage("\(requestID) was asked on \(request.asked); it cannot be answered before that.") }
        let reason = try Case.required(reason, "Say why with --reason: the family will read it.")
        agreements[index].permissionRequests![position].answered = date
        agreements[index].permissionRequests![position].granted = granted
        agreements[index].permissionRequests![position].reason = reason
        return "Answered \(requestID) under \(id) on \(date): \(granted ? "yes" : "no"), \(reason.oneLine)"
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
