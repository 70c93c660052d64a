import ArgumentParser
import CaseJourney

extension CJ.CaseGroup {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show everything recorded about a case.",
            discussion: """
                This is the worker's view: it includes confidential details, marked as such. \
                Add --history for every change ever made, with who made it and when.

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
            case .json: Output.caseFile(value)
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
        lines.append("Social worker: \(value.currentAllocation.map { "\($0.worker) since \($0.from)" } ?? "not allocated")")
        if value.allocations.count > 1 {
            lines.append("  Earlier: " + value.allocations.dropLast().map { "\($0.worker) \($0.from) to \($0.to.map(\.description) ?? "now")" }.joined(separator: "; "))
        }
        section("Children", value.children.map(describe), into: &lines)
        section("Adults", value.adults.map(describe), into: &lines)
        section("Professionals", value.professionals.map { professional in
            var text = "\(professional.name), \(professional.role), \(professional.agency)"
            if let contact = professional.contact, !contact.isEmpty {
                text += " (" + contact.labelledValues.map { "\($0.label) \($0.value)" }.joined(separator: ", ") + ")"
            }
            return text
        }, into: &lines)
        section("Plans", value.plans.map(describe), into: &lines)
        section("Visits", value.visits.map(describe), into: &lines)
        if includeHistory {
            section("History", value.history.map { entry in
                "\(entry.at)  \(entry.by): \(entry.change)"
            }, into: &lines)
        }
        return lines.joined(separator: "\n")
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
        if !person.livesInHousehold { parts.append("lives elsewhere") }
        switch person.parentalResponsibility {
        case true?: parts.append("has parental responsibility")
        case false?: parts.append("no parental responsibility")
        case nil: break
        }
        var text = parts.joined(separator: ", ")
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
        let names = plan.children.map { value.person(withID: $0)?.firstName ?? $0 }.joined(separator: ", ")
        var text = "\(plan.id): \(plan.type.displayName)"
        if let category = plan.category { text += " (\(category.rawValue))" }
        text += " for \(names), from \(plan.start)"
        if let end = plan.end { text += " to \(end.date): \(end.reason)" } else { text += ", open" }
        return text
    }

    private func describe(_ visit: Visit) -> String {
        let seen = value.describeSightings(visit, withReasons: true)
        var text = "\(visit.id) \(visit.date) \(visit.kind.rawValue) visit by \(visit.by): \(seen)"
        if let amended = visit.amends { text += " [corrects \(amended): \(visit.amendmentReason ?? "")]" }
        if let replacement = value.visits.first(where: { $0.amends == visit.id }) { text += " [corrected by \(replacement.id)]" }
        return text
    }
}
