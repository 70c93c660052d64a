/// What a question asked of every case in the store found: its rows, and each case file that
/// could not be read (the other cases are still answered).
/// The census return, and what it could not include.
public struct CINCensusAnswer: Sendable {
    public var xml: String
    public var children: Int
    public var episodes: Int
    public var leftOut: [CINCensus.LeftOut]
    public var unreadable: [CaseJourneyError]
}

public struct StoreAnswer<Row: Sendable>: Sendable {
    public var rows: [Row]
    public var unreadable: [CaseJourneyError]
    /// How many cases were answered from the store's index rather than by reading their files.
    public var takenFromIndex = 0
    /// The case files the answer was made from, when every one read cleanly, and the question
    /// it answered (for `SavedReport`).
    public var state: StoreState?
    public var question: StoreQuestion?

    public init(rows: [Row], unreadable: [CaseJourneyError], takenFromIndex: Int = 0, state: StoreState? = nil,
                question: StoreQuestion? = nil) {
        self.rows = rows
        self.unreadable = unreadable
        self.takenFromIndex = takenFromIndex
        self.state = state
        self.question = question
    }
}

/// One case's rows of a store-wide list, with who held the case on the day (to filter by worker).
struct HeldRows<Row: Codable & Sendable>: Codable, Sendable {
    var holder: String?
    var rows: [Row]
}

/// What checking case files found (`cj validate`).
public struct ValidationAnswer: Sendable {
    /// How many case files were checked, and how many of them are valid.
    public var checked: Int
    public var valid: Int
    /// Each case file that is not valid, or could not be found or read.
    public var unreadable: [CaseJourneyError]
    /// Why the team settings cannot be used, when they cannot.
    public var settingsProblem: CaseJourneyError?
    /// Patterns worth a look in the valid cases (information, not blame).
    public var checks: [CaseCheck]
}

extension CaseStore {
    /// The overdue list across the store, most overdue first (`cj visit overdue`).
    public func overdueVisits(asOf: CalendarDate, within: Int? = nil, worker: String? = nil) throws(CaseJourneyError) -> StoreAnswer<OverdueVisit> {
        let settings = try settings()
        let schedule = VisitSchedule(settings: settings)
        let report = OverdueVisitsReport(asOf: asOf, within: within)
        let question = Self.overdueQuestion(asOf: asOf, within: within, settings: settings)
        let scan = try scan(indexedAs: question) { value in HeldRows(holder: value.worker(on: asOf), rows: report.rows(for: value, schedule: schedule)) }
        let rows = try rowsHeld(by: worker, scan.rows.map { ($0.holder, $0.rows) })
        return StoreAnswer(rows: OverdueVisitsReport.sorted(rows), unreadable: scan.unreadable, takenFromIndex: scan.takenFromIndex,
                           state: scan.state, question: scan.question)
    }

    /// The question `overdueVisits` asks of every case, to find a report saved for it.
    public func overdueQuestion(asOf: CalendarDate, within: Int?) throws(CaseJourneyError) -> StoreQuestion? {
        Self.overdueQuestion(asOf: asOf, within: within, settings: try settings())
    }

    private static func overdueQuestion(asOf: CalendarDate, within: Int?, settings: StoreSettings) -> StoreQuestion? {
        StoreQuestion(name: "overdue", parameters: ["as of \(asOf)", "within \(within.map(String.init) ?? "none")"], settings: settings)
    }

    /// The question `agenda` asks of every case, to find a report saved for it.
    public func agendaQuestion(asOf: CalendarDate, within: Int) throws(CaseJourneyError) -> StoreQuestion? {
        Self.agendaQuestion(asOf: asOf, within: within, settings: try settings())
    }

    private static func agendaQuestion(asOf: CalendarDate, within: Int, settings: StoreSettings) -> StoreQuestion? {
        StoreQuestion(name: "due", parameters: ["as of \(asOf)", "within \(within)"], settings: settings)
    }

    /// Everything overdue or due soon across the store, or in one case, and what is worth a look
    /// (`cj due`). A case named but missing is an error, not an empty agenda.
    public func agenda(asOf: CalendarDate, within: Int, worker: String? = nil, caseID: String? = nil) throws(CaseJourneyError) -> StoreAnswer<DueItem> {
        let settings = try settings()
        let agenda = Agenda(settings: settings, asOf: asOf, within: within)
        let scan: StoreAnswer<HeldRows<DueItem>>
        if let caseID {
            let value = try read(caseID)
            scan = StoreAnswer(rows: [HeldRows(holder: value.worker(on: asOf), rows: agenda.items(for: value))], unreadable: [])
        } else {
            scan = try self.scan(indexedAs: Self.agendaQuestion(asOf: asOf, within: within, settings: settings)) { value in HeldRows(holder: value.worker(on: asOf), rows: agenda.items(for: value)) }
        }
        let rows = try rowsHeld(by: worker, scan.rows.map { ($0.holder, $0.rows) })
        return StoreAnswer(rows: Agenda.sorted(rows), unreadable: scan.unreadable, takenFromIndex: scan.takenFromIndex,
                           state: scan.state, question: scan.question)
    }

