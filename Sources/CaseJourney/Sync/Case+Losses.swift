extension Case {
    /// What `earlier` held that this copy of the case no longer does: each record, by kind and
    /// id, a conference's reports, an action's events, the corrections of each record, and the
    /// lines of history. cj never removes any of them (a record is withdrawn, with a reason, and
    /// the rest are only added to), so anything listed was removed outside cj.
    ///
    /// The one exception is a whole case kept in place of another when two copies could not be
    /// combined: the other is kept whole in the conflict (`MergeConflict`), so a new whole-case
    /// conflict, or a new settlement of one, explains what the file no longer holds.
    public func losses(since earlier: Case) -> [String] {
        let wholeCase = { (value: Case) in value.conflicts.filter(\.path.isEmpty).map { "\($0.id) \($0.resolution?.kept ?? "open")" } }
        guard wholeCase(self) == wholeCase(earlier) else { return [] }
        var lost: [String] = []
        let now = Dictionary(allRecords.map { ("\($0.kind.rawValue) \($0.record.id)", $0.record.correctionList.count) },
                             uniquingKeysWith: { first, _ in first })
        for (kind, record) in earlier.allRecords {
            let name = "\(kind.rawValue) \(record.id)"
            guard let corrections = now[name] else {
                lost.append(name)
                continue
            }
            let gone = record.correctionList.count - corrections
            if gone > 0 { lost.append("\(gone) correction\(gone == 1 ? "" : "s") of \(name)") }
        }
        for action in earlier.actions {
            let gone = action.history.count - (actions.first { $0.id == action.id }?.history.count ?? action.history.count)
            if gone > 0 { lost.append("\(gone) step\(gone == 1 ? "" : "s") of action \(action.id)") }
        }
        for conference in earlier.conferences {
            let reports = Set(conferences.first { $0.id == conference.id }?.reports.map(\.id) ?? conference.reports.map(\.id))
            for report in conference.reports where !reports.contains(report.id) { lost.append("report \(report.id) of conference \(conference.id)") }
        }
        let lines = Set(history.map(\.identity))
        let gone = earlier.history.count { !lines.contains($0.identity) }
        if gone > 0 { lost.append("\(gone) line\(gone == 1 ? "" : "s") of its history") }
        return lost
    }
}

extension HistoryEntry {
    /// The entry as a whole, for finding it in another copy's history.
    fileprivate var identity: String { "\(at)\u{1f}\(by)\u{1f}\(change)\u{1f}\(revision.map(String.init) ?? "")" }
}
