/// One case's part in its worker's caseload on a day: what `cj report caseload` adds up.
public struct CaseloadShare: Sendable, Equatable {
    public var caseId: String
    /// The social worker holding the case on the day; nil when nobody does.
    public var worker: String?
    public var childrenOnChildProtectionPlans: Int
    public var childrenOnChildInNeedPlans: Int
    /// Children on a plan whose visit is overdue on the day.
    public var childrenOverdueAVisit: Int
    /// New workers taking the case over in the twelve months up to the day (the first
    /// allocation is not a change).
    public var changesOfWorker: Int
    /// Everyone who held the case at some point in those twelve months.
    public var workersInTwelveMonths: [String]
    /// Children referred again within 12 months of an earlier referral, in the twelve months.
    public var childrenReReferred: Int
    /// Children on a child protection plan now who were on one before: a repeat plan.
    public var childrenOnRepeatPlans: Int

    /// Whether the case counts as open: a worker holds it, or a child is on a plan.
    public var isOpen: Bool { worker != nil || childrenOnChildProtectionPlans + childrenOnChildInNeedPlans > 0 }

    public init(_ recorded: Case, asOf: CalendarDate, schedule: VisitSchedule) {
        let value = recorded.inForce
        caseId = value.caseId
        worker = value.worker(on: asOf)
        let active = value.plans.filter { $0.isActive(on: asOf) }
        func children(on type: PlanType) -> Int {
            Set(active.filter { $0.type == type }.flatMap(\.children)).intersection(value.children.map(\.id)).count
        }
        childrenOnChildProtectionPlans = children(on: .childProtection)
        childrenOnChildInNeedPlans = children(on: .childInNeed)
        childrenOverdueAVisit = OverdueVisitsReport(asOf: asOf).rows(for: value, schedule: schedule)
            .filter { $0.status == .overdue }.count
        let yearStart = asOf.adding(months: -12)
        let allocations = value.allocations.sorted { $0.from < $1.from }
        changesOfWorker = allocations.dropFirst().filter { $0.from > yearStart && $0.from <= asOf }.count
        workersInTwelveMonths = value.workers(inTwelveMonthsTo: asOf)
        childrenReReferred = Set(value.referrals.filter { $0.date > yearStart && $0.date <= asOf }.flatMap { referral in
            referral.children.filter { value.previousReferral(of: $0, before: referral) != nil }
        }).count
        childrenOnRepeatPlans = Set(active.filter { $0.type == .childProtection }.flatMap { plan in
            plan.children.filter { !value.earlierChildProtectionPlans(of: $0, before: plan).isEmpty }
        }).count
    }
}

/// One row of `cj report caseload`: what one social worker holds on a day, or, with no worker,
/// the open cases nobody holds.
public struct CaseloadRow: Sendable, Equatable {
    /// Nil for the cases nobody holds.
    public var worker: String?
    public var caseIds: [String]
    public var families: Int { caseIds.count }
    public var childrenOnChildProtectionPlans: Int
    public var childrenOnChildInNeedPlans: Int
    public var childrenOverdueAVisit: Int
    /// Changes of worker in the last twelve months, across the families this worker holds now.
    public var changesOfWorker: Int
    /// The families this worker holds that had three or more workers in twelve months, each as
    /// "ASH-01 (3 workers)".
    public var familiesWithThreeOrMoreWorkers: [String]
    public var childrenReReferred: Int
    public var childrenOnRepeatPlans: Int

    /// Adds up each open case's share by the worker who holds it: workers by name, then the
    /// cases nobody holds.
    public static func rows(from shares: [CaseloadShare]) -> [CaseloadRow] {
        let open = shares.filter(\.isOpen)
        let byWorker = Dictionary(grouping: open, by: \.worker)
        return byWorker.map { worker, shares in
            let sorted = shares.sorted { $0.caseId < $1.caseId }
            return CaseloadRow(
                worker: worker, caseIds: sorted.map(\.caseId),
                childrenOnChildProtectionPlans: sorted.map(\.childrenOnChildProtectionPlans).reduce(0, +),
                childrenOnChildInNeedPlans: sorted.map(\.childrenOnChildInNeedPlans).reduce(0, +),
                childrenOverdueAVisit: sorted.map(\.childrenOverdueAVisit).reduce(0, +),
                changesOfWorker: sorted.map(\.changesOfWorker).reduce(0, +),
                familiesWithThreeOrMoreWorkers: sorted.filter { $0.workersInTwelveMonths.count >= 3 }
                    .map { "\($0.caseId) (\($0.workersInTwelveMonths.count) workers)" },
                childrenReReferred: sorted.map(\.childrenReReferred).reduce(0, +),
                childrenOnRepeatPlans: sorted.map(\.childrenOnRepeatPlans).reduce(0, +))
        }.sorted { ($0.worker == nil ? 1 : 0, $0.worker ?? "") < ($1.worker == nil ? 1 : 0, $1.worker ?? "") }
    }
}
