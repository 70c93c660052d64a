/// Reaching the adults in a family: every attempt and its outcome, and appointments with who
/// booked them, whether they happened, who cancelled them and whether they were booked again.
extension Case {
    /// Records an attempt to reach an adult. Returns the history line; it is `contacts.last`.
    public mutating func logContact(
        _ reference: String, method: ContactMethod, outcome: ContactOutcome, via: String?, note: String?,
        on date: CalendarDate, by author: String, privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        let person = try person(reference)
        guard !person.isChild else {
            throw .usage("\(person.name) is a child. Contact attempts are for the adults; a child is seen on a visit (`cj visit log`).")
        }
        let via = try Case.optionalText(via, field: "agency")
        if method == .messageViaAgency && via == nil {
            throw .usage("Say which agency passed the message on with --via (\"the health visitor\", \"Westbury Early Help\").")
        }
        var contact = ContactAttempt(id: newRecordID("ct", count: contacts.count), date: date, person: person.id,
                                     method: method, outcome: outcome, by: author)
        contact.via = via
        contact.note = try Case.optionalText(note, field: "note")
        try mark(&contact, privacy)
        contacts.append(contact)
        return "Logged contact attempt \(contact.id) on \(date): \(method.displayName) to \(person.name)"
            + (via.map { " through \($0)" } ?? "") + ", \(outcome.displayName)" + contact.markingDescription(in: self)
    }

    /// Books an appointment with people in the family. With `rebooks`, it books again one that
    /// was cancelled or missed. Returns the history line; it is `appointments.last`.
    public mutating func bookAppointment(
        with references: [String], on date: CalendarDate, purpose: String, bookedBy: String, bookedOn: CalendarDate?,
        today: CalendarDate, rebooks: String?, privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        guard !references.isEmpty else { throw .usage("Name who the appointment is with, with --with (repeatable).") }
        var people: [String] = []
        for reference in references {
            let id = try person(reference).id
            if !people.contains(id) { people.append(id) }
        }
        let purpose = try Case.required(purpose, "Say what the appointment is for with --purpose (\"Parenting assessment with Lee\").",
                                        multiline: false)
        let bookedBy = try Case.required(bookedBy, "Say who booked it with --booked-by.", multiline: false)
        if let rebooks {
            let earlier = try appointmentRecord(rebooks)
            guard earlier.result == .cancelled || earlier.result == .missed else {
                throw .usage("Appointment \(rebooks) was not cancelled or missed, so there is nothing to book again. "
                    + "Record what happened first: `cj appointment record \(caseId) \(rebooks) --cancelled-by ... --reason ...`.")
            }
            if let again = appointments.first(where: { $0.rebooks == rebooks && !$0.isWithdrawn }) {
                throw .usage("Appointment \(rebooks) was already booked again: \(again.id), for \(again.date).")
            }
            if let called = earlier.resultDate, date < called {
                throw .usage("Appointment \(rebooks) was called off on \(called); its new date (\(date)) must be after that.")
            }
        }
        if let rebooks, let earlier = appointments.first(where: { $0.id == rebooks }), Set(earlier.with).isDisjoint(with: people) {
            throw .usage("Appointment \(rebooks) was with \(Case.list(earlier.with.compactMap { person(withID: $0)?.name })); "
                + "booking it again means booking it with them.")
        }
        var appointment = Appointment(id: newRecordID("ap", count: appointments.count), date: date, with: people,
                                      purpose: purpose, bookedBy: bookedBy,
                                      // Booked today for a day to come; recorded after the day, the booking day is not known.
                                      bookedOn: bookedOn ?? (today <= date ? today : nil))
        if let bookedOn = appointment.bookedOn, bookedOn > date {
            throw .usage("An appointment cannot be booked (\(bookedOn)) after its day (\(date)).")
        }
        appointment.rebooks = rebooks
        try mark(&appointment, privacy)
        appointments.append(appointment)
        let names = people.compactMap { person(withID: $0)?.name }
        return "Booked appointment \(appointment.id) for \(date) with \(Case.list(names)): \(purpose)"
            + (rebooks.map { " (booking \($0) again)" } ?? "") + "; booked by \(bookedBy)" + appointment.markingDescription(in: self)
    }

