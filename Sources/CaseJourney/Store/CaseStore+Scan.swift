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
            results.set(index, Result { () throws(CaseJourneyError) in
                // Listing the whole store has found it; named cases are each checked as `read` checks them.
                try transform(try readStamped(ids[index], storeFound: wholeStore).value)
            })
        }
        // A whole-store reading also names files that look like cases but are not named as one.
        return StoreAnswer(results.values, misnamed: wholeStore ? try misnamedCaseFiles() : [])
    }
}

extension StoreAnswer {
    /// The rows read, in order, and the files that could not be read: the misnamed ones first.
    init(_ results: [Result<Row, CaseJourneyError>?], misnamed: [CaseJourneyError]) {
        self.init(rows: [], unreadable: misnamed)
        for result in results {
            switch result {
            case .success(let value): rows.append(value)
            case .failure(let error): unreadable.append(error)
            case nil: break
            }
        }
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
