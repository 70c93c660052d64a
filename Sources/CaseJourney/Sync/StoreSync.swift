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

        for _ in 1...5 {
            let fetched = try git.run(["fetch", "--quiet", remote])
            guard fetched.succeeded else {
                report.unreachable = fetched.said
                return report
            }
            let remoteBranch = "refs/remotes/\(remote)/\(branch)"
            let hasRemoteBranch = try git.run(["rev-parse", "--verify", "--quiet", remoteBranch]).succeeded
            if hasRemoteBranch {
                let before = try git.succeed(["rev-parse", "HEAD"], doing: "read this copy's latest commit").trimmed
                let merged = try merging.run(["merge", "--quiet", "--no-edit", "-m", "Merged the team's changes", remoteBranch])
                if !merged.succeeded {
                    let unmerged = (try? git.run(["diff", "--name-only", "--diff-filter=U"]).output.trimmed) ?? ""
                    _ = try? git.run(["merge", "--abort"])
                    let files = unmerged.isEmpty ? "" : " (\(unmerged.split(separator: "\n").joined(separator: ", ")))"
                    throw .git(action: "merge the team's changes\(files); this copy was left as it was", said: merged.said)
                }
                report.cameIn += try changes(in: "\(before)..HEAD")
            }
            let outgoing = try changes(in: hasRemoteBranch ? "\(remoteBranch)..HEAD" : "HEAD")
            if outgoing.isEmpty && hasRemoteBranch { break }
            let pushed = try git.run(["push", "--quiet", remote, "HEAD:refs/heads/\(branch)"])
            if pushed.succeeded {
                report.wentOut = outgoing
                break
            }
            let refused = ["rejected", "fetch first", "non-fast-forward"].contains { pushed.said.contains($0) }
            guard refused else {
                report.unreachable = pushed.said
                return report
            }
            // Someone sent changes in the meantime: merge those too, then try again.
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
            guard file.hasSuffix(".json"), !file.contains("/"), CaseID.isValid(String(file.dropLast(5))) else { continue }
            let id = String(file.dropLast(5))
            guard !code.contains("D") else {
                report.leftOut.append(.usage("\(file) was deleted on this computer. Deleting a case is not shared by `cj sync`; "
                    + "restore it with `git -C \(path) checkout -- \(file)`, or see \"Removing a case for good\" in the docs."))
                continue
            }
            do {
                let value = try read(id)
                let change = value.history.last.map { "\($0.change) (not shared until now)" } ?? "Changed outside cj"
                try commit(message: "\(id): \(change)", author: author, paths: [file])
                report.committedNow.append(.init(caseId: id, author: author, change: change))
            } catch {
                report.leftOut.append(error)
            }
        }
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
