import ArgumentParser
import CaseJourney
import Foundation

/// `--store DIR`, shared by every command.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The case store folder (default: $CJ_STORE, else ./cases).", valueName: "dir"))
    var store: String?

    var caseStore: CaseStore {
        let environment = ProcessInfo.processInfo.environment
        var caseStore = CaseStore(
            path: CaseStore.resolvePath(explicit: store, environment: environment),
            lockTimeout: CaseStore.lockTimeout(environment: environment), today: .today())
        // `CJ_NO_INDEX=1` reads every case file, as if the store had no index.
        caseStore.useIndex = environment["CJ_NO_INDEX"].map { $0.isEmpty || $0 == "0" } ?? true
        // Recorded as typed, but the worker hears about words a parent may not understand.
        caseStore.afterChange = { before, after in
            for warning in Jargon.warnings(recordedIn: after, comparedWith: before) {
                Output.note("Warning: \(warning.message)")
            }
        }
        return caseStore
    }

    /// An empty --store is a slip (an unset variable, say), not a wish for ./cases.
    func validate() throws {
        if let store, store.allSatisfy(\.isWhitespace) {
            throw ValidationError("--store is empty: give the case store folder, e.g. --store ./cases.")
        }
    }

    /// Makes one change to a case under its lock, then prints the line its history records for
    /// it, as every command that changes a case does.
    func change(_ caseID: String, by author: String, _ edit: (inout Case) throws(CaseJourneyError) -> String) throws {
        let updated = try caseStore.update(caseID, by: author, edit)
        Output.line(updated.history.last!.change + ".")
    }
}

/// `--by NAME`, shared by every command that changes a case.
struct AuthorOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Who is making the change (default: $CJ_USER, else your login name).", valueName: "name"))
    var by: String?

    var author: String {
        Author.resolve(explicit: by, environment: ProcessInfo.processInfo.environment)
    }

    /// A name given on purpose must be a name: an empty --by is a slip, not a wish to be the
    /// login name, and the history is one line per change.
    func validate() throws {
        guard let by else { return }
        if by.allSatisfy(\.isWhitespace) { throw ValidationError("--by is empty: give the name of the person making the change, e.g. --by \"Sam Okafor\".") }
        if by.contains(where: \.isNewline) || by.contains("<") || by.contains(">") {
            throw ValidationError("--by takes one person's name on one line, without < or >, e.g. --by \"Sam Okafor\".")
        }
    }
}

extension CalendarDate: ExpressibleByArgument {
    /// A day written YYYY-MM-DD, in the years a case could be about (1900 to 2199): a year
    /// typed as 0001 or 2902 is a mistake, not a day.
    public init?(argument: String) {
        guard let day = CalendarDate(argument), (1900...2199).contains(day.year) else { return nil }
        self = day
    }
}

extension PlanType: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(shortName: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.shortName) }
}

/// Choices are accepted in any case on the command line (`--category Neglect`).
extension ExpressibleByArgument where Self: Choice {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}

extension PersonRole: ExpressibleByArgument {}
extension PlanCategory: ExpressibleByArgument {}
extension Gender: ExpressibleByArgument {}
/// Ethnicity codes are capitals (WBRI), and are accepted in any case too.
extension Ethnicity: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.uppercased())
    }
}

enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

enum DocumentFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--as-of YYYY-MM-DD`: the day to work things out for (default: today).
struct AsOfOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day to work things out for (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: CalendarDate?

    var date: CalendarDate { asOf ?? .today() }

    /// For a command that records something: `--as-of` may not be later than today, or a visit
    /// could be logged for a day that has not come yet.
    func recordingDate() throws -> CalendarDate {
        let today = CalendarDate.today()
        if let asOf, asOf > today {
            throw CaseJourneyError.usage("--as-of \(asOf) is after today (\(today)). A command that records something works as of "
                + "today or an earlier day; set CJ_TODAY only for tests and demonstrations.")
        }
        return date
    }
}

extension VisitKind: ExpressibleByArgument {}
extension IntervalUnit: ExpressibleByArgument {}
extension ExpectationKind: ExpressibleByArgument {}
extension ConferenceKind: ExpressibleByArgument {}
extension ConferenceDecision: ExpressibleByArgument {}
extension ContactMethod: ExpressibleByArgument {}
extension EvidenceSource: ExpressibleByArgument {}
extension SessionOutcome: ExpressibleByArgument {}
extension ServiceEndReason: ExpressibleByArgument {}
extension AttendanceStatus: ExpressibleByArgument {}
extension AbsenceReason: ExpressibleByArgument {}
extension ContactOutcome: ExpressibleByArgument {}
extension CancelledBy: ExpressibleByArgument {}

/// `--date YYYY-MM-DD`: the day something happened or was decided (default: today).
struct EventDateOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The day it happened or was decided (default: today).", valueName: "YYYY-MM-DD"))
    var date: CalendarDate?

    var day: CalendarDate { date ?? .today() }
}

/// `--plan ID`, for cases with more than one open plan.
struct PlanChoiceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Which plan (default: the case's only open plan).", valueName: "plan-id"))
    var plan: String?
}

/// `--owner WHO` and `--agency NAME`, each repeatable: who carries out an action.
struct OwnerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Someone in the family or a professional in the case, by id or first name (repeatable: \"Zoë and Darren will ...\").", valueName: "person"))
    var owner: [String] = []

    @Option(help: ArgumentHelp("An agency, when no one person has taken it on, e.g. \"Northtown Housing\" (repeatable).", valueName: "name"))
    var agency: [String] = []

    /// Every owner given, people first; nil when none was.
    var references: [OwnerReference]? {
        let all = owner.map(OwnerReference.member) + agency.map(OwnerReference.agency)
        return all.isEmpty ? nil : all
    }
}

/// `--private-from PERSON` and `--not-for-family`: who must not read what is being recorded.
struct PrivacyOptions: ParsableArguments {
    @Option(name: .customLong("private-from"), help: ArgumentHelp(
        "Someone in the family who must never read this, by id or name (repeatable).", valueName: "person"))
    var privateFrom: [String] = []

    @Flag(name: .customLong("not-for-family"), help: "Keep this out of everything written for the family.")
    var notForFamily = false

    var request: PrivacyRequest { PrivacyRequest(privateFrom: privateFrom, notForFamily: notForFamily) }
}
