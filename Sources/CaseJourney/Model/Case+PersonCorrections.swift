/// What a worker says is wrong about a person (or a professional), as typed: only the fields
/// given change. An empty text ("") empties a contact detail.
public struct PersonChanges: Sendable {
    public var name: String?
    public var born: CalendarDate?
    public var expectedBirth: CalendarDate?
    public var role: PersonRole?
    public var address: String?
    public var phone: String?
    public var email: String?
    public var school: String?
    public var workplace: String?
    public var livesInHousehold: Bool?
    /// A birth recorded in error: the child is again not born yet (they need an expected date).
    public var notBornYet = false
    public var parentalResponsibility: Bool?
    public var gender: Gender?
    public var ethnicity: Ethnicity?
    public var disability: Bool?
    public var disabilities: [DisabilityCode]?
    public var upn: String?
    /// People (as typed) who must now be kept from this person's details.
    public var confidentialFrom: [String]
    /// People (as typed) who no longer need to be.
    public var notConfidentialFrom: [String]
    /// For a professional: what they do, and their agency.
    public var professionalRole: String?
    public var agency: String?

    public init(
        name: String? = nil, born: CalendarDate? = nil, expectedBirth: CalendarDate? = nil, role: PersonRole? = nil,
        address: String? = nil, phone: String? = nil, email: String? = nil, school: String? = nil, workplace: String? = nil,
        livesInHousehold: Bool? = nil, parentalResponsibility: Bool? = nil, confidentialFrom: [String] = [],
        notConfidentialFrom: [String] = [], professionalRole: String? = nil, agency: String? = nil
    ) {
        self.name = name
        self.born = born
        self.expectedBirth = expectedBirth
        self.role = role
        self.address = address
        self.phone = phone
        self.email = email
        self.school = school
        self.workplace = workplace
        self.livesInHousehold = livesInHousehold
        self.parentalResponsibility = parentalResponsibility
        self.confidentialFrom = confidentialFrom
        self.notConfidentialFrom = notConfidentialFrom
        self.professionalRole = professionalRole
        self.agency = agency
    }
}

extension Case {
    /// Corrects what is recorded about a person: a misspelt name, a wrong date of birth, a new
    /// address, a birth (for a child recorded before birth), or who their details are kept from.
    public mutating func changePerson(
        _ reference: String, _ request: PersonChanges, reason: String, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let person = try person(reference)
        let hide = try request.confidentialFrom.map { other throws(CaseJourneyError) in try self.person(other).id }
        let show = try request.notConfidentialFrom.map { other throws(CaseJourneyError) in try self.person(other).id }
        if hide.contains(person.id) { throw .usage("\(person.name)'s details cannot be kept from \(person.name).") }
        let name = try request.name.map { text throws(CaseJourneyError) in try Case.required(text, "The new name is empty.", multiline: false) }
        if let name, name != person.name,
           let twin = people.inForce.first(where: { $0.id != person.id && NameKey.same($0.name, name) && $0.born == (request.born ?? person.born) }) {
            throw .usage("\(twin.name) (\(twin.id)) already has that name and date of birth. If \(person.name) is the same person, "
                + "withdraw the duplicate with `cj person withdraw \(caseId) \(person.id) --same-as \(twin.id) --reason ...`.")
        }
        let snapshot = self
        let line = try correct(\.people, person.id, kind: .person, reason: reason, by: author, on: date) { record, changes throws(CaseJourneyError) in
            changes.set("name", &record.name, to: name) { $0 }
            changes.set("role", &record.role, to: request.role) { $0.rawValue }
            changes.setOptional("born", &record.born, to: request.born.map { .some($0) }) { $0.description }
            changes.setOptional("expected birth", &record.expectedBirth, to: request.expectedBirth.map { .some($0) }) { $0.description }
            changes.set("lives in the household", &record.livesInHousehold, to: request.livesInHousehold) { $0 ? "yes" : "no" }
            changes.setOptional("parental responsibility", &record.parentalResponsibility, to: request.parentalResponsibility.map { .some($0) }) { $0 ? "yes" : "no" }
            changes.setOptional("gender", &record.gender, to: request.gender.map { .some($0) }) { $0.rawValue }
            changes.setOptional("ethnicity", &record.ethnicity, to: request.ethnicity.map { .some($0) }) { $0.rawValue }
            changes.setOptional("disability", &record.disability, to: request.disability.map { .some($0) }) { $0 ? "yes" : "no" }
            changes.setOptional("disability codes", &record.disabilities, to: request.disabilities.map { .some($0) }) {
                $0.map(\.rawValue).joined(separator: ", ")
            }
            let upn = try request.upn.map { text throws(CaseJourneyError) in try UPN.checked(text) }
            changes.setOptional("unique pupil number", &record.upn, to: upn.map { .some($0) }) { $0 }
            try Case.correctContact(&record.contact, request, &changes)
            try Case.correctConfidentiality(&record.confidentialFrom, hide: hide, show: show, in: snapshot, &changes)
            if request.notBornYet, let born = record.born {
                changes.note(FieldChange(field: "born", was: born.description, now: nil))
                record.born = nil
            }
            if record.isChild { record.parentalResponsibility = nil }
            if record.expectedBirth != nil && !record.isChild {
                throw .usage("Only a child can have an expected date of birth; \(record.name) is recorded as \(record.role.rawValue).")
            }
            if request.expectedBirth != nil, let born = record.born {
                throw .usage("\(record.name) was born on \(born); an expected date is only for a baby not yet born. "
                    + "If the birth was recorded in error, give --not-born-yet too.")
            }
            if request.notBornYet && record.expectedBirth == nil {
                throw .usage("Give the expected date of birth with --expected, so the baby's visits can be planned.")
            }
        }
        if let born = request.born { try checkRecordsAfterBirth(of: person.id, born: born) }
        return line
    }