    /// One line per case: who holds it and which plans are open (`cj case list`).
    public func overview() throws(CaseJourneyError) -> StoreAnswer<CaseOverview> {
        try scan(indexedAs: overviewQuestion()) { CaseOverview($0) }
    }

    /// The question `overview` asks of every case (it depends on nothing but the case).
    public func overviewQuestion() -> StoreQuestion? {
        StoreQuestion(name: "cases", parameters: [], settings: nil)
    }

    /// Each worker's caseload on a day: families, children on each kind of plan, overdue visits
    /// and changes of worker in the last twelve months (`cj report caseload`).
    public func caseload(asOf: CalendarDate) throws(CaseJourneyError) -> StoreAnswer<CaseloadRow> {
        let schedule = VisitSchedule(settings: try settings())
        let scan = try scan { CaseloadShare($0, asOf: asOf, schedule: schedule) }
        return StoreAnswer(rows: CaseloadRow.rows(from: scan.rows), unreadable: scan.unreadable)
    }

    /// Annex A list 7 for an inspection (`cj report annex-a`): its rows, by child id, and what the store does not record (`gaps`).
    public func annexAList7(asOf: CalendarDate) throws(CaseJourneyError) -> (answer: StoreAnswer<AnnexAList7Row>, gaps: [String]) {
        let settings = try settings()
        let list = AnnexAList7(asOf: asOf, teamName: settings.teamName)
        let scan = try scan { list.rows(for: $0) }
        let rows = scan.rows.flatMap { $0 }.sorted { $0.childUniqueID < $1.childUniqueID }
        return (StoreAnswer(rows: rows, unreadable: scan.unreadable), AnnexAList7.gaps(in: rows, teamName: settings.teamName))
    }

    /// The Children in Need census return for the store (`cj report cin-census`): the XML, how
    /// many children and episodes it holds, what was left out and why, and the files it could
    /// not read.
    public func cinCensus(year: CensusYear, asOf: CalendarDate) throws(CaseJourneyError) -> CINCensusAnswer {
        guard year.start <= asOf else {
            throw .usage("The \(year.label) census year starts on \(year.start), after \(asOf): there is nothing to send for it yet.")
        }
        let census = try CINCensus(year: year, asOf: asOf, settings: settings())
        let scan = try scan { census.children(in: $0) }
        let (children, leftOut) = CINCensus.acrossTheStore(scan.rows.flatMap(\.children))
        return CINCensusAnswer(xml: census.document(children: children.map(\.element)), children: children.count,
                               episodes: children.reduce(0) { $0 + $1.episodes }, leftOut: scan.rows.flatMap(\.leftOut) + leftOut,
                               unreadable: scan.unreadable)
    }

    /// Checks every case file, or those named, and the team settings; then looks for patterns
    /// worth a conversation in the valid ones (`cj validate`).
    public func validation(of ids: [String]? = nil, today: CalendarDate, asOf: CalendarDate) throws(CaseJourneyError) -> ValidationAnswer {
        var settingsProblem: CaseJourneyError?
        let settings: StoreSettings
        do throws(CaseJourneyError) {
            settings = try self.settings()
        } catch {
            settingsProblem = error
            settings = StoreSettings()
        }
        let checks = CaseChecks(settings: settings)
        let casePath = self.casePath
        let scan = try scan(ids: ids) { value throws(CaseJourneyError) -> [CaseCheck] in
            let future = CaseValidator.futureDates(in: value, today: today)
            guard future.isEmpty else { throw .datedAfterToday(path: casePath(value.caseId), today: today, problems: future) }
            return checks.checks(for: value, asOf: asOf)
        }
        return ValidationAnswer(checked: scan.rows.count + scan.unreadable.count, valid: scan.rows.count, unreadable: scan.unreadable,
                                settingsProblem: settingsProblem, checks: settingsProblem == nil ? scan.rows.flatMap { $0 } : [])
    }

    /// The rows of cases held by `worker` (all rows when nil). A name that matches nobody
    /// holding a case is an error, never an empty list.
    private func rowsHeld<Row>(by worker: String?, _ perCase: [(holder: String?, rows: [Row])]) throws(CaseJourneyError) -> [Row] {
        guard let worker else { return perCase.flatMap(\.rows) }
        let filter = try WorkerFilter(worker, knownWorkers: perCase.compactMap(\.holder))
        return perCase.filter { filter.matches($0.holder) }.flatMap(\.rows)
    }
}
