/// Ids for new records. In a store shared through git, each copy has a short tag of its own and
/// every id it gives ends in it (`v14-k7q`), so two workers adding a visit to one family while
/// offline never give two different visits the same id.
public enum NewRecordIDs {
    /// The tag of the copy making the change; nil in a store that is not shared.
    @TaskLocal public static var cloneTag: String?

    /// Runs `body` with `tag` as the copy's tag.
    static func with<Value>(tag: String?, _ body: () throws(CaseJourneyError) -> Value) throws(CaseJourneyError) -> Value {
        let result = $cloneTag.withValue(tag) { Result { () throws(CaseJourneyError) in try body() } }
        return try result.get()
    }

    static func tagged(_ id: String) -> String {
        cloneTag.map { "\(id)-\($0)" } ?? id
    }
}
