import Foundation

/// Everything that can go wrong, each with a plain-English message and a sysexits exit code.
public enum CaseJourneyError: LocalizedError, Equatable, Sendable {
    /// A case id that breaks the naming rule (exit 64).
    case invalidCaseID(String)
    /// The command asked for something that cannot be done as asked (exit 64).
    case usage(String)
    /// The store folder does not exist (exit 66).
    case noSuchStore(path: String)
    /// No case file for this id (exit 66).
    case noSuchCase(id: String, suggestions: [String])
    /// A case with this id already exists (exit 73).
    case caseExists(id: String)
    /// A file that does not parse or validate; it is never overwritten (exit 65).
    case invalidFile(path: String, problems: [CaseFileProblem])
    /// A case file written by a newer version of CaseJourney (exit 65).
    case newerSchema(path: String, found: Int)
    /// A readable case file that records something as happened after today: `cj validate`
    /// reports it (exit 65); every command still reads the file, and a correction puts it right.
    case datedAfterToday(path: String, today: CalendarDate, problems: [CaseFileProblem])
    /// Another command holds the case (exit 75).
    case locked(caseID: String, holder: String?)
    /// A file or folder could not be created (exit 73).
    case cannotCreate(path: String, reason: String)
    /// Reading or writing failed (exit 74).
    case io(path: String, reason: String)
    /// The store is shared through git, and the `git` program is not installed (exit 69).
    case gitUnavailable
    /// Git was asked to do something and could not (exit 74).
    case git(action: String, said: String)
    /// Others kept sending changes to the team's server while this copy merged them (exit 75).
    case serverBusy

    /// The sysexits code a command exits with.
    public var exitCode: Int32 {
        switch self {
        case .invalidCaseID, .usage: 64
        case .invalidFile, .newerSchema, .datedAfterToday: 65
        case .noSuchStore, .noSuchCase: 66
        case .caseExists, .cannotCreate: 73
        case .io, .git: 74
        case .gitUnavailable: 69
        case .locked, .serverBusy: 75
        }
    }

    public var errorDescription: String? {
        switch self {
        case .invalidCaseID(let id):
            let shown = id.isEmpty ? "An empty case id" : "The case id \"\(id)\""
            return "\(shown) is not allowed. A case id must be \(CaseID.rule), for example SMITH-2026-01."
        case .usage(let message):
            return message
        case .noSuchStore(let path):
            return "\(path) is not a case store (it has no .casejourney folder). Create one with "
                + "`cj init --store \(path)`, or point --store or CJ_STORE at an existing store."
        case let .noSuchCase(id, suggestions):
            let hint = suggestions.isEmpty
                ? " `cj case list` shows the cases in this store."
                : " Did you mean \(suggestions.joined(separator: ", "))?"
            return "There is no case \(id) in this store.\(hint)"
        case .caseExists(let id):
            return "A case \(id) already exists. Choose another id, or use `cj case show \(id)` to see it."
        case let .invalidFile(path, problems):
            let noun = problems.count == 1 ? "a problem" : "\(problems.count) problems"
            let lines = problems.map { "  - \($0)" }.joined(separator: "\n")
            return "\(path) has \(noun), so it cannot be used until it is put right (nothing was written to it):\n\(lines)"
        case let .datedAfterToday(path, today, problems):
            let lines = problems.map { "  - \($0)" }.joined(separator: "\n")
            return "\(path) records something as happened after today (\(today)). The file can still be read; "
                + "put each date right with a correction:\n\(lines)"
        case let .newerSchema(path, found):
            return "\(path) was written by a newer version of CaseJourney (case file format \(found); "
                + "this version understands format \(Case.currentSchemaVersion) and below). "
                + "It was left unchanged: update cj before changing this case."
        case let .locked(caseID, holder):
            let who = holder.map { " It is held by \($0)." } ?? ""
            return "Case \(caseID) is being changed by someone else right now.\(who) "
                + "Nothing was written: try again in a moment."
        case let .cannotCreate(path, reason):
            return "Could not create \(path): \(reason)."
        case let .io(path, reason):
            return "Could not read or write \(path): \(reason)."
        case .gitUnavailable:
            return "This store is shared through git, and the git program was not found on this computer. "
                + "Install git (for example `apt-get install git`) and try again; nothing was changed."
        case let .git(action, said):
            return "Could not \(action). Git said: \(said.oneLine)"
        case .serverBusy:
            return "Others kept sending changes to the team's server while this copy was merging them. Your changes are "
                + "committed on this computer; run `cj sync` again in a moment."
        }
    }
}

extension Sequence<CaseJourneyError> {
    /// The exit code for a command that met all of these: the most serious one's.
    public var exitCode: Int32? { map(\.exitCode).max() }
}
