import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A case store shared by a team as a git repository: every change is one commit of one case
/// file, authored by the worker who made it, and `sync` exchanges them with the team's server.
///
/// A store without git works exactly as before; these are used only once `cj init --git` or
/// `cj store clone` has made the store a repository.
extension CaseStore {
    /// What git must never hold: each computer's locks, temporary copies and tag, and anything
    /// derived from the case files.
    static let ignoredByGit = """
        # Kept on this computer only: locks, temporary copies, this copy's own tag, derived indexes.
        /.casejourney/locks/
        /.casejourney/clone.json
        /.casejourney/index/
        .*.tmp
        """ + "\n"

    /// Case files are merged by CaseJourney, record by record, and the team settings setting by
    /// setting; nothing else is.
    static let gitAttributes = """
        /*.json merge=casejourney
        /.casejourney/settings.json merge=casejourney
        """ + "\n"

    /// True when the store is a git repository.
    /// A store inside a git repository someone made for their own reasons is not shared until
    /// `cj init --git` sets it up: the merge it registers is the sign.
    public var isShared: Bool {
        guard FileManager.default.fileExists(atPath: path + "/.git") else { return false }
        return [path + "/.git/info/attributes", path + "/.gitattributes"].contains { file in
            FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self).contains("merge=casejourney") } ?? false
        }
    }

    var git: Git { Git(folder: path) }

    // MARK: Setting up

    /// Makes the store a git repository (creating the store first if needed), registers the
    /// merge driver, and commits what is there. Returns false when it already was one.
    ///
    /// - Parameters:
    ///   - mergeDriver: the command git runs to merge two copies of a case file.
    ///   - remote: the team's server, when there is one already.
    @discardableResult
    public func share(by author: String, mergeDriver: String, remote: String? = nil) throws(CaseJourneyError) -> Bool {
        guard Git.program() != nil else { throw .gitUnavailable }
        try initialise()
        let wasShared = isShared
        if !FileManager.default.fileExists(atPath: path + "/.git") {
            try git.succeed(["init", "--quiet", "--initial-branch=main"], doing: "make \(path) a git repository")
        }
        let lock = try storeLock(holder: "\(author) (setting up git)")
        defer { lock.release() }
        try writeIfChanged(CaseStore.ignoredByGit, to: path + "/.gitignore")
        try writeIfChanged(CaseStore.gitAttributes, to: path + "/.gitattributes")
        try configure(mergeDriver: mergeDriver)
        _ = try cloneTag()
        if let remote {
            let existing = try git.run(["remote", "get-url", "origin"])
            let action = existing.succeeded ? ["remote", "set-url", "origin", remote] : ["remote", "add", "origin", remote]
            try git.succeed(action, doing: "record the team's server \(remote)")
        }
        try git.succeed(["add", "--all", "--", "."], doing: "add the store's files to git")
        let staged = try git.run(["diff", "--cached", "--quiet"])
        if !staged.succeeded {
            try commit(message: wasShared ? "Set up the case store for sharing again" : "Shared the case store through git",
                       author: author, paths: nil)
        }
        return !wasShared
    }

    /// Joins a team's store: clones its repository into `path` and sets this copy up.
    public static func clone(from url: String, into path: String, by author: String,
                             mergeDriver: String, lockTimeout: Double, today: CalendarDate) throws(CaseJourneyError) -> CaseStore {
        guard Git.program() != nil else { throw .gitUnavailable }
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: path), !existing.isEmpty {
            throw .cannotCreate(path: path, reason: "it already exists and is not empty; choose another --store")
        }
        let parent = AtomicFile.parentFolder(of: path)
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: parent, reason: error.localizedDescription)
        }
        try Git(folder: parent).succeed(["clone", "--quiet", "--", url, path], doing: "copy the team's store from \(url)")
        chmod(path, 0o700)
        try checkOutTeamBranch(in: path)
        let store = CaseStore(path: path, lockTimeout: lockTimeout, today: today)
        guard FileManager.default.fileExists(atPath: store.settingsPath) else {
            throw .usage("\(url) was copied to \(path), but it holds no case store (no .casejourney/settings.json). "
                + "Whoever sets the team up runs `cj init --git --remote \(url)` and `cj sync` first.")
        }
        try store.initialise()
        try store.configure(mergeDriver: mergeDriver)
        _ = try store.cloneTag()
        return store
    }

    /// A server made with a plain `git init --bare` may name a branch nobody pushed to as its
    /// default; then the copy has nothing checked out. Check out `main` (or the only branch).
    private static func checkOutTeamBranch(in path: String) throws(CaseJourneyError) {
        let git = Git(folder: path)
        guard !(try git.run(["rev-parse", "--verify", "--quiet", "HEAD"])).succeeded else { return }
        let branches = try git.succeed(["branch", "-r", "--format=%(refname:lstrip=3)"], doing: "list the team's branches")
            .split(separator: "\n").map(String.init).filter { $0 != "HEAD" }
        guard let branch = branches.contains("main") ? "main" : branches.first else { return }
        try git.succeed(["checkout", "--quiet", "-B", branch, "origin/\(branch)"], doing: "check out the team's branch \(branch)")
    }

    /// Registers the merge driver in this copy's git settings (git never takes a command from a
    /// repository it fetched, so each copy registers its own).
    func configure(mergeDriver: String) throws(CaseJourneyError) {
        try git.succeed(["config", "merge.casejourney.name", "CaseJourney: merge case files record by record"],
                        doing: "register the case-file merge")
        try git.succeed(["config", "merge.casejourney.driver", mergeDriver], doing: "register the case-file merge")
        // The shared .gitattributes names the merge for everyone, but anyone who can push could
        // take it out; this copy's own attributes keep case files merged record by record anyway.
        let infoFolder = path + "/.git/info"
        if !FileManager.default.fileExists(atPath: infoFolder) {
            try? FileManager.default.createDirectory(atPath: infoFolder, withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o700])
        }
        try writeIfChanged(CaseStore.gitAttributes, to: infoFolder + "/attributes")
    }

    /// This copy's tag for new record ids (see `NewRecordIDs`), made the first time it is needed.
    /// The tag belongs to this folder: a store copied as a folder (`cp -a`) is another copy and
    /// gets its own tag, or both copies would give the same id to different records.
    func cloneTag() throws(CaseJourneyError) -> String {
        let file = internalFolder + "/clone.json"
        var folder = stat()
        let identity = stat(path, &folder) == 0 ? "\(folder.st_dev):\(folder.st_ino)" : ""
        if let data = FileManager.default.contents(atPath: file), let saved = try? JSONParser.parse(Array(data)),
           let tag = saved["tag"]?.stringValue, saved["folder"]?.stringValue == identity,
           tag.count == 3, tag.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) }) {
            return tag
        }
        let letters = Array("abcdefghijkmnpqrstuvwxyz"), symbols = Array("abcdefghijkmnpqrstuvwxyz23456789")
        let tag = String([letters.randomElement()!, symbols.randomElement()!, symbols.randomElement()!])
        try AtomicFile.write(Array(JSONWriter.write(.object([("tag", .string(tag)), ("folder", .string(identity))])).utf8), to: file)
        return tag
    }

    private func writeIfChanged(_ text: String, to file: String) throws(CaseJourneyError) {
        if let existing = FileManager.default.contents(atPath: file), String(decoding: existing, as: UTF8.self) == text { return }
        try AtomicFile.write(Array(text.utf8), to: file)
    }

    // MARK: Committing

    /// The lock every git operation in the store takes: git keeps one index per repository.
    func storeLock(holder: String) throws(CaseJourneyError) -> CaseLock {
        // The same folders, refused as links, as a case's lock.
        try CaseStore.makeFolder(internalFolder)
        try CaseStore.makeFolder(locksFolder)
        return try CaseLock(path: locksFolder + "/.store.lock", caseID: "store", holder: holder, timeout: lockTimeout)
    }

    /// Commits `paths` (relative to the store; everything staged when nil) as one commit.
    func commit(message: String, author: String, paths: [String]?) throws(CaseJourneyError) {
        var identified = git
        identified.environment = Git.identity(name: author, email: (try? settings())?.email(for: author))
        if let paths { try identified.succeed(["add", "--"] + paths, doing: "add \(paths.joined(separator: ", ")) to git") }
        try identified.succeed(["commit", "--quiet", "-m", message] + (paths.map { ["--"] + $0 } ?? []),
                               doing: "commit \"\(message.oneLine)\"")
    }

    /// In a shared store, the store lock (held from reading the case to committing it, so a sync
    /// cannot merge into the file between the two) and this copy's id tag; nil otherwise.
    func startSharedChange(holder: String) throws(CaseJourneyError) -> (lock: CaseLock, tag: String)? {
        guard isShared else { return nil }
        guard Git.program() != nil else { throw .gitUnavailable }
        let lock = try storeLock(holder: holder)
        do {
            return (lock, try cloneTag())
        } catch {
            lock.release()
            throw error
        }
    }

    /// Commits one case file after a change. The message names every change since the case's
    /// last commit, so a change whose own commit failed is never folded silently into another's.
    func commitCase(_ id: String, author: String) throws(CaseJourneyError) {
        do {
            let value = try read(id)
            try commit(message: commitMessage(for: value, committer: author), author: author, paths: ["\(id).json"])
        } catch {
            let said: String
            if case let .git(_, text) = error { said = text } else { said = error.errorDescription ?? "\(error)" }
            throw .git(action: "commit the change to \(id) (it is saved in the case file, and `cj sync` will commit it)", said: said)
        }
    }

    /// "ASH-01: <the change>", from the history entries added since the case's last commit;
    /// with several, the latest in the subject and each one, with who made it, below. A file
    /// changed with no new history entry says so: it was edited outside cj.
    func commitMessage(for value: Case, committer: String) -> String {
        let id = value.caseId
        let committed = try? git.run(["show", "HEAD:\(id).json"])
        var committedRevision = 0
        if let committed, committed.succeeded,
           let earlier = try? CaseFileCodec.decode(Array(committed.output.utf8), path: "\(id).json", keepingUnknownFields: false) {
            committedRevision = earlier.value.revision
        }
        let added = value.history.filter { ($0.revision ?? 0) > committedRevision }
        guard let latest = added.last else {
            return "\(id): Changed outside cj (by hand or by another program; no history entry says what), committed by \(committer)"
        }
        func described(_ entry: HistoryEntry) -> String {
            entry.by == committer ? entry.change : "\(entry.change) (by \(entry.by))"
        }
        guard added.count > 1 else { return "\(id): \(described(latest))" }
        return "\(id): \(described(latest)) (and \(added.count - 1) earlier change\(added.count == 2 ? "" : "s") not committed until now)\n\n"
            + added.map { "- \($0.by): \($0.change)" }.joined(separator: "\n")
    }
}

extension StoreSettings {
    /// The e-mail address the team gave for `name`, for commits.
    func email(for name: String) -> String? {
        team.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.email
    }
}