    /// Withdraws a person added in error, or added twice: with `sameAs`, everything recorded
    /// about them moves to the person who stays, and each record moved keeps, as a correction,
    /// that it named the duplicate. Without it, a person who still carries out an action or has
    /// a view is refused, so nothing is left pointing at nobody; a child added in error leaves
    /// their plans and visits.
    public mutating func withdrawPerson(
        _ reference: String, reason: String, sameAs other: String?, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let person = try person(reference)
        let reason = try Case.required(reason, "Say why they are withdrawn with --reason (\"added twice\", \"added to the wrong family\").")
        var stays: Person?
        if let other {
            let found = try self.person(other)
            guard found.id != person.id else { throw .usage("A person cannot be withdrawn as the same as themselves.") }
            guard found.isChild == person.isChild else {
                throw .usage("\(person.name) is \(person.isChild ? "a child" : "an adult") and \(found.name) is not; check who is the duplicate.")
            }
            stays = found
        } else {
            let uses = personUses(person.id)
            guard uses.isEmpty else {
                throw .usage("\(person.name) is still named in \(uses.joined(separator: ", ")). If they were added twice, give --same-as "
                    + "with the person who stays; otherwise withdraw or change those records first. Nothing was written.")
            }
        }
        var line = try withdraw(\.people, person.id, kind: .person, reason: reason, sameAs: stays?.id, by: author, on: date)
        if let stays {
            let why = "\(person.id) was withdrawn as the same as \(stays.id): \(reason)"
            let moved = movePersonReferences(from: person.id, to: stays.id, correction: Correction(date: date, by: author, reason: why, changes: []))
            if !moved.isEmpty { line += "; moved \(moved.joined(separator: ", ")) to \(stays.name)" }
            let left = expectations.inForce.filter { $0.child == person.id }.map(\.id)
            if !left.isEmpty {
                line += "; the expectations set for \(person.id) (\(left.joined(separator: ", "))) no longer apply: set them again for \(stays.name) if they should"
            }
        }
        return line
    }

    /// Corrects what is recorded about a professional, including who they are kept from.
    public mutating func changeProfessional(
        _ reference: String, _ request: PersonChanges, reason: String, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let professional = try professional(reference)
        let hide = try request.confidentialFrom.map { other throws(CaseJourneyError) in try self.person(other).id }
        let show = try request.notConfidentialFrom.map { other throws(CaseJourneyError) in try self.person(other).id }
        let name = try request.name.map { text throws(CaseJourneyError) in try Case.required(text, "The new name is empty.", multiline: false) }
        let role = try request.professionalRole.map { text throws(CaseJourneyError) in try Case.required(text, "The new role is empty.", multiline: false) }
        let agency = try request.agency.map { text throws(CaseJourneyError) in try Case.required(text, "The new agency is empty.", multiline: false) }
        let snapshot = self
        return try correct(\.professionals, professional.id, kind: .professional, reason: reason, by: author, on: date) { record, changes throws(CaseJourneyError) in
            changes.set("name", &record.name, to: name) { $0 }
            changes.set("role", &record.role, to: role) { $0 }
            changes.set("agency", &record.agency, to: agency) { $0 }
            try Case.correctContact(&record.contact, request, &changes)
            try Case.correctConfidentiality(&record.confidentialFrom, hide: hide, show: show, in: snapshot, &changes)
        }
    }

