import Foundation

/// What `cj sync` did: what it committed here, what came in from the team, what went out.
public struct SyncReport: Sendable {
    /// One commit: the case it changed (nil for the team settings), who made it and what it was.
    public struct Change: Sendable, Equatable {
        public var caseId: String?
        public var author: String
        public var change: String
    }

    /// Changes made here that had not been committed (a hand edit, an interrupted command).
    public var committedNow: [Change] = []
    /// Files left uncommitted, with why (a case file no reader accepts is never shared).
    public var leftOut: [CaseJourneyError] = []
    public var cameIn: [Change] = []
    public var wentOut: [Change] = []
    /// The team's server; nil when the store has none yet.
    public var server: String?
    /// Why the server could not be reached, when it could not: everything else is done.
    public var unreachable: String?
    /// Cases that came in with conflicts still open.
    public var casesWithOpenConflicts: [String] = []
    /// Settings this copy changed that the team had changed differently: the team's stand.
    public var settingsNotKept: [String] = []
}

extension CaseStore {
    /// Commits anything pending, then fetches the team's changes, merges them (case files record
    /// by record) and sends this copy's. Never force-pushes: a push the server refuses because
    /// someone else sent changes first is tried again after another merge.
    public func sync(by author: String, mergeDriver: String) throws(CaseJourneyError) -> SyncReport {
        try requireStore()
        guard isShared else {
            throw .usage("\(path) is not shared through git, so there is nothing to sync. "
                + "Make it shared with `cj init --git --store \(path)`, or join a team's store with `cj store clone URL`.")
        }
        guard Git.program() != nil else { throw .gitUnavailable }
        let lock = try storeLock(holder: "\(author) (syncing)")
        defer { lock.release() }
        try configure(mergeDriver: mergeDriver)
        var report = SyncReport()
        try commitPending(by: author, into: &report)

        let remotes = try git.succeed(["remote"], doing: "list the team's servers").split(separator: "\n").map(String.init)
        guard let remote = remotes.contains("origin") ? "origin" : remotes.first else { return report }
        report.server = try git.run(["remote", "get-url", remote]).output.trimmed
        let branch = try git.succeed(["symbolic-ref", "--short", "HEAD"], doing: "find this copy's branch").trimmed
        var merging = git
        // The merge driver records who merged; the merge commit is theirs too.
        merging.environment = Git.identity(name: author, email: (try? settings())?.email(for: author))
        merging.environment["CJ_USER"] = author

        var attempts = 0
        while true {
            attempts += 1
            let fetched = try git.run(["fetch", "--quiet", remote])
            guard fetched.succeeded else {
                report.unreachable = fetched.said
                return report
            }
            let remoteBranch = "refs/remotes/\(remote)/\(branch)"
            let hasRemoteBranch = try git.run(["rev-parse", "--verify", "--quiet", remoteBranch]).succeeded
            if hasRemoteBranch {
                try checkIncoming(remoteBranch)
                let before = try git.succeed(["rev-parse", "HEAD"], doing: "read this copy's latest commit").trimmed
                let merged = try merging.run(["merge", "--quiet", "--no-edit", "-m", "Merged the team's changes", remoteBranch])
                if !merged.succeeded, merged.errors.contains("would be overwritten by merge") {
                    // A file changed here and left out of the commit (damaged), which the team changed too.
                    let files = merged.errors.split(separator: "\n").filter { $0.hasPrefix("\t") }
                        .map { $0.trimmingCharacters(in: .whitespaces) }
                    let ids = files.compactMap { $0.hasSuffix(".json") ? String($0.dropLast(5)) : nil }
                    throw .invalidFile(path: files.joined(separator: ", "), problems: [CaseFileProblem(
                        location: "on this computer",
                        expected: "changed here but not shared, because no reader accepts it, and the team has changed it "
                            + "too. Put it right (`cj validate \(ids.joined(separator: " "))` shows what is wrong), or go back "
                            + "to the last shared version with `git -C \(path) checkout -- \(files.joined(separator: " "))`; "
                            + "then sync again. Nothing was merged; your other changes are committed on this computer")])
                }
                if !merged.succeeded {
                    let unmerged = (try? git.run(["diff", "--name-only", "--diff-filter=U"]).output.trimmed) ?? ""
                    _ = try? git.run(["merge", "--abort"])
                    let files = unmerged.isEmpty ? "" : " (\(unmerged.split(separator: "\n").joined(separator: ", ")))"
                    throw .git(action: "merge the team's changes\(files); this copy was left as it was", said: merged.said)
                }
                report.cameIn += try changes(in: "\(before)..HEAD")
                report.settingsNotKept += (merged.errors + "\n" + merged.output).split(separator: "\n")
                    .filter { $0.hasPrefix(SettingsMerge.notePrefix) }.map { String($0.dropFirst(SettingsMerge.notePrefix.count)) }
            }
            let outgoing = try changes(in: hasRemoteBranch ? "\(remoteBranch)..HEAD" : "HEAD")
            if outgoing.isEmpty && hasRemoteBranch { break }
            if hasRemoteBranch { try checkOutgoing(remoteBranch) }
            let pushed = try git.run(["push", "--quiet", remote, "HEAD:refs/heads/\(branch)"])
            if pushed.succeeded {
                report.wentOut = outgoing
                break
            }
            switch PushFailure(pushed.errors) {
            case .unreachable:
                report.unreachable = pushed.said
                return report
            case .declined:
                throw .git(action: "send your changes: the team's server refused them. They are committed on this computer and "
                    + "go out at the next sync the server accepts; ask whoever runs the server why", said: pushed.said)
            case .behind where attempts >= 5:
                throw .serverBusy
            case .behind:
                // Someone sent changes in the meantime: merge those too, then try again.
                continue
            }
        }
        report.casesWithOpenConflicts = Set(report.cameIn.compactMap(\.caseId)).sorted().filter { id in
            ((try? read(id))?.openConflicts.isEmpty == false)
        }
        return report
    }