    /// Records what came of an appointment: it happened, the person missed it, or someone
    /// cancelled it (with who, and why). A cancellation is dated `date`, or by default today or,
    /// when the appointment's day has passed, that day.
    public mutating func recordAppointment(
        _ id: String, result: AppointmentResult, cancelledBy: CancelledBy?, reason: String?, on day: CalendarDate? = nil,
        today: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let appointment = try appointmentRecord(id)
        let date = day ?? min(today, appointment.date)
        guard let index = appointments.firstIndex(where: { $0.id == id }) else { throw .usage("Case \(caseId) has no appointment \(id).") }
        if let earlier = appointment.result {
            throw .usage("Appointment \(id) is already recorded as \(earlier.rawValue). To put it right, withdraw it with "
                + "`cj appointment withdraw \(caseId) \(id) --reason ...` and book it as it was.")
        }
        let reason = try Case.optionalText(reason, field: "reason")
        switch result {
        case .cancelled:
            if let bookedOn = appointment.bookedOn, date < bookedOn {
                throw .usage("Appointment \(id) was booked on \(bookedOn); it cannot be cancelled before that (\(date)).")
            }
            guard date <= appointment.date else {
                throw .usage("Appointment \(id) was for \(appointment.date); it was called off on that day or before (give --date). "
                    + "If it simply did not happen, record it as --missed, with the reason.")
            }
            guard let cancelledBy else {
                throw .usage("Say who cancelled it with --cancelled-by service, family or agency: a cancellation by the service "
                    + "is never counted against the family.")
            }
            guard reason != nil else { throw .usage("Say why it was cancelled with --reason.") }
            appointments[index].cancelledBy = cancelledBy
            appointments[index].resultDate = date
        case .happened, .missed:
            if cancelledBy != nil { throw .usage("--cancelled-by goes with --cancelled only.") }
            guard appointment.date <= date else {
                throw .usage("Appointment \(id) is on \(appointment.date), after \(date): record what happened on or after the day.")
            }
            appointments[index].resultDate = appointment.date
        }
        appointments[index].result = result
        appointments[index].reason = reason
        let what = switch result {
        case .happened: "it happened"
        case .missed: "missed" + (reason.map { " (\($0))" } ?? "")
        case .cancelled: "cancelled by \(cancelledBy!.displayName) (\(reason!))"
        }
        return "Recorded what came of appointment \(id) (for \(appointment.date)): \(what)"
    }

    /// An appointment in force, by id.
    public func appointmentRecord(_ id: String) throws(CaseJourneyError) -> Appointment {
        guard let found = appointments.first(where: { $0.id == id && !$0.isWithdrawn }) else {
            let known = appointments.inForce.map(\.id)
            throw .usage("Case \(caseId) has no appointment \(id)."
                + (known.isEmpty ? "" : " Its appointments are \(known.joined(separator: ", ")); `cj appointment list \(caseId)` shows them."))
        }
        return found
    }

    /// Records how to reach an adult and what they need; only what is given changes.
    public mutating func setContactNeeds(
        _ reference: String, language: String?, interpreter: Bool?, contactBy: [ContactMethod], needs: String?,
        workingHours: String?, reason: String, by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let person = try person(reference)
        guard !person.isChild else { throw .usage("\(person.name) is a child. How to reach the family is recorded for the adults.") }
        var methods: [ContactMethod] = []
        for method in contactBy where !methods.contains(method) { methods.append(method) }
        let contactBy = methods
        let language = try Case.optionalText(language, field: "language")
        let needs = try Case.optionalText(needs, field: "needs")
        let workingHours = try Case.optionalText(workingHours, field: "working hours")
        return try correct(\.people, person.id, kind: .person, reason: reason, by: author, on: date) { record, changes throws(CaseJourneyError) in
            var current = record.contactNeeds ?? ContactNeeds()
            changes.setOptional("language", &current.language, to: language.map { .some($0) }) { $0 }
            changes.setOptional("interpreter", &current.interpreter, to: interpreter.map { .some($0) }) { $0 ? "yes" : "no" }
            changes.setOptional("contact by", &current.contactBy, to: contactBy.isEmpty ? nil : .some(contactBy)) {
                $0.map(\.rawValue).joined(separator: ", ")
            }
            changes.setOptional("needs", &current.needs, to: needs.map { .some($0) }) { $0 }
            changes.setOptional("working hours", &current.workingHours, to: workingHours.map { .some($0) }) { $0 }
            record.contactNeeds = current.isEmpty ? nil : current
        }.replacingOccurrences(of: "Corrected person", with: "Recorded how to reach person")
    }
}

extension Case {
    /// The last day on or before `asOf` the service was in touch with `personID`: a contact
    /// attempt that reached them, a visit that saw them (a home visit that saw a child counts
    /// for the adults who live there), an appointment or a meeting they came to.
    public func lastReached(_ personID: String, asOf: CalendarDate) -> CalendarDate? {
        // Only the latest day is kept, so no list of records is copied: the agenda asks this for
        // every adult of every case in the store.
        var latest: CalendarDate?
        func consider(_ day: CalendarDate) {
            if day <= asOf, latest.map({ day > $0 }) ?? true { latest = day }
        }
        for contact in contacts where !contact.isWithdrawn && contact.person == personID && contact.outcome.countsAsReached {
            consider(contact.date)
        }
        let livesHere = person(withID: personID)?.livesInHousehold ?? false
        let visits = effectiveVisits
        for position in visits.indices where visits[position].adultsSeen?.contains(personID) == true
            || (livesHere && visits[position].kind == .home && visits[position].children.contains { $0.outcome.countsAsSeen }) {
            consider(visits[position].date)
        }
        for appointment in appointments where !appointment.isWithdrawn && appointment.with.contains(personID) && appointment.result == .happened {
            consider(appointment.date)
        }
        for conference in conferences where !conference.isWithdrawn && conference.attended.contains(where: { $0.person == personID }) {
            consider(conference.date)
        }
        for group in coreGroups where !group.isWithdrawn && group.attended.contains(where: { $0.person == personID }) {
            consider(group.date)
        }
        return latest
    }

    /// Attempts to reach `personID` after `since` (all of them when nil), up to `asOf`.
    public func attempts(toReach personID: String, after since: CalendarDate?, asOf: CalendarDate) -> [ContactAttempt] {
        contacts.inForce.filter { contact in
            contact.person == personID && contact.date <= asOf && (since.map { contact.date > $0 } ?? true)
        }.sorted { $0.date < $1.date }
    }
}