    /// Withdraws a professional added in error, or twice (`sameAs`: their actions, reports and
    /// meetings move to the one who stays).
    public mutating func withdrawProfessional(
        _ reference: String, reason: String, sameAs other: String?, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let professional = try professional(reference)
        var moved: [String] = []
        var stays: Professional?
        if let other {
            let found = try self.professional(other)
            guard found.id != professional.id else { throw .usage("A professional cannot be withdrawn as the same as themselves.") }
            stays = found
            moved = moveProfessionalReferences(from: professional.id, to: found)
        } else {
            let uses = actions.inForce.filter { $0.current.owners.contains(.professional(professional.id)) && $0.current.status.isLive }.map(\.id)
            guard uses.isEmpty else {
                throw .usage("\(professional.name) still carries out action\(uses.count == 1 ? "" : "s") \(uses.joined(separator: ", ")). "
                    + "Give --same-as with the professional who stays, or change those actions first. Nothing was written.")
            }
        }
        var line = try withdraw(\.professionals, professional.id, kind: .professional, reason: reason, sameAs: stays?.id, by: author, on: date)
        if !moved.isEmpty { line += "; moved \(moved.joined(separator: ", ")) to \(stays!.name)" }
        return line
    }

    // MARK: Helpers

    static func correctContact(_ contact: inout ContactDetails?, _ request: PersonChanges, _ changes: inout FieldChanges) throws(CaseJourneyError) {
        var details = contact ?? ContactDetails()
        for (label, value) in [("address", request.address), ("phone", request.phone), ("email", request.email),
                               ("school", request.school), ("workplace", request.workplace)] {
            if let value { try TextInput.check(value, field: label, multiline: label == "address") }
        }
        changes.setOptional("address", &details.address, to: request.address.asCorrection) { $0 }
        changes.setOptional("phone", &details.phone, to: request.phone.asCorrection) { $0 }
        changes.setOptional("email", &details.email, to: request.email.asCorrection) { $0 }
        changes.setOptional("school", &details.school, to: request.school.asCorrection) { $0 }
        changes.setOptional("workplace", &details.workplace, to: request.workplace.asCorrection) { $0 }
        contact = details.isEmpty ? nil : details
    }

    static func correctConfidentiality(
        _ list: inout [String]?, hide: [String], show: [String], in value: Case, _ changes: inout FieldChanges
    ) throws(CaseJourneyError) {
        var ids = list ?? []
        for id in hide where !ids.contains(id) { ids.append(id) }
        ids.removeAll(where: show.contains)
        let names = { (ids: [String]) in ids.isEmpty ? nil : ids.map { value.person(withID: $0)?.name ?? $0 }.joined(separator: ", ") }
        if ids != (list ?? []) {
            changes.note(FieldChange(field: "kept from", was: names(list ?? []), now: names(ids)))
            list = ids.isEmpty ? nil : ids
        }
    }

    /// After a birth is recorded: nothing about the child can be dated before it.
    private func checkRecordsAfterBirth(of childID: String, born: CalendarDate) throws(CaseJourneyError) {
        if let visit = effectiveVisits.first(where: { $0.date < born && $0.sighting(of: childID).map { $0.outcome != .notRecorded } == true }) {
            throw .usage("Visit \(visit.id) on \(visit.date) records the child, before the birth date \(born). Check the dates.")
        }
    }

    /// After two copies are merged: what the other copy recorded for a person this copy withdrew
    /// as a duplicate moves to the person who stays, as the withdrawal itself did here. Returns
    /// what moved.
    mutating func followWithdrawnDuplicates(by author: String, on date: CalendarDate) -> [String] {
        var moved: [String] = []
        for person in people {
            guard let stays = person.withdrawal?.sameAs, stays != person.id else { continue }
            let why = "\(person.id) was withdrawn as the same as \(stays) on another copy of the case"
            moved += movePersonReferences(from: person.id, to: stays, correction: Correction(date: date, by: author, reason: why, changes: []))
        }
        return moved
    }

    /// Where a person is still named in something that matters: live actions they carry out,
    /// their views, and plans they are the only child on.
    private func personUses(_ id: String) -> [String] {
        var uses: [String] = []
        uses += inForce.plans.filter { $0.children == [id] }.map { "plan \($0.id) (the only child on it)" }
        uses += actions.inForce.filter { $0.current.owners.contains(.person(id)) && $0.current.status.isLive }.map { "action \($0.id)" }
        uses += views.inForce.filter { $0.person == id }.map { "view \($0.id)" }
        return uses
    }