    /// Commits every changed case file any reader accepts, and the team settings.
    private func commitPending(by author: String, into report: inout SyncReport) throws(CaseJourneyError) {
        let status = try git.succeed(["status", "--porcelain", "--untracked-files=all", "-z"], doing: "see what changed here")
        for entry in status.split(separator: "\0") where entry.count > 3 {
            let code = entry.prefix(2), file = String(entry.dropFirst(3))
            if file == ".casejourney/settings.json" {
                _ = try settings()
                try commit(message: "Team settings changed", author: author, paths: [file])
                report.committedNow.append(.init(caseId: nil, author: author, change: "Team settings changed"))
                continue
            }
            guard Self.isCaseFile(file) else { continue }
            let id = String(file.dropLast(5))
            guard !code.contains("D") else {
                report.leftOut.append(.usage("\(file) was deleted on this computer. Deleting a case is not shared by `cj sync`; "
                    + "restore it with `git -C \(path) checkout -- \(file)`, or see \"Removing a case for good\" in the docs."))
                continue
            }
            do {
                let value = try read(id)
                try refuseLosses(in: value, file: file, comparedWith: "HEAD", sinceWhat: "it was last shared",
                                 advice: "Put the file back with `git -C \(path) checkout HEAD -- \(file)` and make the change with cj")
                let message = commitMessage(for: value, committer: author)
                try commit(message: message, author: author, paths: [file])
                let subject = message.prefix { $0 != "\n" }.dropFirst(id.count + 2)
                report.committedNow.append(.init(caseId: id, author: author, change: String(subject)))
            } catch {
                report.leftOut.append(error)
            }
        }
    }

