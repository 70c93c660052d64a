import ArgumentParser
import CaseJourney
import Foundation

/// `--store DIR`, shared by every command.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The case store folder (default: $CJ_STORE, else ./cases).", valueName: "dir"))
    var store: String?

    var caseStore: CaseStore {
        let environment = ProcessInfo.processInfo.environment
        return CaseStore(
            path: CaseStore.resolvePath(explicit: store, environment: environment),
            lockTimeout: CaseStore.lockTimeout(environment: environment))
    }
}

/// `--by NAME`, shared by every command that changes a case.
struct AuthorOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Who is making the change (default: $CJ_USER, else your login name).", valueName: "name"))
    var by: String?

    var author: String {
        Author.resolve(explicit: by, environment: ProcessInfo.processInfo.environment)
    }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

extension PlanType: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(shortName: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.shortName) }
}

extension PersonRole: ExpressibleByArgument {}
extension PlanCategory: ExpressibleByArgument {}

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
}

extension VisitKind: ExpressibleByArgument {}
extension IntervalUnit: ExpressibleByArgument {}
extension ExpectationKind: ExpressibleByArgument {}
