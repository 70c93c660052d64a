/// One cell of a store-wide report, typed so that JSON keeps numbers, dates, lists and absence
/// as they are, while CSV and tables get the same value as text.
public enum ReportValue: Sendable, Equatable {
    case text(String)
    case number(Int)
    case date(CalendarDate)
    case flag(Bool)
    case list([String])
    case absent

    public static func text(_ value: String?) -> ReportValue { value.map { .text($0) } ?? .absent }
    public static func number(_ value: Int?) -> ReportValue { value.map { .number($0) } ?? .absent }
    public static func date(_ value: CalendarDate?) -> ReportValue { value.map { .date($0) } ?? .absent }

    /// The value as one piece of text, as a CSV cell holds it: empty when absent, a list joined
    /// with "; ".
    public var text: String {
        switch self {
        case .text(let value): value
        case .number(let value): String(value)
        case .date(let value): value.description
        case .flag(let value): value ? "true" : "false"
        case .list(let values): values.joined(separator: "; ")
        case .absent: ""
        }
    }

    /// The value as JSON: absent is `null`, so every row has every key.
    public var json: JSONValue {
        switch self {
        case .text(let value): .string(value)
        case .number(let value): .number(String(value))
        case .date(let value): .string(value.description)
        case .flag(let value): .bool(value)
        case .list(let values): .array(values.map { .string($0) })
        case .absent: .null
        }
    }
}

/// A column of a store-wide report: its name, which is both the JSON key and the CSV heading,
/// and its value in a row.
public struct ReportColumn<Row>: Sendable {
    public let name: String
    public let value: @Sendable (Row) -> ReportValue

    public init(_ name: String, _ value: @escaping @Sendable (Row) -> ReportValue) {
        self.name = name
        self.value = value
    }
}

/// A row of a store-wide report. Its one list of columns is what JSON and CSV hold, in order,
/// and what a table draws its cells from.
public protocol ReportRow: Sendable {
    static var columns: [ReportColumn<Self>] { get }
}

extension ReportRow {
    /// The row as a JSON object, one key per column.
    public var json: JSONValue {
        .object(Self.columns.map { (key: $0.name, value: $0.value(self).json) })
    }

    /// The row as CSV cells, one per column.
    public var cells: [String] { Self.columns.map { $0.value(self).text } }

    /// `rows` as elements of an indented top-level list, joined by ",\n": for each row the text
    /// `JSONWriter.writeElement(row.json)` gives, written straight from the columns (a long
    /// report would otherwise make a `JSONValue` of every row only to write it out).
    ///
    /// Loops by position: the caller is in another module, where this generic code runs
    /// unspecialised, and `enumerated()` would look up type metadata for every row.
    public static func jsonElements(_ rows: ArraySlice<Self>) -> [UInt8] {
        let columns = Self.columns
        var output = JSONWriter.Output()
        output.bytes.reserveCapacity(rows.count * columns.count * 32)
        for position in rows.indices {
            if position > rows.startIndex { output.append(",\n") }
            output.indent(1)
            output.appendObject(keys: columns.count, indent: 1, key: { columns[$0].name }) { output, column in
                columns[column].value(rows[position]).write(to: &output, indent: 2)
            }
        }
        return output.bytes
    }
}

extension ReportValue {
    /// The value as `json` is written at `level`.
    func write(to output: inout JSONWriter.Output, indent level: Int) {
        switch self {
        case .text(let value): output.appendQuoted(value)
        case .number(let value): output.append(value)
        case .date(let value): output.appendQuoted(value)
        case .flag(let value): value ? output.append("true") : output.append("false")
        case .absent: output.append("null")
        case .list(let values):
            output.appendList(count: values.count, indent: level) { output, offset in output.appendQuoted(values[offset]) }
        }
    }
}

extension OverdueVisit: ReportRow {
    public static let columns: [ReportColumn<OverdueVisit>] = [
        ReportColumn("caseId") { .text($0.caseId) },
        ReportColumn("childId") { .text($0.childId) },
        ReportColumn("childName") { .text($0.childName) },
        ReportColumn("worker") { .text($0.worker) },
        ReportColumn("planType") { .text($0.planType.rawValue) },
        ReportColumn("lastSeen") { .date($0.lastSeen) },
        ReportColumn("lastSeenAlone") { .date($0.lastSeenAlone) },
        ReportColumn("due") { .date($0.due) },
        ReportColumn("workingDaysOverdue") { .number($0.workingDaysOverdue) },
        ReportColumn("status") { .text($0.status.rawValue) },
        ReportColumn("expectation") { .text($0.expectation) },
        ReportColumn("seenAloneDue") { .date($0.seenAloneDue) },
        ReportColumn("seenAloneWorkingDaysOverdue") { .number($0.seenAloneWorkingDaysOverdue) },
        ReportColumn("seenAloneExpectation") { .text($0.seenAloneExpectation) },
        ReportColumn("lastVisit") { .date($0.lastVisit) },
        ReportColumn("lastVisitOutcome") { .text($0.lastVisitOutcome?.rawValue) },
        ReportColumn("beforeBirth") { .flag($0.beforeBirth) },
        ReportColumn("visitsNotSeenInARow") { .number($0.missedInARow.count) },
        ReportColumn("notSeenReasons") { .list($0.missedInARow.map(\.description)) },
        ReportColumn("notSeenAlert") { .flag($0.notSeenAlert) },
        ReportColumn("dueWhileUnallocated") { .date($0.dueWhileUnallocated) },
    ]
}

