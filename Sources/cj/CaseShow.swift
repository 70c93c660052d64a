import ArgumentParser
import CaseJourney

extension CJ.CaseGroup {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show everything recorded about a case.",
            discussion: """
                This is the worker's view: it includes confidential details, marked as such, and \
                what was withdrawn, marked as such. Add --history for every change ever made, \
                with who made it and when, and every correction with what the record said before.

                Examples:
                  cj case show ASH-01
                  cj case show ASH-01 --history
                  cj case show ASH-01 --format json
                """)

        @Argument(help: "The case id.")
        var caseID: String

        @Option(help: "text or json (the case file as stored).")
        var format: DocumentFormat = .text

        @Flag(help: "Also list the case's history of changes.")
        var history = false

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let value = try storeOptions.caseStore.read(caseID)
            switch format {
            case .json: try Output.caseFile(value)
            case .text: Output.line(CaseText(value, includeHistory: history).render())
            }
        }
    }
}

/// The text form of `cj case show`.
struct CaseText {
    let value: Case
    let includeHistory: Bool

    init(_ value: Case, includeHistory: Bool) {
        self.value = value
        self.includeHistory = includeHistory
    }

    func render() -> String {
        var lines = ["Case \(value.caseId): the \(value.familyName) family (revision \(value.revision))"]
        // Disagreements between two copies come first: until they are settled, one value is unsure.
        section("Open conflicts (settle with `cj conflict resolve`)", value.openConflicts.map { conflict in
            "\(conflict.id) \(conflict.about): \(conflict.versions)"
        }, into: &lines)
        if let current = value.currentAllocation {
            lines.append("Social worker: \(current.worker) since \(current.from)")
        } else if let ended = value.allocations.inForce.last, let to = ended.to {
            lines.append("Social worker: unallocated since \(to)" + (ended.endReason.map { " (\($0))" } ?? ""))
        } else {
            lines.append("Social worker: not allocated")
        }
        section("Allocations", value.allocations.map { allocation in
            "\(allocation.id) \(allocation.worker) from \(allocation.from) to \(allocation.to.map(\.description) ?? "now")"
                + (allocation.endReason.map { " (ended: \($0))" } ?? "") + withdrawn(allocation)
        }, into: &lines)
        section("Children", value.children.map(describe), into: &lines)
        section("Adults", value.adults.map(describe), into: &lines)
        section("Professionals", value.professionals.inForce.map { professional in
            var text = "\(professional.name) [\(professional.id)], \(professional.role), \(professional.agency)"
            if let contact = professional.contact, !contact.isEmpty {
                text += " (" + contact.labelledValues.map { "\($0.label) \($0.value)" }.joined(separator: ", ") + ")"
            }
            if let hiddenFrom = professional.confidentialFrom, !hiddenFrom.isEmpty {
                text += "\n    CONFIDENTIAL: never let \(hiddenFrom.map { value.person(withID: $0)?.name ?? $0 }.joined(separator: ", ")) learn of them"
            }
            return text
        }, into: &lines)
        section("Plans", value.plans.map(describe), into: &lines)
        section("Visits", value.visits.map(describe), into: &lines)
        section("Contact attempts", value.contacts.map { contact in
            "\(contact.id) \(contact.date) \(contact.method.displayName) to \(value.person(withID: contact.person)?.name ?? contact.person)"
                + (contact.via.map { " via \($0)" } ?? "") + ": \(contact.outcome.displayName)" + withdrawn(contact)
        }, into: &lines)
        section("Appointments", value.appointments.map { appointment in
            let names = appointment.with.map { value.person(withID: $0)?.name ?? $0 }.joined(separator: ", ")
            let result = appointment.result.map { result in
                result == .cancelled ? "cancelled by \(appointment.cancelledBy?.displayName ?? "someone")" : result.rawValue
            } ?? "to come"
            return "\(appointment.id) \(appointment.date) with \(names): \(appointment.purpose) (\(result))" + withdrawn(appointment)
        }, into: &lines)
        section("Withdrawn", value.people.filter(\.isWithdrawn).map { "\($0.name) [\($0.id)]" + withdrawn($0) }
            + value.professionals.filter(\.isWithdrawn).map { "\($0.name) [\($0.id)]" + withdrawn($0) }, into: &lines)
        if includeHistory {
            section("Corrections", value.allRecords.flatMap { kind, record in
                record.correctionList.map { correction in
                    "\(correction.date)  \(correction.by): \(kind.rawValue) \(record.id): "
                        + correction.changes.map(\.description).joined(separator: "; ") + ". Why: \(correction.reason)"
                }
            }, into: &lines)
            section("Settled conflicts", value.conflicts.compactMap { conflict in
                conflict.resolution.map { settled in
                    "\(settled.date)  \(settled.by): \(conflict.id) \(conflict.about) (\(conflict.versions)): kept \(settled.kept)"
                        + (settled.value.map { " \($0)" } ?? "") + ". Why: \(settled.reason)"
                }
            }, into: &lines)
            section("History", value.history.map { entry in
                "\(entry.at)  \(entry.by): \(entry.change)"
            }, into: &lines)
        }
        return lines.joined(separator: "\n")
    }