    /// Refuses to merge when the team's branch holds a case file (or settings) that no reader
    /// accepts, sent by someone who changed it without cj: merging it would spread it to this
    /// copy and stop every command that reads it.
    private func checkIncoming(_ remoteBranch: String) throws(CaseJourneyError) {
        func refuse(_ file: String, _ what: String) -> CaseJourneyError {
            let sender = (try? git.run(["log", "-1", "--format=%an, in \"%s\" (%h)", remoteBranch, "--", file]).output.trimmed) ?? ""
            return .invalidFile(path: "\(file) on the team's server", problems: [CaseFileProblem(
                location: "as last sent by \(sender.isEmpty ? "someone" : sender)",
                expected: "\(what). Nothing was merged, and your changes are committed on this computer: ask whoever sent it to put "
                    + "it right (with cj), then sync again")])
        }
        // A link in the team's copy would make this copy read, and write, wherever it points.
        let tree = try git.succeed(["ls-tree", "-r", "-z", remoteBranch], doing: "list the team's files")
        if let link = tree.split(separator: "\0").first(where: { $0.hasPrefix("120000 ") }) {
            throw refuse(link.split(separator: "\t", maxSplits: 1).last.map(String.init) ?? String(link),
                         "a link, where a case store holds only plain files and folders")
        }
        let changed = try git.succeed(["diff", "--name-only", "--no-renames", "--diff-filter=AMD", "-z", "HEAD...\(remoteBranch)"],
                                      doing: "list what the team changed")
        let shared = (try? git.run(["merge-base", "HEAD", remoteBranch]))?.output.trimmed ?? ""
        for file in changed.split(separator: "\0").map(String.init) {
            let isCase = Self.isCaseFile(file)
            guard isCase || file == ".casejourney/settings.json" else { continue }
            let shown = try git.run(["show", "\(remoteBranch):\(file)"])
            guard shown.succeeded else {
                // Gone from the team's copy: cj never deletes a case, so this was done outside it.
                guard isCase else { continue }
                throw refuse(file, "the case file was deleted outside cj, and cj never deletes a case")
            }
            let bytes = Array(shown.output.utf8)
            do throws(CaseJourneyError) {
                if isCase {
                    let incoming = try CaseFileCodec.decode(bytes, path: file, expectedCaseID: String(file.dropLast(5))).value
                    if !shared.isEmpty {
                        try refuseLosses(in: incoming, file: file, comparedWith: shared, sinceWhat: "the version you both had", advice: nil)
                    }
                } else {
                    _ = try StoreSettings.read(bytes, path: file)
                }
            } catch {
                throw refuse(file, Self.detail(of: error))
            }
        }
    }

    /// A case file at the top of the store, named by a valid case id.
    private static func isCaseFile(_ file: String) -> Bool {
        file.hasSuffix(".json") && !file.contains("/") && CaseID.isValid(String(file.dropLast(5)))
    }

    /// Refuses to send what this copy's commits would take from the team: a case file deleted,
    /// one no reader accepts, or one that lost records or history the team's copy holds, however
    /// it was committed (by git by hand, or in a cj change made after a hand edit).
    private func checkOutgoing(_ remoteBranch: String) throws(CaseJourneyError) {
        let changed = try git.succeed(["diff", "--name-only", "--no-renames", "-z", remoteBranch, "HEAD"], doing: "list what goes out")
        for file in changed.split(separator: "\0").map(String.init) {
            let isCase = Self.isCaseFile(file)
            guard isCase || file == ".casejourney/settings.json" else { continue }
            func refuse(_ what: String) -> CaseJourneyError {
                .invalidFile(path: file, problems: [CaseFileProblem(
                    location: "in this computer's commits, not sent",
                    expected: "\(what). Nothing was sent; the team's version is `git -C \(path) show \(remoteBranch):\(file)`. "
                        + "Put back what is missing, make the change with cj, then sync again")])
            }
            guard let shown = try? git.run(["show", "HEAD:\(file)"]), shown.succeeded else {
                if isCase { throw refuse("the case file was deleted, and cj never deletes a case") }
                continue
            }
            let bytes = Array(shown.output.utf8)
            if !isCase {
                do throws(CaseJourneyError) { _ = try StoreSettings.read(bytes, path: file) } catch { throw refuse(Self.detail(of: error)) }
                continue
            }
            let value: Case
            do throws(CaseJourneyError) {
                value = try CaseFileCodec.decode(bytes, path: file, expectedCaseID: String(file.dropLast(5)), keepingUnknownFields: false).value
            } catch {
                throw refuse(Self.detail(of: error))
            }
            let lost = losses(in: value, file: file, since: remoteBranch)
            if !lost.isEmpty {
                throw refuse("it no longer holds \(Case.list(lost)) that the team's copy holds, changed outside cj. cj never deletes "
                    + "a record (it withdraws one, with a reason) or rewrites its past")
            }
        }
    }

