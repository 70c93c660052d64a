/// `--worker NAME`: which social worker's cases a report is limited to.
///
/// A manager's morning list must never read "nothing overdue" because of a typing mistake, so a
/// name that matches nobody holding a case is an error that lists who does. A name matches a
/// worker's full name or, when only one worker has it, their first name, however it is typed
/// (case, accents and apostrophes are ignored: "Eilis Ni" finds Éilís Ní).
///
/// `unallocated` (when no worker has that name) stands for the cases no social worker holds, so
/// a manager can list what needs allocating.
public struct WorkerFilter: Sendable {
    /// The full name of the worker the filter stands for; nil for the cases nobody holds.
    public let worker: String?

    /// `knownWorkers`: everyone holding a case in the store on the day the report is for.
    public init(_ name: String, knownWorkers: some Sequence<String>) throws(CaseJourneyError) {
        let known = Set(knownWorkers).sorted()
        let wanted = name.trimmed
        if let exact = known.first(where: { NameKey.same($0, wanted) }) {
            worker = exact
            return
        }
        if NameKey.same(wanted, "unallocated") {
            worker = nil
            return
        }
        let byFirstName = known.filter { $0.split(separator: " ").first.map { NameKey.same(String($0), wanted) } ?? false }
        if byFirstName.count == 1 {
            worker = byFirstName[0]
            return
        }
        let listed = known.isEmpty ? "No case in this store has a social worker on that day." : "Workers holding cases: \(known.joined(separator: ", "))."
        if byFirstName.count > 1 {
            throw .usage("More than one worker is called \(name): \(byFirstName.joined(separator: ", ")). Give the full name.")
        }
        throw .usage("No case is held by a worker called \(name) on that day. \(listed) "
            + "--worker unallocated lists the cases nobody holds.")
    }

    public func matches(_ holder: String?) -> Bool {
        holder == worker
    }
}
