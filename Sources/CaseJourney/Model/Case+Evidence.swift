/// Evidence of progress, and actions achieved on it.
extension Case {
    /// Records a piece of evidence; with `achieves`, each named action is done on it (on the
    /// evidence's day, or the day the action was added when the evidence came first). Returns
    /// the history line; the evidence is `evidence.last`.
    public mutating func addEvidence(
        _ text: String, for personReference: String?, from source: String, kind: EvidenceSource, on date: CalendarDate,
        actions actionIDs: [String], outcomes outcomeIDs: [String], achieves: Bool, by author: String, today: CalendarDate,
        privacy: PrivacyRequest = .none
    ) throws(CaseJourneyError) -> String {
        let text = try Case.required(text, "Say what the evidence shows, e.g. \"Finished the 12-week parenting course\".")
        let person = try personReference.map { reference throws(CaseJourneyError) in try self.person(reference).id }
        let from = try participant(source)
        if kind == .professional && from.person != nil {
            throw .usage("\(from.name) is in the family; use --kind family for what the family brings.")
        }
        if kind == .family && from.professional != nil {
            throw .usage("\(from.name) is a professional; use --kind professional for what a professional saw.")
        }
        for id in actionIDs where !actions.contains(where: { $0.id == id && !$0.isWithdrawn }) {
            throw .usage("Case \(caseId) has no action \(id). `cj plan show \(caseId)` lists its actions.")
        }
        for id in outcomeIDs where !outcomes.contains(where: { $0.id == id && !$0.isWithdrawn }) {
            throw .usage("Case \(caseId) has no outcome \(id). `cj plan show \(caseId)` lists its outcomes.")
        }
        if achieves && actionIDs.isEmpty { throw .usage("--achieves needs the actions it achieves, with --action.") }
        var item = Evidence(id: newRecordID("ev", count: evidence.count), date: date, person: person, source: kind, from: from,
                            text: text, by: author, recordedOn: today)
        item.actions = actionIDs.isEmpty ? nil : actionIDs
        item.outcomes = outcomeIDs.isEmpty ? nil : outcomeIDs
        try mark(&item, privacy)
        evidence.append(item)
        var line = "Recorded evidence \(item.id) dated \(date) from \(from.description): \(text.oneLine)"
        if !actionIDs.isEmpty { line += "; for " + actionIDs.joined(separator: ", ") }
        if !outcomeIDs.isEmpty { line += (actionIDs.isEmpty ? "; for " : ", ") + outcomeIDs.joined(separator: ", ") }
        if achieves {
            for id in actionIDs {
                let added = actions.first { $0.id == id }!.added
                line += "; " + (try completeAction(id, on: max(date, added), by: author, note: "Achieved on evidence \(item.id): \(text.oneLine)"))
            }
        }
        return line + item.markingDescription(in: self)
    }
}
