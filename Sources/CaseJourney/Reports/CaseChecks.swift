/// Patterns worth a conversation, found in a case: information, not blame. Each says what was
/// found in plain words so a manager can ask about it.
public struct CaseCheck: Codable, Sendable, Equatable {
    public var caseId: String
    public var kind: CheckKind
    public var plan: String?
    public var message: String
}

public enum CheckKind: String, Choice {
    /// Every family action falls to the mother while a father with parental responsibility is recorded.
    case actionsOnlyForMother = "actions-only-for-mother"
    /// The social worker changed shortly before a conference.
    case workerChangedBeforeConference = "worker-changed-before-conference"
    /// A child protection plan has been open a long time.
    case longPlan = "long-plan"
    /// A child on a child protection plan had one before.
    case repeatPlan = "repeat-plan"
    /// Two copies of the case changed the same thing differently; someone must choose.
    case openConflict = "open-conflict"
    /// Two people with one name and date of birth: added twice, often on two copies of the case.
    case possibleDuplicate = "possible-duplicate"
    /// Every open family action on a plan is for one adult nobody has reached; the others are done.
    case waitingOnOneAdult = "waiting-on-one-adult"
    /// A family with the team's number of social workers or more in twelve months.
    case manyWorkers = "many-workers"
}

public struct CaseChecks: Sendable {
    public let settings: CheckSettings
    public let handovers: HandoverSettings
    public let services: ServiceSettings
    public let agreements: AgreementSettings
    public let calendar: WorkingCalendar

    public init(settings: StoreSettings) {
        self.settings = settings.checks
        handovers = settings.handovers
        services = settings.services
        agreements = settings.agreements
        calendar = settings.workingCalendar
    }

    public func checks(for recorded: Case, asOf: CalendarDate) -> [CaseCheck] {
        let value = recorded.inForce
        var found: [CaseCheck] = []
        func note(_ kind: CheckKind, _ plan: String?, _ message: String) {
            found.append(CaseCheck(caseId: value.caseId, kind: kind, plan: plan, message: message))
        }
        let active = value.plans.filter { $0.isActive(on: asOf) }
        for plan in active {
            if let message = onlyMotherMessage(plan, in: value, asOf: asOf) { note(.actionsOnlyForMother, plan.id, message) }
            if let message = waitingOnOneAdultMessage(plan, in: value, asOf: asOf) { note(.waitingOnOneAdult, plan.id, message) }
            guard plan.type == .childProtection else { continue }
            let limit = settings.longPlan.after(plan.start, in: calendar)
            if limit <= asOf {
                note(.longPlan, plan.id, "\(plan.id) has been a child protection plan since \(plan.start): "
                    + "\(Self.months(from: plan.start, to: asOf)) months (the team looks again at \(settings.longPlan.length)).")
            }
            var childRepeat = false
            for childID in plan.children {
                let earlier = value.earlierChildProtectionPlans(of: childID, before: plan)
                guard let previous = earlier.last else { continue }
                childRepeat = true
                let name = value.person(withID: childID)?.name ?? childID
                let ended = previous.end.map { " to \($0.date)" } ?? ""
                note(.repeatPlan, plan.id, "\(name) was on a child protection plan before (\(previous.id), \(previous.start)\(ended)); "
                    + "this is a repeat plan." + Self.leftUndone(previous, in: value))
            }
            // A younger child's first plan is still a repeat plan for the family.
            if !childRepeat, let previous = value.plans.filter({
                $0.type == .childProtection && $0.id != plan.id && $0.start < plan.start && Set($0.children).isDisjoint(with: plan.children)
            }).last {
                let names = previous.children.compactMap { value.person(withID: $0)?.firstName }
                let ended = previous.end.map { " to \($0.date)" } ?? ""
                note(.repeatPlan, plan.id, "The \(value.familyName) family had a child protection plan before (\(previous.id) for "
                    + "\(Case.list(names)), \(previous.start)\(ended)); this is a repeat plan for the family." + Self.leftUndone(previous, in: value))
            }
        }
        found += workerChanges(in: value, activePlans: Set(active.map(\.id)), asOf: asOf)
        for conflict in recorded.openConflicts { note(.openConflict, nil, conflict.settleMessage(caseID: value.caseId)) }
        let workers = value.workers(inTwelveMonthsTo: asOf)
        if workers.count >= handovers.manyWorkers, !active.isEmpty {
            note(.manyWorkers, nil, "\(value.familyName) family: \(workers.count) social workers in twelve months (\(Case.list(workers))). "
                + "Check each handover was finished, and that the children were not asked to tell their story again.")
        }
        for (first, second) in Self.possibleDuplicates(in: value) {
            note(.possibleDuplicate, nil, "\(first.name) (\(first.id)) and \(second.name) (\(second.id)) have the same name and "
                + "date of birth. If they are one person, withdraw one with `cj person withdraw \(value.caseId) \(second.id) "
                + "--same-as \(first.id) --reason \"Added twice\"`; what it names moves to the one who stays.")
        }
        return found
    }

