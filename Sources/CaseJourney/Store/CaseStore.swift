import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of case files, one per family (`<store>/<case-id>.json`), with everything else the
/// tool keeps under `<store>/.casejourney/` (settings, locks).
///
/// Every change goes through `update`, which takes the case's lock, reads and validates the file,
/// applies the change, records it in the history, and writes the result atomically. A file that
/// does not read or validate is never overwritten.
public struct CaseStore: Sendable {
    public let path: String
    /// How long a change waits for another command working on the same case, in seconds.
    public var lockTimeout: Double
    /// Today, for refusing records of things dated after it (`$CJ_TODAY` or the clock).
    public var today: CalendarDate
    /// Called after each change is written, with the case before and after it: the command layer
    /// uses it to warn about jargon a family may read.
    public var afterChange: (@Sendable (_ before: Case, _ after: Case) -> Void)?
    /// Whether store-wide questions that can use the store's index do (`StoreIndex`); off, they
    /// read every case file.
    public var useIndex = true

    public init(path: String, lockTimeout: Double = 10, today: CalendarDate = .today()) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        self.lockTimeout = lockTimeout
        self.today = today
    }

    /// `--store`, else `$CJ_STORE`, else `./cases`; a leading `~` is the home folder.
    public static func resolvePath(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return expandingHome(explicit, environment: environment) }
        // Blank is unset, as an empty --store is refused: never a folder named " ".
        if let fromEnvironment = environment["CJ_STORE"], !fromEnvironment.allSatisfy(\.isWhitespace) {
            return expandingHome(fromEnvironment, environment: environment)
        }
        return "cases"
    }

    /// `~` and `~/x` as the home folder, as a shell would (a shell does not when the path is
    /// quoted or comes from a variable).
    static func expandingHome(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + path.dropFirst()
    }

    /// `$CJ_LOCK_TIMEOUT` seconds if set, else 10.
    public static func lockTimeout(environment: [String: String]) -> Double {
        environment["CJ_LOCK_TIMEOUT"].flatMap(Double.init) ?? 10
    }

    var internalFolder: String { path + "/.casejourney" }
    var locksFolder: String { internalFolder + "/locks" }
    /// Derived files that speed up store-wide questions (`StoreIndex`); safe to delete.
    var indexFolder: String { internalFolder + "/index" }
    public var settingsPath: String { internalFolder + "/settings.json" }

    public func casePath(_ id: String) -> String { "\(path)/\(id).json" }

    // MARK: Creating a store

    /// Creates the store's folders (0700) and default settings. Returns false when the store
    /// already existed; its settings are then left as they were.
    @discardableResult
    public func initialise() throws(CaseJourneyError) -> Bool {
        // A store inside another store's own folder would be read, and written, as that store's
        // settings, locks and index.
        if path.split(separator: "/").contains(".casejourney") {
            throw .usage("\(path) is inside a store's own .casejourney folder; choose a folder outside it for the new store.")
        }
        let existed = FileManager.default.fileExists(atPath: settingsPath)
        let emptyBefore = (try? FileManager.default.contentsOfDirectory(atPath: path))?.isEmpty ?? true
        for folder in [path, internalFolder, locksFolder] {
            try CaseStore.makeFolder(folder, withParents: folder == path, linkAllowed: folder == path)
        }
        if !existed {
            // An empty folder made before `cj init` (by mkdir, under a loose umask) becomes the
            // owner's only, like every folder cj makes: it is about to hold families' case files.
            // A folder that already holds other things (a home folder, say) is left as it is.
            if emptyBefore { chmod(path, 0o700) }
            try AtomicFile.write(Array(JSONWriter.write(CaseFileCodec.encodeTree(StoreSettings())).utf8),
                                 to: settingsPath)
        }
        return !existed
    }

    /// Makes `folder` (0700) unless it is there. Only the store itself may be a link: the
    /// store's own folders (`.casejourney`, its locks) are refused as links, so a planted link
    /// cannot send lock files, or anything else the store writes there, outside it.
    static func makeFolder(_ folder: String, withParents: Bool = false, linkAllowed: Bool = false) throws(CaseJourneyError) {
        var status = stat()
        if !linkAllowed, lstat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK {
            throw .cannotCreate(path: folder, reason: "it is a link, and the store's own folders must be plain folders inside it: remove the link")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .cannotCreate(path: folder, reason: "a file with that name is in the way") }
            return
        }
        if withParents {
            let parent = AtomicFile.parentFolder(of: folder)
            if !FileManager.default.fileExists(atPath: parent) {
                do {
                    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                } catch {
                    throw .cannotCreate(path: parent, reason: error.localizedDescription)
                }
            }
        }
        guard mkdir(folder, 0o700) == 0 else {
            guard errno == EEXIST else { throw .cannotCreate(path: folder, reason: describeErrno()) }
            return
        }
        // mkdir's mode is narrowed by the umask, never widened; set it exactly.
        chmod(folder, 0o700)
    }

    /// Throws `.noSuchStore` unless this is a case store: a folder `cj init` has set up. Any
    /// other folder is refused, so a wrong `--store` is never read as "no cases, nothing due".
    public func requireStore() throws(CaseJourneyError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: internalFolder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .noSuchStore(path: path)
        }
    }

    // MARK: Reading

    /// Every case id in the store, sorted.
    public func caseIDs() throws(CaseJourneyError) -> [String] {
        try requireStore()
        return Self.caseIDs(among: try fileNames())
    }

    /// The case ids and the misnamed case files in the store, from one look at the folder.
    func caseFiles() throws(CaseJourneyError) -> (ids: [String], misnamed: [CaseJourneyError]) {
        try requireStore()
        let names = try fileNames()
        return (Self.caseIDs(among: names), misnamedCaseFiles(among: names))
    }

    private static func caseIDs(among names: [String]) -> [String] {
        names.compactMap { name -> String? in
            guard name.hasSuffix(".json") else { return nil }
            let id = String(name.dropLast(5))
            return CaseID.isValid(id) ? id : nil
        }.sorted()
    }

    /// The names of the files in the store folder.
    private func fileNames() throws(CaseJourneyError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw .io(path: path, reason: error.localizedDescription)
        }
    }

    /// Files that look like case files but are not named as one (`GRE 07.json`, `Ash-01.JSON`):
    /// store-wide commands name them rather than leave a family out without a word.
    public func misnamedCaseFiles() throws(CaseJourneyError) -> [CaseJourneyError] {
        misnamedCaseFiles(among: try fileNames())
    }

    private func misnamedCaseFiles(among names: [String]) -> [CaseJourneyError] {
        names.sorted().compactMap { name -> CaseJourneyError? in
            guard name.lowercased().hasSuffix(".json"), !name.hasPrefix(".") else { return nil }
            let stem = String(name.dropLast(5))
            guard !(name.hasSuffix(".json") && CaseID.isValid(stem)) else { return nil }
            return .invalidFile(path: "\(path)/\(name)", problems: [CaseFileProblem(
                location: "its name", expected: "a case file is named after its case id, \(CaseID.rule), followed by .json; "
                    + "rename it or move it out of the store")])
        }
    }

    /// Reads and validates one case.
    public func read(_ id: String) throws(CaseJourneyError) -> Case {
        try readDecoded(id, keepingUnknownFields: false).value
    }

    /// Reads and validates one case, with the stamp its file had when it was opened. A reading
    /// of the whole store, whose listing of the folder has found the store, need not look for
    /// it again for every case (`storeFound`).
    func readStamped(_ id: String, storeFound: Bool) throws(CaseJourneyError) -> (value: Case, stamp: FileStamp) {
        let (decoded, stamp) = try readDecodedStamped(id, keepingUnknownFields: false, storeFound: storeFound)
        return (decoded.value, stamp)
    }

    func readDecoded(_ id: String, keepingUnknownFields: Bool = true) throws(CaseJourneyError) -> CaseFileCodec.Decoded {
        try readDecodedStamped(id, keepingUnknownFields: keepingUnknownFields).decoded
    }

    private func readDecodedStamped(
        _ id: String, keepingUnknownFields: Bool, storeFound: Bool = false
    ) throws(CaseJourneyError) -> (decoded: CaseFileCodec.Decoded, stamp: FileStamp) {
        if !storeFound { try requireStore() }
        let bytes: [UInt8], file: String, stamp: FileStamp
        do {
            (bytes, file, stamp) = try contents(of: id)
        } catch {
            // The store itself may have gone since it was listed: say so, as a single read would.
            if storeFound, case .noSuchCase = error { try requireStore() }
            throw error
        }
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(CaseJourneyError) in
                try CaseFileCodec.decode(buffer, path: file, expectedCaseID: id, keepingUnknownFields: keepingUnknownFields)
            }
        }
        return (try result.get(), stamp)
    }

    /// The bytes of a case file and its path; `.noSuchCase` with suggestions when there is none.
    ///
    /// A case file must be an ordinary file in the store: a link is not followed (a write would
    /// replace the link and leave its target behind, and a link can point anywhere), and a
    /// folder, a pipe or a device is refused before anything is read from it.
    func contents(of id: String) throws(CaseJourneyError) -> ([UInt8], path: String, stamp: FileStamp) {
        try CaseID.check(id)
        let file = casePath(id)
        let descriptor = open(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: throw .noSuchCase(id: id, suggestions: suggestions(for: id))
            case ELOOP: throw .io(path: file, reason: "it is a link, and a case file must be an ordinary file in the store")
            case EACCES: throw .io(path: file, reason: "permission to read it was refused (check its permissions)")
            default: throw .io(path: file, reason: describeErrno())
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .io(path: file, reason: describeErrno()) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .io(path: file, reason: "it is a folder, and a case file must be an ordinary file")
        default: throw .io(path: file, reason: "it is not an ordinary file (a pipe or a device, say)")
        }
        // The buffer is filled by `read` alone: zeroing it first would write every byte twice.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(status.st_size)) { buffer, filled in
            filled = Self.readFully(descriptor, into: buffer, failure: &failure)
        }
        // A file that grew while it was read is read to its end.
        if failure == 0, bytes.count == Int(status.st_size) {
            var probe: UInt8 = 0
            var count = withUnsafeMutablePointer(to: &probe) {
                Self.readFully(descriptor, into: UnsafeMutableBufferPointer(start: $0, count: 1), failure: &failure)
            }
            if count == 1 {
                bytes.append(probe)
                var chunk = [UInt8](repeating: 0, count: 65_536)
                repeat {
                    count = chunk.withUnsafeMutableBufferPointer { Self.readFully(descriptor, into: $0, failure: &failure) }
                    bytes += chunk[..<count]
                } while count == chunk.count
            }
        }
        if failure != 0 { throw .io(path: file, reason: describeErrno(failure)) }
        return (bytes, file, FileStamp(status))
    }

    /// Reads into `buffer` until it is full or the file ends; the number of bytes read.
    private static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, failure: inout Int32) -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = systemRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if count < 0, errno == EINTR { continue }
            if count < 0 { failure = errno }
            if count <= 0 { break }
            filled += count
        }
        return filled
    }

    /// Up to three existing ids that look like `id`, for "did you mean".
    public func suggestions(for id: String) -> [String] {
        let known = (try? caseIDs()) ?? []
        let wanted = id.lowercased()
        return known
            .map { ($0, editDistance($0.lowercased(), wanted)) }
            .filter { candidate, distance in
                distance <= max(2, wanted.count / 3) || candidate.lowercased().contains(wanted)
            }
            .sorted { $0.1 < $1.1 }
            .prefix(3)
            .map(\.0)
    }

    /// The team's settings; the built-in defaults when the store has no settings file. A settings
    /// file that is there but cannot be read (a folder, a broken link, no permission) is an
    /// error, never quietly the defaults: every due date depends on it.
    public func settings() throws(CaseJourneyError) -> StoreSettings {
        try requireStore()
        var status = stat()
        guard lstat(settingsPath, &status) == 0 else {
            if errno == ENOENT { return StoreSettings() }
            throw .io(path: settingsPath, reason: describeErrno())
        }
        guard let data = FileManager.default.contents(atPath: settingsPath) else {
            let what = (status.st_mode & S_IFMT) == S_IFDIR ? "it is a folder, not a file"
                : (status.st_mode & S_IFMT) == S_IFLNK ? "it is a link to a file that cannot be read"
                : "it could not be read (check its permissions)"
            throw .io(path: settingsPath, reason: what)
        }
        return try StoreSettings.read(Array(data), path: settingsPath)
    }

    // MARK: Writing

    /// Creates a new case file; fails if the id is taken.
    @discardableResult
    public func create(_ newCase: Case, by author: String) throws(CaseJourneyError) -> Case {
        try CaseID.check(newCase.caseId)
        try requireStore()
        let lock = try lock(newCase.caseId, holder: "\(author) (creating the case)")
        defer { lock.release() }
        // Held by everyone creating this id in any mix of capitals, so two people cannot each
        // create a case whose ids differ only in capitals at the same moment.
        let naming = try CaseLock(path: "\(locksFolder)/.new-\(newCase.caseId.lowercased()).lock", caseID: newCase.caseId,
                                  holder: "\(author) (creating the case)", timeout: lockTimeout)
        defer { naming.release() }
        let sharing = try startSharedChange(holder: author)
        defer { sharing?.lock.release() }
        // Anything already at the case file's name, even a link to nothing, is in the way.
        var status = stat()
        guard lstat(casePath(newCase.caseId), &status) != 0 else {
            throw .caseExists(id: newCase.caseId)
        }
        if CaseID.isReservedName(newCase.caseId) {
            throw .usage("\(newCase.caseId) cannot be a case id: Windows keeps that name for a device, so the case file could not "
                + "be copied to a Windows computer. Choose another, for example \(newCase.caseId)-01.")
        }
        // Some disks (a Mac's, a Windows computer's) treat ASH-01 and ash-01 as one file name.
        if let twin = (try? caseIDs())?.first(where: { $0.caseInsensitiveCompare(newCase.caseId) == .orderedSame }) {
            throw .usage("A case \(twin) already exists, and \(newCase.caseId) differs from it only in capital letters, which some "
                + "computers cannot tell apart. Choose another id, or use `cj case show \(twin)`.")
        }
        guard !newCase.familyName.isBlank, !newCase.familyName.contains(where: \.isNewline) else {
            throw .usage("Give the family's name on one line, e.g. --family \"Ashworth\".")
        }
        try TextInput.check(newCase.familyName, field: "family's name", multiline: false)
        var created = newCase
        created.record("Opened case \(created.caseId) for the \(created.familyName) family", by: author)
        let problems = CaseValidator.problems(in: created, expectedCaseID: created.caseId)
        guard problems.isEmpty else {
            throw .usage("Case \(created.caseId) cannot be opened like that:\n" + problems.map { "  - \($0)" }.joined(separator: "\n"))
        }
        try AtomicFile.write(CaseFileCodec.encode(created), to: casePath(created.caseId))
        if sharing != nil { try commitCase(created.caseId, author: author) }
        return created
    }

    /// Applies `change` to the case under its lock and writes the result atomically.
    ///
    /// `change` edits the case and returns a one-line description for the history; if it throws,
    /// nothing is written. Fields this version does not know are carried through unchanged.
    @discardableResult
    public func update(
        _ id: String, by author: String,
        _ change: (inout Case) throws(CaseJourneyError) -> String
    ) throws(CaseJourneyError) -> Case {
        try CaseID.check(id)
        try requireStore()
        let lock = try lock(id, holder: author)
        defer { lock.release() }
        let sharing = try startSharedChange(holder: author)
        defer { sharing?.lock.release() }
        let decoded = try readDecoded(id)
        var updated = decoded.value
        let description = try NewRecordIDs.with(tag: sharing?.tag) { () throws(CaseJourneyError) in try change(&updated) }
        if let future = updated.newFutureDate(comparedWith: decoded.value, today: today) {
            throw .usage("\(future.what.capitalizedFirst) would be dated \(future.date), after today (\(today)). Only what has "
                + "happened is recorded; booked meetings and due dates may be in the future. Nothing was written.")
        }
        let problems = CaseValidator.problems(in: updated, expectedCaseID: id)
        guard problems.isEmpty else {
            // A rule the change itself should have enforced: refuse rather than write bad data.
            throw .usage("That change would leave case \(id) inconsistent, so nothing was written:\n"
                + problems.map { "  - \($0)" }.joined(separator: "\n"))
        }
        updated.record(description, by: author)
        try AtomicFile.write(CaseFileCodec.encode(updated, preserving: decoded.unknownFields), to: casePath(id))
        if sharing != nil { try commitCase(id, author: author) }
        afterChange?(decoded.value, updated)
        return updated
    }

    /// Takes the case's lock (see `CaseLock`), then removes any temporary copy of the case file
    /// a writer killed part-way left behind: with the lock held, no one else is writing it.
    public func lock(_ id: String, holder: String) throws(CaseJourneyError) -> CaseLock {
        try CaseStore.makeFolder(internalFolder)
        try CaseStore.makeFolder(locksFolder)
        let lock = try CaseLock(path: "\(locksFolder)/\(id).lock", caseID: id, holder: holder, timeout: lockTimeout)
        AtomicFile.removeLeftovers(of: casePath(id))
        return lock
    }
}

extension Case {
    /// Bumps the revision and appends a history entry.
    mutating func record(_ change: String, by author: String) {
        revision += 1
        history.append(HistoryEntry(at: Timestamp.now(), by: author, change: change, revision: revision))
    }
}

/// Levenshtein distance, for suggesting case ids.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1,
                             previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
