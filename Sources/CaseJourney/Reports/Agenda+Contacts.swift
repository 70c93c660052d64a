/// Reaching the adults: appointments the service cancelled and never booked again, and parents
/// nobody has reached for weeks while a child is on a plan.
extension Agenda {
    func contactItems(_ rows: inout RowMaker) {
        let value = rows.value
        for appointment in value.appointments where appointment.result == nil && appointment.date < asOf {
            let names = appointment.with.compactMap { value.person(withID: $0)?.name }
            rows.add(.appointmentOutcome, "Record what came of \(appointment.id) with \(Case.list(names)) on \(appointment.date) "
                + "(\(appointment.purpose)): `cj appointment record \(value.caseId) \(appointment.id) --happened|--missed|--cancelled-by ...`",
                who: appointment.bookedBy, due: appointment.date, plan: nil, ref: appointment.id)
        }
        for appointment in value.appointments where appointment.result == .cancelled && appointment.cancelledBy == .service {
            guard let cancelled = appointment.resultDate, cancelled <= asOf,
                  !value.appointments.contains(where: { $0.rebooks == appointment.id }) else { continue }
            let names = appointment.with.compactMap { value.person(withID: $0)?.name }
            rows.information(.appointmentNotRebooked, "Book again: \(appointment.id) with \(Case.list(names)) on \(appointment.date) "
                + "(\(appointment.purpose)) was cancelled by the service on \(cancelled) (\(appointment.reason ?? "no reason given")) "
                + "and not booked again. Book it with `cj appointment book \(value.caseId) --rebooks \(appointment.id) ...`",
                who: rows.workerName, due: cancelled, plan: nil, ref: appointment.id)
        }
        guard value.plans.contains(where: { $0.isActive(on: asOf) }) else { return }
        for adult in value.adults where adult.parentalResponsibility == true {
            let reached = checks.notReached(adult, in: value, asOf: asOf)
            guard reached.flagged else { continue }
            var tries = value.attempts(toReach: adult.id, after: reached.since, asOf: asOf)
                .map { (date: $0.date, text: "\($0.method.displayName) \($0.date) (\($0.outcome.displayName))") }
            tries += value.appointments.filter { appointment in
                appointment.with.contains(adult.id) && appointment.result == .missed && appointment.date <= asOf
                    && (reached.since.map { appointment.date > $0 } ?? true)
            }.map { (date: $0.date, text: "appointment \($0.date) (missed)") }
            // A home visit where no child was seen is a try at reaching the adults who live there.
            if adult.livesInHousehold {
                tries += value.effectiveVisits.filter { visit in
                    visit.kind == .home && visit.date <= asOf && (reached.since.map { visit.date > $0 } ?? true)
                }.map { (date: $0.date, text: "home visit \($0.date) (no child seen)") }
            }
            tries.sort { $0.date < $1.date }
            let tried = tries.isEmpty ? "no attempt to reach them is recorded"
                : "\(tries.count) attempt\(tries.count == 1 ? "" : "s")\(reached.since == nil ? "" : " since"): "
                    + tries.map(\.text).joined(separator: "; ")
            let needs = adult.contactNeeds.map { $0.isEmpty ? "" : ". They asked: \($0.description)" } ?? ""
            rows.add(.adultNotReached, "\(adult.name) (\(adult.role.rawValue), parental responsibility) has not been reached "
                + (reached.since.map { "since \($0)" } ?? "on any recorded contact") + "; \(tried)\(needs). "
                + (tries.isEmpty ? "Try to reach them" : "Try another way") + ", and log each try with `cj contact log`",
                who: rows.workerName, due: reached.due, plan: nil, ref: adult.id)
        }
    }
}