    /// What an earlier plan left undone when it ended: its actions still live on its last day.
    static func leftUndone(_ previous: Plan, in value: Case) -> String {
        guard let end = previous.end?.date else { return "" }
        let undone = value.actions.filter { $0.plan == previous.id }
            .compactMap { action in action.state(on: end.adding(days: -1)).flatMap { $0.status.isLive ? "\(action.id) \"\($0.text)\"" : nil } }
        return undone.isEmpty ? "" : " When it ended, it had left undone: " + undone.joined(separator: "; ") + "."
    }

    /// Pairs of people in force with the same name (as `NameKey` compares names) and the same
    /// date of birth (or expected birth), each pair once.
    static func possibleDuplicates(in value: Case) -> [(Person, Person)] {
        let people = value.people.filter { !$0.isWithdrawn }
        var pairs: [(Person, Person)] = []
        for (index, first) in people.enumerated() {
            for second in people[(index + 1)...] where first.isChild == second.isChild && first.born == second.born
                && first.expectedBirth == second.expectedBirth && NameKey.same(first.name, second.name) {
                pairs.append((first, second))
            }
        }
        return pairs
    }

    /// An adult with parental responsibility nobody has reached within the team's time while a
    /// child is on a plan: the day they were last reached (nil: never), or nil when they were.
    func notReached(_ adult: Person, in value: Case, asOf: CalendarDate) -> (since: CalendarDate?, flagged: Bool, due: CalendarDate) {
        let last = value.lastReached(adult.id, asOf: asOf)
        let from = last ?? value.plans.filter { $0.isActive(on: asOf) }.map(\.start).min() ?? asOf
        let due = settings.adultNotReached.after(from, in: calendar)
        return (last, due < asOf, due)
    }

    /// The mother has done everything asked; the plan waits on a father nobody reaches.
    private func waitingOnOneAdultMessage(_ plan: Plan, in value: Case, asOf: CalendarDate) -> String? {
        let family = value.actions.filter { $0.plan == plan.id }.compactMap { $0.state(on: asOf) }.filter(\.isFamily)
        let open = family.filter(\.status.isLive), done = family.filter { $0.status == .done }
        let openOwners = Set(open.flatMap(\.familyOwners))
        guard openOwners.count == 1, let adult = value.person(withID: openOwners.first!), !adult.isChild,
              done.contains(where: { !$0.familyOwners.contains(adult.id) }) else { return nil }
        let reached = notReached(adult, in: value, asOf: asOf)
        guard reached.flagged else { return nil }
        let others = Set(done.flatMap(\.familyOwners)).subtracting([adult.id]).compactMap { value.person(withID: $0)?.firstName }.sorted()
        return "Every open family action on \(plan.id) is for \(adult.name), who has not been reached "
            + (reached.since.map { "since \($0)" } ?? "on any recorded contact") + "; every action for \(Case.list(others)) is done. "
            + "Consider whether the plan could step down without waiting for \(adult.firstName)."
    }

    /// Fathers are often left out of plans: every family action is for the mother although a
    /// father with parental responsibility is recorded.
    private func onlyMotherMessage(_ plan: Plan, in value: Case, asOf: CalendarDate) -> String? {
        let owners = value.actions.filter { $0.plan == plan.id }
            .compactMap { $0.state(on: asOf) }.filter { $0.status != .dropped }
            .flatMap(\.familyOwners).compactMap { value.person(withID: $0) }
        guard !owners.isEmpty, owners.allSatisfy({ $0.role == .mother }) else { return nil }
        let fathers = value.adults.filter { $0.role == .father && $0.parentalResponsibility == true }
        guard !fathers.isEmpty else { return nil }
        let mothers = Array(Set(owners.map(\.name))).sorted().joined(separator: " and ")
        let fatherNames = fathers.map(\.name).joined(separator: " and ")
        return "Every family action on \(plan.id) is for \(mothers) (mother); \(fatherNames) (father) "
            + "also has parental responsibility and has no actions."
    }

    /// A new worker just before a conference: for conferences of open plans and conferences still to come.
    private func workerChanges(in value: Case, activePlans: Set<String>, asOf: CalendarDate) -> [CaseCheck] {
        var found: [CaseCheck] = []
        for conference in value.conferences where conference.isPending || (conference.isHeld && conference.plan.map(activePlans.contains) == true) {
            let windowStart = settings.workerChangeBeforeConference.before(conference.date, in: calendar)
            for (index, allocation) in value.allocations.enumerated().dropFirst()
            where allocation.from >= windowStart && allocation.from <= conference.date && allocation.from <= asOf {
                let previous = value.allocations[index - 1].worker
                let days = allocation.from.days(until: conference.date)
                found.append(CaseCheck(
                    caseId: value.caseId, kind: .workerChangedBeforeConference, plan: conference.plan,
                    message: "\(allocation.worker) took over from \(previous) on \(allocation.from), \(days) day\(days == 1 ? "" : "s") "
                        + "before the \(conference.title) on \(conference.date)."))
            }
        }
        return found
    }

    /// Whole calendar months from `start` to `end`.
    static func months(from start: CalendarDate, to end: CalendarDate) -> Int {
        let months = (end.year - start.year) * 12 + end.month - start.month
        return end.day < start.day ? months - 1 : months
    }
}
