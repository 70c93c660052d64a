extension Case {
    /// What `earlier` held that this copy of the case no longer does: each record, by kind and id,
    /// and the lines of history. cj never removes either (a record is withdrawn, with a reason,
    /// and history is only added to), so anything listed was removed outside cj.
    public func losses(since earlier: Case) -> [String] {
        let records = Set(allRecords.map { "\($0.kind.rawValue) \($0.record.id)" })
        var lost = earlier.allRecords.map { "\($0.kind.rawValue) \($0.record.id)" }.filter { !records.contains($0) }
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