    private func withdrawn(_ record: any Correctable) -> String {
        record.withdrawal.map { " [WITHDRAWN \($0.date) by \($0.by): \($0.reason)\($0.sameAs.map { "; the same as \($0)" } ?? "")]" } ?? ""
    }

    private func section(_ title: String, _ items: [String], into lines: inout [String]) {
        guard !items.isEmpty else { return }
        lines.append("")
        lines.append("\(title):")
        lines.append(contentsOf: items.map { "  " + $0 })
    }

    private func describe(_ person: Person) -> String {
        var parts = ["\(person.name) [\(person.id)]"]
        if !person.isChild { parts.append(person.role.rawValue) }
        if let born = person.born { parts.append("born \(born)") }
        if person.isUnborn, let expected = person.expectedBirth { parts.append("not born yet, expected \(expected)") }
        if !person.livesInHousehold { parts.append("lives elsewhere") }
        switch person.parentalResponsibility {
        case true?: parts.append("has parental responsibility")
        case false?: parts.append("no parental responsibility")
        case nil: break
        }
        var text = parts.joined(separator: ", ")
        if let needs = person.contactNeeds, !needs.isEmpty { text += "\n    Asked: \(needs.description)" }
        if let contact = person.contact, !contact.isEmpty {
            text += "\n    " + contact.labelledValues.map { "\($0.label): \($0.value)" }.joined(separator: "; ")
        }
        if let hiddenFrom = person.confidentialFrom, !hiddenFrom.isEmpty {
            let names = hiddenFrom.map { value.person(withID: $0)?.name ?? $0 }
            text += "\n    CONFIDENTIAL: never show these contact details to \(names.joined(separator: ", "))"
        }
        return text
    }

    private func describe(_ plan: Plan) -> String {
        // A child withdrawn from the case is listed under Withdrawn, not on their plans.
        let names = plan.children.filter { value.person(withID: $0)?.isWithdrawn != true }
            .map { value.person(withID: $0)?.firstName ?? $0 }.joined(separator: ", ")
        var text = "\(plan.id): \(plan.type.displayName)"
        if let category = plan.category { text += " (\(category.rawValue))" }
        text += " for \(names), from \(plan.start)"
        if let end = plan.end { text += " to \(end.date): \(end.reason)" } else if !plan.isWithdrawn { text += ", open" }
        return text + withdrawn(plan)
    }

    private func describe(_ visit: Visit) -> String {
        let seen = value.describeSightings(visit, withReasons: true)
        var text = "\(visit.id) \(visit.date) \(visit.kind.rawValue) visit by \(visit.by): \(seen)"
        if let amended = visit.amends { text += " [corrects \(amended): \(visit.amendmentReason ?? "")]" }
        if let replacement = value.correction(ofVisit: visit.id) { text += " [corrected by \(replacement.id)]" }
        return text + withdrawn(visit)
    }
}
