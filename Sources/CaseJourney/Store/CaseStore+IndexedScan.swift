import Foundation

extension CaseStore {
    /// `scan` of the whole store for a question whose answer for each case depends only on the
    /// case's file and on `question`, taking from the store's index what it gave before for each
    /// file that has not changed since, and keeping in the index what it reads now. The answer
    /// is the one a full reading gives; only the time differs.
    func scan<Value: Codable & Sendable>(
        indexedAs question: StoreQuestion?, _ transform: @Sendable (Case) throws(CaseJourneyError) -> Value
    ) throws(CaseJourneyError) -> StoreAnswer<Value> {
        guard useIndex, let question else { return try scan(transform) }
        var index = StoreIndex<Value>(store: self, question: question)
        // The clock is read before any file is looked at, so a file changed while this runs is
        // never taken as settled.
        let clock = index.clock()
        let (ids, misnamed) = try caseFiles()
        let results = ConcurrentResults<Result<Value, CaseJourneyError>>(count: ids.count)
        let kept = ConcurrentResults<StoreIndex<Value>.Entry>(count: ids.count)
        let fromIndex = ConcurrentResults<Bool>(count: ids.count)
        let previous = index
        DispatchQueue.concurrentPerform(iterations: ids.count) { position in
            let id = ids[position]
            if let entry = previous.entry(for: id, at: casePath(id)) {
                results.set(position, .success(entry.value))
                kept.set(position, entry)
                fromIndex.set(position, true)
                return
            }
            let result = Result { () throws(CaseJourneyError) in
                let (value, stamp) = try readStamped(id, storeFound: true)
                return (try transform(value), stamp)
            }
            results.set(position, result.map(\.0))
            if case .success(let (value, stamp)) = result, let clock, stamp.isSettled(before: clock) {
                kept.set(position, StoreIndex.Entry(id: id, stamp: stamp, value: value))
            }
        }
        let entries = kept.values.compactMap { $0 }
        if clock != nil { index.save(entries) }
        var scan = StoreAnswer(results.values, misnamed: misnamed)
        scan.takenFromIndex = fromIndex.values.count { $0 == true }
        // Every case read cleanly and was settled: the answer can be saved with this state.
        if entries.count == ids.count, scan.unreadable.isEmpty {
            scan.state = StoreState(files: entries.map { StoreState.File(id: $0.id, stamp: $0.stamp) })
            scan.question = question
        }
        return scan
    }
}
