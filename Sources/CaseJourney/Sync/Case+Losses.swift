extension Case {
    /// What `earlier` held that this copy of the case no longer does, or holds changed: each
    /// record, by kind and id, its corrections and its withdrawal, which visit an amendment
    /// corrects, a conference's reports, an action's events, the merge conflicts and how they were
    /// settled, and the lines of history. cj never removes or rewrites any of them (a record is
    /// withdrawn, with a reason, and the rest are only added to), so anything listed was changed
    /// outside cj.
    ///
    /// The one exception is a whole case kept in place of another when two copies could not be
    /// combined: the other is kept whole in the conflict (`MergeConflict`), so a new whole-case
    /// conflict, or a new settlement of one, explains what the file no longer holds.
    public func losses(since earlier: Case) -> [String] {
        let wholeCase = { (value: Case) in value.conflicts.filter(\.path.isEmpty).map { "\($0.id) \($0.resolution?.kept ?? "open")" } }
        guard wholeCase(self) == wholeCase(earlier) else { return [] }
        var lost: [String] = []
        let now = Dictionary(allRecords.map { ("\($0.kind.rawValue) \($0.record.id)", $0.record) }, uniquingKeysWith: { first, _ in first })
        for (kind, record) in earlier.allRecords {
            let name = "\(kind.rawValue) \(record.id)"
            guard let current = now[name] else {
                lost.append(name)
                continue
            }
            // Corrections are only added to (a merge may interleave two copies' new ones), and a
            // withdrawal is for good: each as it was written.
            let gone = record.correctionList.count { !current.correctionList.contains($0) }
            if gone > 0 { lost.append("\(gone) correction\(gone == 1 ? "" : "s") of \(name) as written") }
            if let withdrawal = record.withdrawal, current.withdrawal != withdrawal { lost.append("the withdrawal of \(name)") }
        }
        for visit in earlier.visits where visit.amends != nil {
            if let current = visits.first(where: { $0.id == visit.id }), current.amends != visit.amends {
                lost.append("which visit \(visit.id) corrects")
            }
        }
        for conflict in earlier.conflicts {
            guard let current = conflicts.first(where: { $0.id == conflict.id }) else {
                lost.append("conflict \(conflict.id)")
                continue
            }
            // Two copies that settled it differently open it again, saying so in its description.
            let reopened = current.resolution == nil && current.about != conflict.about
            if let resolution = conflict.resolution, current.resolution != resolution, !reopened {
                lost.append("how conflict \(conflict.id) was settled")
            }
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
