import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The `git` program, run in one folder. CaseJourney calls git as a program rather than linking
/// a library, so a team uses the git its council already trusts.
struct Git: Sendable {
    /// What a git command printed, and how it ended.
    struct Result: Sendable {
        var status: Int32
        var output: String
        var errors: String
        var succeeded: Bool { status == 0 }
        /// Git's own words, for a message: its error output, else its output.
        var said: String {
            let text = errors.trimmed.isEmpty ? output.trimmed : errors.trimmed
            return text.split(separator: "\n").suffix(4).joined(separator: " / ")
        }
    }

    let folder: String
    /// Set for every git command: who is making the change, and the merge driver's author.
    var environment: [String: String] = [:]

    /// The `git` program on the PATH; nil when it is not installed.
    static func program(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/git"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Runs `git <arguments>`; throws only when git cannot be started at all.
    func run(_ arguments: [String]) throws(CaseJourneyError) -> Result {
        guard let program = Git.program() else { throw .gitUnavailable }
        // Files git writes (a checkout, a merge) must be as private as the ones cj writes.
        umask(0o077)
        var merged = ProcessInfo.processInfo.environment
        // Git must never stop to ask a question in a terminal nobody is watching.
        merged["GIT_TERMINAL_PROMPT"] = "0"
        merged["LC_ALL"] = "C"
        for (key, value) in environment { merged[key] = value }
        guard let finished = ChildProcess.run(program, ["-C", folder] + arguments, environment: merged) else {
            throw .git(action: "start git", said: String(cString: strerror(errno)))
        }
        return Result(status: finished.status, output: String(decoding: finished.output, as: UTF8.self),
                      errors: String(decoding: finished.errors, as: UTF8.self))
    }

    /// Runs git and throws `.git` with what it said when it fails.
    @discardableResult
    func succeed(_ arguments: [String], doing action: String) throws(CaseJourneyError) -> String {
        let result = try run(arguments)
        guard result.succeeded else { throw .git(action: action, said: result.said) }
        return result.output
    }

    /// The environment that makes `name` (and `email`, when the team gave one) the author and
    /// committer, whatever git's own settings say.
    static func identity(name: String, email: String?) -> [String: String] {
        ["GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email ?? "",
         "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email ?? ""]
    }
}