extension DueItem: ReportRow {
    public static let columns: [ReportColumn<DueItem>] = [
        ReportColumn("caseId") { .text($0.caseId) },
        ReportColumn("familyName") { .text($0.familyName) },
        ReportColumn("worker") { .text($0.worker) },
        ReportColumn("kind") { .text($0.kind.rawValue) },
        ReportColumn("what") { .text($0.what) },
        ReportColumn("who") { .text($0.who) },
        ReportColumn("due") { .date($0.due) },
        ReportColumn("workingDaysOverdue") { .number($0.workingDaysOverdue) },
        ReportColumn("status") { .text($0.status.rawValue) },
        ReportColumn("plan") { .text($0.plan) },
        ReportColumn("ref") { .text($0.ref) },
    ]
}

/// The published headings of Annex A list 7, in order: the fields common to every list, then
/// list 7's own.
extension AnnexAList7Row: ReportRow {
    public static let columns: [ReportColumn<AnnexAList7Row>] = [
        ReportColumn("Child Unique ID") { .text($0.childUniqueID) },
        ReportColumn("Gender") { .text($0.gender) },
        ReportColumn("Ethnicity") { .text($0.ethnicity) },
        ReportColumn("Date of Birth") { .text($0.dateOfBirth) },
        ReportColumn("Age of Child (Years)") { .text($0.age) },
        ReportColumn("Does the Child have a Disability") { .text($0.disability) },
        ReportColumn("Child Protection Plan Start Date") { .text($0.planStart) },
        ReportColumn("Initial Category of Abuse") { .text($0.initialCategory) },
        ReportColumn("Latest Category of Abuse") { .text($0.latestCategory) },
        ReportColumn("Date of the Last Statutory Visit") { .text($0.lastStatutoryVisit) },
        ReportColumn("Was the Child Seen Alone?") { .text($0.seenAlone) },
        ReportColumn("Date of latest review conference") { .text($0.latestReviewConference) },
        ReportColumn("Child Protection Plan End Date") { .text($0.planEnd) },
        ReportColumn("Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)") {
            .text($0.emergencyProtection)
        },
        ReportColumn("Sum of Number of Previous Child Protection Plans") { .text($0.previousPlans) },
        ReportColumn("Allocated Team") { .text($0.allocatedTeam) },
        ReportColumn("Allocated Worker") { .text($0.allocatedWorker) },
    ]
}

extension CaseloadRow: ReportRow {
    public static let columns: [ReportColumn<CaseloadRow>] = [
        ReportColumn("worker") { .text($0.worker) },
        ReportColumn("families") { .number($0.families) },
        ReportColumn("cases") { .list($0.caseIds) },
        ReportColumn("childrenOnChildProtectionPlans") { .number($0.childrenOnChildProtectionPlans) },
        ReportColumn("childrenOnChildInNeedPlans") { .number($0.childrenOnChildInNeedPlans) },
        ReportColumn("childrenOverdueAVisit") { .number($0.childrenOverdueAVisit) },
        ReportColumn("changesOfWorkerInTwelveMonths") { .number($0.changesOfWorker) },
        ReportColumn("familiesWithThreeOrMoreWorkers") { .list($0.familiesWithThreeOrMoreWorkers) },
        ReportColumn("childrenReReferredInTwelveMonths") { .number($0.childrenReReferred) },
        ReportColumn("childrenOnRepeatPlans") { .number($0.childrenOnRepeatPlans) },
    ]
}

extension CaseOverview: ReportRow {
    public static let columns: [ReportColumn<CaseOverview>] = [
        ReportColumn("caseId") { .text($0.caseId) },
        ReportColumn("familyName") { .text($0.familyName) },
        ReportColumn("worker") { .text($0.worker) },
        ReportColumn("children") { .number($0.children) },
        ReportColumn("openPlans") { .list($0.openPlans) },
        ReportColumn("revision") { .number($0.revision) },
    ]
}

extension CaseCheck: ReportRow {
    public static let columns: [ReportColumn<CaseCheck>] = [
        ReportColumn("caseId") { .text($0.caseId) },
        ReportColumn("kind") { .text($0.kind.rawValue) },
        ReportColumn("plan") { .text($0.plan) },
        ReportColumn("message") { .text($0.message) },
    ]
}