    /// Points every record that names `old` at `new` instead, noting on each what it said
    /// (`correction` with the change added); returns what moved. Expectations set for `old` are
    /// not moved: the person who stays keeps their own.
    private mutating func movePersonReferences(from old: String, to new: String, correction: Correction) -> [String] {
        var moved: [String] = []
        func note<Record: Correctable>(_ record: inout Record, _ field: String, was: String, now: String) {
            var entry = correction
            entry.changes = [FieldChange(field: field, was: was, now: now)]
            record.corrections = record.correctionList + [entry]
        }
        func swapped(_ ids: [String]) -> [String] {
            ids.map { $0 == old ? new : $0 }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        }
        for index in plans.indices where plans[index].children.contains(old) {
            let before = plans[index].children
            plans[index].children = swapped(before)
            note(&plans[index], "children", was: before.joined(separator: ", "), now: plans[index].children.joined(separator: ", "))
            moved.append("plan \(plans[index].id)")
        }
        for index in actions.indices where actions[index].history.contains(where: { $0.owners?.contains(.person(old)) == true }) {
            for event in actions[index].history.indices {
                guard let owners = actions[index].history[event].owners, owners.contains(.person(old)) else { continue }
                actions[index].history[event].owners = owners.map { $0 == .person(old) ? .person(new) : $0 }
                    .reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
            }
            note(&actions[index], "owner", was: old, now: new)
            moved.append("action \(actions[index].id)")
        }
        for index in views.indices where views[index].person == old {
            views[index].person = new
            note(&views[index], "person", was: old, now: new)
            moved.append("view \(views[index].id)")
        }
        for index in visits.indices where visits[index].children.contains(where: { $0.child == old }) || visits[index].adultsSeen?.contains(old) == true {
            let before = describeSightings(visits[index], withReasons: true)
            if let position = visits[index].children.firstIndex(where: { $0.child == old }) {
                let duplicate = visits[index].children.remove(at: position)
                let merged = ChildSighting(child: new, outcome: duplicate.outcome, reason: duplicate.reason)
                if let existing = visits[index].children.firstIndex(where: { $0.child == new }) {
                    // Seen under either record counts: the stronger line stays (seen alone, seen,
                    // not seen, not recorded).
                    if duplicate.outcome.strength > visits[index].children[existing].outcome.strength { visits[index].children[existing] = merged }
                } else {
                    visits[index].children.insert(merged, at: position)
                }
            }
            if let adults = visits[index].adultsSeen { visits[index].adultsSeen = swapped(adults) }
            note(&visits[index], "children", was: before, now: describeSightings(visits[index], withReasons: true))
            moved.append("visit \(visits[index].id)")
        }
        for index in people.indices where people[index].confidentialFrom?.contains(old) == true {
            people[index].confidentialFrom = swapped(people[index].confidentialFrom!)
            moved.append("person \(people[index].id)")
        }
        for index in professionals.indices where professionals[index].confidentialFrom?.contains(old) == true {
            professionals[index].confidentialFrom = swapped(professionals[index].confidentialFrom!)
            moved.append("professional \(professionals[index].id)")
        }
        for index in conferences.indices {
            let before = conferences[index]
            conferences[index].invited = Case.merged(before.invited, person: old, into: new)
            conferences[index].attended = Case.merged(before.attended, person: old, into: new)
            if conferences[index] != before { moved.append("conference \(conferences[index].id)") }
        }
        for index in coreGroups.indices {
            let before = coreGroups[index].attended
            coreGroups[index].attended = Case.merged(before, person: old, into: new)
            if coreGroups[index].attended != before { moved.append("core group \(coreGroups[index].id)") }
        }
        for index in agreements.indices where agreements[index].agreedBy.contains(old)
            || (agreements[index].permissionRequests ?? []).contains(where: { $0.from == old }) {
            agreements[index].agreedBy = swapped(agreements[index].agreedBy)
            for position in (agreements[index].permissionRequests ?? []).indices where agreements[index].permissionRequests![position].from == old {
                agreements[index].permissionRequests![position].from = new
            }
            note(&agreements[index], "agreed by", was: old, now: new)
            moved.append("written agreement \(agreements[index].id)")
        }
        for index in referrals.indices where referrals[index].children.contains(old) {
            referrals[index].children = referrals[index].children.map { $0 == old ? new : $0 }
            if referrals[index].children.filter({ $0 == new }).count > 1 {
                referrals[index].children = referrals[index].children.enumerated().filter { item in
                    item.element != new || referrals[index].children.firstIndex(of: new) == item.offset
                }.map(\.element)
            }
            note(&referrals[index], "children", was: old, now: new)
            moved.append("referral \(referrals[index].id)")
        }
        for index in services.indices where services[index].person == old {
            services[index].person = new
            note(&services[index], "person", was: old, now: new)
            moved.append("service \(services[index].id)")
        }
        for index in correctionRequests.indices where correctionRequests[index].from.person == old {
            correctionRequests[index].from.person = new
            note(&correctionRequests[index], "from", was: old, now: new)
            moved.append("correction request \(correctionRequests[index].id)")
        }
        for index in evidence.indices where evidence[index].person == old || evidence[index].from.person == old {
            if evidence[index].person == old { evidence[index].person = new }
            if evidence[index].from.person == old { evidence[index].from.person = new }
            note(&evidence[index], "person", was: old, now: new)
            moved.append("evidence \(evidence[index].id)")
        }
        for index in contacts.indices where contacts[index].person == old {
            contacts[index].person = new
            note(&contacts[index], "person", was: old, now: new)
            moved.append("contact attempt \(contacts[index].id)")
        }
        for index in appointments.indices where appointments[index].with.contains(old) {
            let before = appointments[index].with
            appointments[index].with = swapped(before)
            note(&appointments[index], "with", was: before.joined(separator: ", "), now: appointments[index].with.joined(separator: ", "))
            moved.append("appointment \(appointments[index].id)")
        }
        movePrivacyMarks(from: old, to: new)
        return moved
    }

