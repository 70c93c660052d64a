/// The rules a decoded case must satisfy beyond its JSON shape: ids unique, references resolve,
/// dates in order. Every broken rule is reported, not just the first.
public enum CaseValidator {
    public static func problems(in value: Case, expectedCaseID: String? = nil) -> [CaseFileProblem] {
        var list = ProblemList()
        func report(_ path: [JSONPathComponent], _ found: String?, _ expected: String) {
            list.report(path, found, expected)
        }

        if value.schemaVersion < 1 {
            report([.key("schemaVersion")], "\(value.schemaVersion)", "expected 1 or more")
        }
        if let expectedCaseID, value.caseId != expectedCaseID {
            report([.key("caseId")], quoted(value.caseId),
                   "expected \(quoted(expectedCaseID)), the name of the file")
        }
        if !CaseID.isValid(value.caseId) {
            report([.key("caseId")], quoted(value.caseId), "expected \(CaseID.rule)")
        }
        if value.revision < 0 || value.revision > maximumRevision {
            report([.key("revision")], "\(value.revision)", "expected a whole number from 0 to \(maximumRevision)")
        }
        if value.familyName.isBlank {
            report([.key("familyName")], quoted(value.familyName), "expected the family's name")
        }
        // Names are shown on one line in every list and table; a line break or control character
        // in one can only come from a hand edit, and could make a made-up row.
        func checkOneLine(_ name: String, _ path: @autoclosure () -> [JSONPathComponent]) {
            guard name.unicodeScalars.contains(where: TextInput.isRefused) else { return }
            report(path(), quoted(name), "expected a name on one line, with no line break, tab or control character")
        }
        checkOneLine(value.familyName, [.key("familyName")])
        for (index, person) in value.people.enumerated() { checkOneLine(person.name, [.key("people"), .index(index), .key("name")]) }
        for (index, professional) in value.professionals.enumerated() {
            checkOneLine(professional.name, [.key("professionals"), .index(index), .key("name")])
        }
        for (index, allocation) in value.allocations.enumerated() {
            checkOneLine(allocation.worker, [.key("allocations"), .index(index), .key("worker")])
        }

        let peopleIDs = list.ids(value.people.map(\.id), at: [.key("people")])
        // Withdrawn children still count: old records name them.
        let childIDs = Set(value.people.filter(\.isChild).map(\.id))
        for (index, person) in value.people.enumerated() {
            let path: [JSONPathComponent] = [.key("people"), .index(index)]
            if person.name.isBlank {
                report(path + [.key("name")], quoted(person.name), "expected the person's name")
            }
            for (position, other) in (person.confidentialFrom ?? []).enumerated() where !peopleIDs.contains(other) || other == person.id {
                report(path + [.key("confidentialFrom"), .index(position)], quoted(other),
                       "expected the id of another person in this case")
            }
        }

        _ = list.ids(value.professionals.map(\.id), at: [.key("professionals")])

        _ = list.ids(value.allocations.map(\.id), at: [.key("allocations")])
        let liveAllocations = value.allocations.indices.filter { !value.allocations[$0].isWithdrawn }
        for (index, allocation) in value.allocations.enumerated() {
            let path: [JSONPathComponent] = [.key("allocations"), .index(index)]
            if allocation.worker.isBlank {
                report(path + [.key("worker")], quoted(allocation.worker), "expected the social worker's name")
            }
            if let to = allocation.to, to < allocation.from {
                report(path + [.key("to")], quoted(to.description), "expected a date on or after \(allocation.from)")
            }
            guard !allocation.isWithdrawn, let position = liveAllocations.firstIndex(of: index) else { continue }
            if allocation.to == nil, position != liveAllocations.count - 1 {
                report(path + [.key("to")], nil,
                       "only the latest allocation may be open; an earlier one needs the date it ended")
            }
            if position > 0 {
                let previous = value.allocations[liveAllocations[position - 1]]
                if allocation.from < previous.from {
                    report(path + [.key("from")], quoted(allocation.from.description),
                           "expected allocations in date order, after \(previous.from)")
                } else if let end = previous.to, allocation.from < end {
                    report(path + [.key("from")], quoted(allocation.from.description),
                           "a day on or after \(end), when \(previous.worker)'s allocation ended")
                }
            }
        }

        _ = list.ids(value.plans.map(\.id), at: [.key("plans")])
        for (index, plan) in value.plans.enumerated() {
            let path: [JSONPathComponent] = [.key("plans"), .index(index)]
            if plan.children.isEmpty {
                report(path + [.key("children")], "an empty list", "expected at least one child")
            }
            for (position, child) in plan.children.enumerated() where !childIDs.contains(child) {
                report(path + [.key("children"), .index(position)], quoted(child),
                       "expected the id of a child in this case")
            }
            switch (plan.type, plan.category) {
            case (.childProtection, nil):
                report(path + [.key("category")], nil,
                       "a child protection plan needs a category: \(PlanCategory.acceptedValues)")
            case (.childInNeed, let category?):
                report(path + [.key("category")], quoted(category.rawValue),
                       "a child in need plan has no category; remove it")
            default:
                break
            }
            if let end = plan.end {
                if end.date < plan.start {
                    report(path + [.key("end"), .key("date")], quoted(end.date.description),
                           "expected a date on or after the plan's start, \(plan.start)")
                }
                if end.reason.isBlank {
                    report(path + [.key("end"), .key("reason")], quoted(end.reason), "expected why the plan ended")
                }
            }
        }

        let visitIDs = list.ids(value.visits.map(\.id), at: [.key("visits")])
        // By position: a case holds visits by the hundred, and copying each whole visit to check
        // two of its fields cost more than the checks.
        for index in value.visits.indices {
            // Made only for a problem: a path is a list, and a case has visits by the hundred.
            func path() -> [JSONPathComponent] { [.key("visits"), .index(index)] }
            for (position, sighting) in value.visits[index].children.enumerated() where !childIDs.contains(sighting.child) {
                report(path() + [.key("children"), .index(position), .key("child")], quoted(sighting.child),
                       "expected the id of a child in this case")
            }
            if let amended = value.visits[index].amends {
                if !visitIDs.contains(amended) || amended == value.visits[index].id {
                    report(path() + [.key("amends")], quoted(amended), "expected the id of an earlier visit")
                }
                if (value.visits[index].amendmentReason ?? "").isBlank {
                    report(path() + [.key("amendmentReason")], nil, "a correction needs the reason the first record was wrong")
                }
            }
        }

        let planIDs = Set(value.plans.map(\.id))
        _ = list.ids(value.expectations.map(\.id), at: [.key("expectations")])
        for (index, expectation) in value.expectations.enumerated() {
            let path: [JSONPathComponent] = [.key("expectations"), .index(index)]
            if let plan = expectation.plan {
                if !planIDs.contains(plan) {
                    report(path + [.key("plan")], quoted(plan), "expected the id of a plan in this case")
                }
            } else if expectation.what.isVisit {
                report(path + [.key("plan")], nil, "a visit expectation needs the id of a plan in this case")
            }
            if let child = expectation.child {
                if !childIDs.contains(child) {
                    report(path + [.key("child")], quoted(child), "expected the id of a child in this case")
                } else if !expectation.what.isVisit {
                    report(path + [.key("child")], quoted(child), "only visit expectations apply to one child; remove it")
                }
            }
            if let interval = expectation.interval, let problem = interval.problem {
                report(path + [.key("interval"), .key("count")], "\(interval.count)", problem)
            }
            if expectation.notExpected == true && (expectation.what != .seenAlone || expectation.interval != nil) {
                report(path + [.key("notExpected")], "true", "only seeing a child alone can be marked not expected, and then without an interval")
            }
            if expectation.reason.isBlank {
                report(path + [.key("reason")], quoted(expectation.reason), "expected why the expectation was set")
            }
        }

        var revisionReported = false
        for (index, entry) in value.history.enumerated() {
            if entry.by.isBlank {
                report([.key("history"), .index(index), .key("by")], quoted(entry.by), "expected who made the change")
            }
            if !Timestamp.isWellFormed(entry.at) {
                report([.key("history"), .index(index), .key("at")], quoted(entry.at),
                       "expected when the change was made, in UTC, e.g. \"2026-11-23T17:09:07Z\"")
            }
            // A revision set back by hand would make the next change repeat a revision number.
            if let revision = entry.revision, revision > value.revision, !revisionReported {
                revisionReported = true
                report([.key("revision")], "\(value.revision)",
                       "expected \(revision) or more: history[\(index)] records the case reaching revision \(revision)")
            }
        }
        return list.problems + planContentProblems(in: value) + meetingProblems(in: value) + recordProblems(in: value)
    }

    static func quoted(_ text: String) -> String { "\"\(text.oneLine)\"" }

    /// Far more changes than one case could ever have, and far from where counting on would
    /// overflow.
    static let maximumRevision = 1_000_000_000
}

extension String {
    /// The text without leading and trailing white space.
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    /// The text with its first letter in capitals.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// True for empty text or text of nothing but white space; cheap on the common non-blank case.
    var isBlank: Bool {
        utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
