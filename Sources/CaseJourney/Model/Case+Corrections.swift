/// The one path every correction and withdrawal takes: find the record by id, change only what
/// was wrong, and append what it said before, who changed it, on which day and why. Each kind
/// of record says which fields can change (`Case+PersonCorrections.swift` and its neighbours);
/// this file says how.
extension Case {
    /// Corrects the record `id` in `list`: `edit` changes its fields through `changes`, which
    /// notes each old value. Refuses a correction that changes nothing, and one with no reason.
    /// Returns the history line.
    mutating func correct<Record: Correctable>(
        _ list: WritableKeyPath<Case, [Record]>, _ id: String, kind: RecordKind, reason: String, by author: String,
        on date: CalendarDate, _ edit: (inout Record, inout FieldChanges) throws(CaseJourneyError) -> Void
    ) throws(CaseJourneyError) -> String {
        let reason = try Case.required(reason, "Say why the record was wrong with --reason: the correction is kept with it.")
        let index = try indexOfRecord(list, id, kind: kind)
        var record = self[keyPath: list][index]
        var changes = FieldChanges()
        try edit(&record, &changes)
        guard !changes.isEmpty else {
            throw .usage("That changes nothing in \(kind.rawValue) \(id): give the new value of what was wrong. Nothing was written.")
        }
        record.corrections = record.correctionList + [Correction(date: date, by: author, reason: reason, changes: changes.list)]
        self[keyPath: list][index] = record
        return "Corrected \(kind.rawValue) \(id) (\(reason)): " + changes.list.map(\.description).joined(separator: "; ")
    }

    /// Withdraws the record `id` in `list`: it stays in the file, marked with who withdrew it,
    /// when and why, and leaves every list and summary. Returns the history line.
    mutating func withdraw<Record: Correctable>(
        _ list: WritableKeyPath<Case, [Record]>, _ id: String, kind: RecordKind, reason: String, sameAs: String? = nil,
        by author: String, on date: CalendarDate
    ) throws(CaseJourneyError) -> String {
        let reason = try Case.required(reason, "Say why it is withdrawn with --reason (\"added twice\", \"logged on the wrong case\").")
        let index = try indexOfRecord(list, id, kind: kind)
        self[keyPath: list][index].withdrawal = Withdrawal(date: date, by: author, reason: reason, sameAs: sameAs)
        return "Withdrew \(kind.rawValue) \(id)" + (sameAs.map { " as the same as \($0)" } ?? "") + ": \(reason)"
    }

    /// The position of a record that has not been withdrawn; a plain-English error otherwise.
    func indexOfRecord<Record: Correctable>(_ list: WritableKeyPath<Case, [Record]>, _ id: String, kind: RecordKind) throws(CaseJourneyError) -> Int {
        let records = self[keyPath: list]
        guard let index = records.firstIndex(where: { $0.id == id }) else {
            let known = records.inForce.map(\.id)
            throw .usage("Case \(caseId) has no \(kind.rawValue) \(id)."
                + (known.isEmpty ? "" : " Its \(kind.rawValue) ids are: \(known.joined(separator: ", ")).")
                + (recordKind(of: id).map { " \(id) is \($0.withArticle)." } ?? ""))
        }
        if let withdrawal = records[index].withdrawal {
            throw .usage("\(kind.rawValue.capitalizedFirst) \(id) was withdrawn on \(withdrawal.date) by \(withdrawal.by) (\(withdrawal.reason)); it cannot be changed now.")
        }
        return index
    }
}

extension Optional where Wrapped == String {
    /// For a correction: nil leaves the field alone, "" empties it, other text replaces it.
    var asCorrection: String?? {
        guard let text = self?.trimmed else { return nil }
        return .some(text.isEmpty ? nil : text)
    }
}
