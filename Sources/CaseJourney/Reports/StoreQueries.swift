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

    public init(rows: [Row], unreadable: [CaseJourneyError]) {
        self.rows = rows
        self.unreadable = unreadable
    }
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
        let schedule = VisitSchedule(settings: try settings())
        let report = OverdueVisitsReport(asOf: asOf, within: within)
        let scan = try scan { value in (holder: value.worker(on: asOf), rows: report.rows(for: value, schedule: schedule)) }
        let rows = try rowsHeld(by: worker, scan.rows.map { ($0.holder, $0.rows) })
        return StoreAnswer(rows: OverdueVisitsReport.sorted(rows), unreadable: scan.unreadable)
    }

    /// Everything overdue or due soon across the store, or in one case, and what is worth a look
    /// (`cj due`). A case named but missing is an error, not an empty agenda.
    public func agenda(asOf: CalendarDate, within: Int, worker: String? = nil, caseID: String? = nil) throws(CaseJourneyError) -> StoreAnswer<DueItem> {
        let agenda = Agenda(settings: try settings(), asOf: asOf, within: within)
        let scan: StoreAnswer<(holder: String?, items: [DueItem])>
        if let caseID {
            let value = try read(caseID)
            scan = StoreAnswer(rows: [(value.worker(on: asOf), agenda.items(for: value))], unreadable: [])
        } else {
            scan = try self.scan { value in (holder: value.worker(on: asOf), items: agenda.items(for: value)) }
        }
        let rows = try rowsHeld(by: worker, scan.rows.map { ($0.holder, $0.items) })
        return StoreAnswer(rows: Agenda.sorted(rows), unreadable: scan.unreadable)
    }

    /// One line per case: who holds it and which plans are open (`cj case list`).
    public func overview() throws(CaseJourneyError) -> StoreAnswer<CaseOverview> {
        try scan { CaseOverview($0) }
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