    /// A list of participants with `old` standing as `new`, each once.
    private static func merged(_ list: [Participant], person old: String, into new: String) -> [Participant] {
        var result: [Participant] = []
        for var participant in list {
            if participant.person == old { participant.person = new }
            if let id = participant.person, result.contains(where: { $0.person == id }) { continue }
            result.append(participant)
        }
        return result
    }

    /// Marks of "private from" the duplicate now apply to the person who stays.
    private mutating func movePrivacyMarks(from old: String, to new: String) {
        func swap<Record: PrivacyMarked>(_ records: inout [Record]) {
            for index in records.indices where records[index].privateFrom?.contains(old) == true {
                records[index].privateFrom = records[index].privateFrom!.map { $0 == old ? new : $0 }
                    .reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
            }
        }
        swap(&worries); swap(&strengths); swap(&outcomes); swap(&riskRatings); swap(&views); swap(&endProposals)
        swap(&strategyDiscussions); swap(&conferences); swap(&coreGroups); swap(&visits); swap(&expectations); swap(&actions)
        swap(&contacts); swap(&appointments); swap(&evidence); swap(&correctionRequests); swap(&services); swap(&agreements)
        for index in actions.indices { swap(&actions[index].history) }
    }

    private mutating func moveProfessionalReferences(from old: String, to new: Professional) -> [String] {
        var moved: [String] = []
        for index in actions.indices {
            var touched = false
            for event in actions[index].history.indices {
                guard let owners = actions[index].history[event].owners, owners.contains(.professional(old)) else { continue }
                actions[index].history[event].owners = owners.map { $0 == .professional(old) ? .professional(new.id) : $0 }
                    .reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
                touched = true
            }
            if touched { moved.append("action \(actions[index].id)") }
        }
        let stands = Participant(name: new.name, agency: new.agency, professional: new.id)
        func merged(_ list: [Participant]) -> [Participant] {
            var result: [Participant] = []
            for participant in list {
                let now = participant.professional == old ? stands : participant
                if let id = now.professional, result.contains(where: { $0.professional == id }) { continue }
                result.append(now)
            }
            return result
        }
        for index in conferences.indices {
            let before = conferences[index]
            conferences[index].invited = merged(before.invited)
            conferences[index].attended = merged(before.attended)
            // Two reports from one person are one report: the days known from either are kept.
            var reports: [ConferenceReport] = []
            for var report in before.reports {
                if report.from.professional == old { report.from = stands }
                if let id = report.from.professional, let same = reports.firstIndex(where: { $0.from.professional == id }) {
                    reports[same].received = reports[same].received ?? report.received
                    reports[same].sharedWithParents = reports[same].sharedWithParents ?? report.sharedWithParents
                    continue
                }
                reports.append(report)
            }
            conferences[index].reports = reports
            if conferences[index] != before { moved.append("conference \(conferences[index].id)") }
        }
        for index in coreGroups.indices {
            let before = coreGroups[index].attended
            coreGroups[index].attended = merged(before)
            if coreGroups[index].attended != before { moved.append("core group \(coreGroups[index].id)") }
        }
        return moved
    }
}