    private static func detail(of error: CaseJourneyError) -> String {
        if case .invalidFile(_, let problems) = error { return problems.map(\.description).joined(separator: "; ") }
        return error.errorDescription ?? "\(error)"
    }

    /// Throws when `value` has lost records or history that `file` held at `commit` (see
    /// `Case.losses(since:)`). A version that is not there, or not readable, is not compared.
    private func refuseLosses(
        in value: Case, file: String, comparedWith commit: String, sinceWhat: String, advice: String?
    ) throws(CaseJourneyError) {
        let lost = losses(in: value, file: file, since: commit)
        guard !lost.isEmpty else { return }
        throw .invalidFile(path: file, problems: [CaseFileProblem(
            location: "since \(sinceWhat)",
            expected: "it no longer holds \(Case.list(lost)), removed outside cj. cj never deletes a record (it withdraws one, "
                + "with a reason) or a line of history" + (advice.map { ". " + $0 } ?? ""))])
    }

    /// What `value` no longer holds that `file` held at `commit` (`Case.losses(since:)`); nothing
    /// when that version is not there, or not readable.
    private func losses(in value: Case, file: String, since commit: String) -> [String] {
        guard let shown = try? git.run(["show", "\(commit):\(file)"]), shown.succeeded,
              let earlier = try? CaseFileCodec.decode(Array(shown.output.utf8), path: file, keepingUnknownFields: false).value
        else { return [] }
        return value.losses(since: earlier)
    }

    /// The commits in `range` that changed case files or settings, oldest first, merges left out.
    private func changes(in range: String) throws(CaseJourneyError) -> [SyncReport.Change] {
        let log = try git.succeed(["log", "--reverse", "--no-merges", "--format=%an%x1f%s%x1e", range, "--", "*.json"],
                                  doing: "list the changes")
        return log.split(separator: "\u{1e}").compactMap { record in
            let fields = record.trimmingCharacters(in: .newlines).split(separator: "\u{1f}", maxSplits: 1).map(String.init)
            guard fields.count == 2 else { return nil }
            let subject = fields[1]
            if let colon = subject.range(of: ": "), CaseID.isValid(String(subject[..<colon.lowerBound])) {
                return .init(caseId: String(subject[..<colon.lowerBound]), author: fields[0], change: String(subject[colon.upperBound...]))
            }
            return .init(caseId: nil, author: fields[0], change: subject)
        }
    }
}

/// Why git could not send this copy's commits.
enum PushFailure {
    /// Someone else sent changes first: merge them and try again.
    case behind
    /// The server received the changes and refused them (a hook, no permission to write).
    case declined
    /// The server could not be reached at all.
    case unreachable

    init(_ errors: String) {
        if errors.contains("[remote rejected]") || errors.contains("declined") || errors.contains("denied") {
            self = .declined
        } else if ["fetch first", "non-fast-forward", "[rejected]"].contains(where: errors.contains) {
            self = .behind
        } else {
            self = .unreachable
        }
    }
}
