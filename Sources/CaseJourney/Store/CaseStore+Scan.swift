import Foundation

extension CaseStore {
    /// Reads every case in the store (or those in `ids`), on all cores, keeping only what
    /// `transform` returns (in case-id order) so memory stays flat however large the store. A case that cannot be
    /// read, or that `transform` refuses, does not stop the others.
    public func scan<Value: Sendable>(
        ids: [String]? = nil, _ transform: @Sendable (Case) throws(CaseJourneyError) -> Value
    ) throws(CaseJourneyError) -> StoreAnswer<Value> {
        let wholeStore = ids == nil
        let ids = if let ids { ids } else { try caseIDs() }
        let results = ConcurrentResults<Result<Value, CaseJourneyError>>(count: ids.count)
        DispatchQueue.concurrentPerform(iterations: ids.count) { index in
            results.set(index, Result { () throws(CaseJourneyError) in try transform(try read(ids[index])) })
        }
        // A whole-store reading also names files that look like cases but are not named as one.
        var scan = StoreAnswer<Value>(rows: [], unreadable: wholeStore ? try misnamedCaseFiles() : [])
        for result in results.values {
            switch result {
            case .success(let value): scan.rows.append(value)
            case .failure(let error): scan.unreadable.append(error)
            case nil: break
            }
        }
        return scan
    }
}

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
                let (value, stamp) = try readStamped(id)
                return (try transform(value), stamp)
            }
            results.set(position, result.map(\.0))
            if case .success(let (value, stamp)) = result, let clock, stamp.isSettled(before: clock) {
                kept.set(position, StoreIndex.Entry(id: id, stamp: stamp, value: value))
            }
        }
        let entries = kept.values.compactMap { $0 }
        if clock != nil { index.save(entries) }
        var scan = StoreAnswer<Value>(rows: [], unreadable: misnamed)
        for result in results.values {
            switch result {
            case .success(let value): scan.rows.append(value)
            case .failure(let error): scan.unreadable.append(error)
            case nil: break
            }
        }
        scan.takenFromIndex = fromIndex.values.count { $0 == true }
        // Every case read cleanly and was settled: the answer can be saved with this state.
        if entries.count == ids.count, scan.unreadable.isEmpty {
            scan.state = StoreState(files: entries.map { StoreState.File(id: $0.id, stamp: $0.stamp) })
            scan.question = question
        }
        return scan
    }
}

/// A fixed-size array filled from several threads, each writing its own slot.
public final class ConcurrentResults<Element>: @unchecked Sendable {
    private var storage: [Element?]
    private let lock = NSLock()

    public init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    public func set(_ index: Int, _ value: Element) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    public var values: [Element?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
