/// Collects the problems found in one part of a case file, with the checks most rules share.
struct ProblemList {
    private(set) var problems: [CaseFileProblem] = []

    mutating func report(_ path: [JSONPathComponent], _ found: String?, _ expected: String) {
        problems.append(CaseFileProblem(location: path.dottedPath, found: found, expected: expected))
    }

    /// Reports blank and repeated ids in the list at `key`; returns the ids.
    mutating func ids(_ ids: [String], at key: [JSONPathComponent]) -> Set<String> {
        var seen = Set<String>(minimumCapacity: ids.count)
        for (index, id) in ids.enumerated() {
            if id.isBlank {
                report(key + [.index(index), .key("id")], quoted(id), "expected an id")
            } else if !seen.insert(id).inserted {
                report(key + [.index(index), .key("id")], quoted(id), "expected an id not used earlier in the list")
            }
        }
        return seen
    }

    mutating func text(_ value: String, at path: [JSONPathComponent], _ expected: String) {
        if value.isBlank { report(path, quoted(value), expected) }
    }

    mutating func reference(_ id: String, in known: Set<String>, at path: [JSONPathComponent], _ expected: String) {
        if !known.contains(id) { report(path, quoted(id), expected) }
    }

    mutating func participants(_ list: [Participant], at path: [JSONPathComponent], in value: Case) {
        for (index, participant) in list.enumerated() {
            self.participant(participant, at: path + [.index(index)], in: value)
        }
    }

    mutating func participant(_ participant: Participant, at path: [JSONPathComponent], in value: Case) {
        text(participant.name, at: path + [.key("name")], "expected the person's name")
        if let id = participant.person, value.person(withID: id) == nil {
            report(path + [.key("person")], quoted(id), "expected the id of a person in this case")
        }
        if let id = participant.professional, !value.professionals.contains(where: { $0.id == id }) {
            report(path + [.key("professional")], quoted(id), "expected the id of a professional in this case")
        }
    }

    /// A date that must not come before `earliest`.
    mutating func date(_ date: CalendarDate?, notBefore earliest: CalendarDate, at path: [JSONPathComponent], _ what: String) {
        if let date, date < earliest { report(path, quoted(date.description), "expected a date on or after \(what), \(earliest)") }
    }

    func quoted(_ text: String) -> String { "\"\(text.oneLine)\"" }
}
