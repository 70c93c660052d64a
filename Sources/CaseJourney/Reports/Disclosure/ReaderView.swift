/// A plan as one reader may see it: the only way an output for a family member reaches the
/// case's free text. It asks the `DisclosurePolicy` about every item of the plan once, keeps
/// what may be shown, and lists what was withheld and why, for the worker to check.
public struct ReaderView: Sendable {
    public let policy: DisclosurePolicy
    public let plan: Plan
    public let asOf: CalendarDate
    public private(set) var worries: [PlanStatement] = []
    public private(set) var strengths: [PlanStatement] = []
    public private(set) var outcomes: [PlanOutcome] = []
    /// Actions as they stood on the as-of day.
    public private(set) var actions: [VisibleAction] = []
    /// Oldest first.
    public private(set) var ratings: [RiskRating] = []
    public private(set) var views: [PersonView] = []
    /// Conferences whose parents' view may be shown.
    public private(set) var parentsViews: [Conference] = []
    public private(set) var endProposals: [EndProposal] = []
    /// Evidence of progress for this plan's actions and outcomes, or not tied to any, oldest first.
    public private(set) var evidence: [Evidence] = []
    /// Written agreements the reader signed (all of them, for a summary with no reader).
    public private(set) var agreements: [WrittenAgreement] = []
    /// Help the family was referred to: the reader's own, and the children's on this plan.
    public private(set) var services: [ServiceReferral] = []
    /// The reader's own requests to correct a record, with their answers.
    public private(set) var correctionRequests: [CorrectionRequest] = []
    private var shownExpectationReasons: Set<String> = []
    private var shownReports: Set<String> = []
    /// Everything left out, in the order the plan holds it.
    public private(set) var withheld: [WithheldItem] = []

    /// `recorded` is the case as recorded: the policy looks for details in withdrawn and
    /// corrected records too, and the items shown come from the case in force.
    public init(case recorded: Case, plan: Plan, reader: Person?, asOf: CalendarDate) {
        self.init(policy: DisclosurePolicy(case: recorded, reader: reader), case: recorded.inForce, plan: plan, asOf: asOf)
    }

    /// `value` is the case in force (`Case.inForce`).
    init(policy: DisclosurePolicy, case value: Case, plan: Plan, asOf: CalendarDate) {
        self.policy = policy
        self.plan = plan
        self.asOf = asOf
        let items = DisclosureItems(case: value)
        let onPlan = { (id: String, date: CalendarDate) in id == plan.id && date <= asOf }

        worries = value.worries.filter { onPlan($0.plan, $0.date) }.filter { decide(items.statement($0, kind: "worry"), $0.date) }
        strengths = value.strengths.filter { onPlan($0.plan, $0.date) }.filter { decide(items.statement($0, kind: "strength"), $0.date) }
        outcomes = value.outcomes.filter { onPlan($0.plan, $0.date) }.filter { decide(items.outcome($0), $0.date) }
        for action in value.actions where action.plan == plan.id {
            guard let state = action.state(on: asOf), decide(items.action(action, state: state), action.added) else { continue }
            var reasons: Set<Int> = []
            for (index, event) in action.history.enumerated() where event.date <= asOf && (event.reason != nil || event.note != nil) {
                if decide(items.eventReason(event, of: action, state: state), event.date) { reasons.insert(index) }
            }
            actions.append(VisibleAction(action: action, state: state, shownReasons: reasons))
        }
        ratings = value.riskRatings.filter { onPlan($0.plan, $0.date) }.sorted { $0.date < $1.date }.filter { decide(items.rating($0), $0.date) }
        views = value.views.filter { ($0.plan == nil || $0.plan == plan.id) && $0.date <= asOf }.filter { decide(items.view($0), $0.date) }
        parentsViews = value.conferences.filter { $0.plan == plan.id && $0.date <= asOf && $0.parentsView != nil }
            .filter { decide(items.parentsView($0), $0.date) }
        endProposals = value.endProposals.filter { onPlan($0.plan, $0.date) }.filter { decide(items.endProposal($0), $0.date) }
        let planActions = Set(value.actions.filter { $0.plan == plan.id }.map(\.id))
        let planOutcomes = Set(value.outcomes.filter { $0.plan == plan.id }.map(\.id))
        evidence = value.evidence.filter { item in
            let linked = (item.actions ?? []) + (item.outcomes ?? [])
            return item.recordedOn <= asOf && (linked.isEmpty || linked.contains { planActions.contains($0) || planOutcomes.contains($0) })
        }.sorted { $0.date < $1.date }.filter { decide(items.evidence($0), $0.date) }
        agreements = value.agreements.filter { agreement in
            agreement.signed <= asOf && (policy.reader.map { agreement.agreedBy.contains($0.id) } ?? true)
        }.filter { decide(items.agreement($0), $0.signed) }
        services = value.services.filter { referral in
            referral.referred <= asOf && (referral.person == policy.reader?.id || plan.children.contains(referral.person))
        }.filter { decide(items.service($0), $0.referred) }
        if let reader = policy.reader {
            correctionRequests = value.correctionRequests.filter { $0.from.person == reader.id && $0.date <= asOf }
                .filter { decide(items.correctionRequest($0, asOf: asOf), $0.date) }
        }
        for expectation in value.expectations where expectation.plan == plan.id && expectation.setOn <= asOf {
            if decide(items.expectation(expectation), expectation.setOn) { shownExpectationReasons.insert(expectation.id) }
        }
        for conference in value.conferences where conference.plan == plan.id || conference.plan == nil {
            for report in conference.reports where (report.received ?? conference.date) <= asOf {
                if decide(items.report(report, of: conference), report.received ?? conference.date) { shownReports.insert(conference.id + "/" + report.id) }
            }
        }
    }

    /// Asks the policy; notes a withheld item. True when it may be shown.
    private mutating func decide(_ item: DisclosureItem, _ date: CalendarDate?) -> Bool {
        guard let withholding = policy.withholding(item) else { return true }
        let readersOwn = policy.reader.map { item.ownedBy.contains($0.id) } ?? false
        withheld.append(WithheldItem(kind: item.kind, id: item.id, date: date, text: item.texts.first ?? "", withholding: withholding,
                                     readersOwn: readersOwn))
        return false
    }

    /// True when anything was left out for this reader.
    public var hasWithheld: Bool { !withheld.isEmpty }

    /// The reason an expectation was set, when the reader may see it.
    public func reason(of expectation: ExpectationOverride) -> String? {
        shownExpectationReasons.contains(expectation.id) ? expectation.reason : nil
    }

    /// True when the reader may be told about this report (who wrote it).
    public func mayShow(_ report: ConferenceReport, of conference: Conference) -> Bool {
        shownReports.contains(conference.id + "/" + report.id)
    }

    /// The visible actions carried out by `personID`, alone or with others.
    public func actions(for personID: String) -> [VisibleAction] {
        actions.filter { $0.state.owners.contains(.person(personID)) }
    }
}

/// An action the reader may see, as it stood on the day, and which of its events' reasons.
public struct VisibleAction: Sendable {
    public var action: PlanAction
    public var state: ActionState
    /// Positions in `action.history` whose reason or note may be shown.
    public var shownReasons: Set<Int>

    /// The reason (or note) of the latest event on or before the day, when it may be shown.
    public var latestReason: String? {
        let dated = action.history.enumerated().filter { $0.element.date <= state.since }
        guard let latest = dated.max(by: { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }),
              shownReasons.contains(latest.offset) else { return nil }
        return latest.element.reason ?? latest.element.note
    }

    /// For an ongoing action: the latest word on how it is going, when it may be shown.
    public var progress: ActionProgress? {
        guard let current = state.progress else { return nil }
        let latest = action.history.enumerated().filter { $0.element.kind == .progress && $0.element.date <= current.date }
            .max { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
        guard let latest, shownReasons.contains(latest.offset) else { return nil }
        return current
    }

    /// The reason of `event` when it may be shown.
    public func reason(of event: ActionEvent) -> String? {
        guard let index = action.history.firstIndex(of: event), shownReasons.contains(index) else { return nil }
        return event.reason
    }
}

/// One item left out of a reader's output, and why: what `cj plan summary --withheld` lists.
public struct WithheldItem: Codable, Sendable, Equatable {
    /// "worry", "action", "why an action was deferred".
    public var kind: String
    public var id: String
    public var date: CalendarDate?
    /// The item's words (the worker's view), as recorded.
    public var text: String
    /// "holds a detail kept from the reader (Gemma Evans's address)".
    public var reason: String
    /// Nil for what the last check of the finished summary took out.
    public var rule: DisclosurePolicy.Rule?
    /// True for the reader's own part (an action of theirs that was once in someone else's hands).
    public var readersOwn: Bool

    init(kind: String, id: String, date: CalendarDate?, text: String, withholding: Withholding, readersOwn: Bool = false) {
        self.kind = kind
        self.id = id
        self.date = date
        self.text = text
        reason = withholding.description
        rule = withholding.rule
        self.readersOwn = readersOwn
    }

    /// Words the last check of the finished summary replaced with "(kept private)".
    init(guarded text: String, detail: KeptDetail) {
        kind = "words in the summary"
        id = "-"
        date = nil
        self.text = text
        reason = "holds a detail kept from the reader: \(detail.label) (replaced by \"(kept private)\")"
        rule = nil
        readersOwn = false
    }
}

/// How each kind of record looks to the policy: its words, whose it is, and its marking.
struct DisclosureItems {
    let value: Case

    init(case value: Case) {
        self.value = value
    }

    func statement(_ statement: PlanStatement, kind: String) -> DisclosureItem {
        var item = DisclosureItem(kind: kind, id: statement.id, texts: [statement.text] + [statement.historic?.changedSince].compactMap { $0 })
        item.recordedBy = [statement.by]
        return item.marked(statement)
    }

    func outcome(_ outcome: PlanOutcome) -> DisclosureItem {
        var item = DisclosureItem(kind: "outcome", id: outcome.id, texts: [outcome.text] + [outcome.reason].compactMap { $0 })
        item.recordedBy = [outcome.by]
        return item.marked(outcome)
    }

    func action(_ action: PlanAction, state: ActionState) -> DisclosureItem {
        var item = DisclosureItem(kind: "action", id: action.id, texts: action.history.compactMap(\.text)
            + action.history.compactMap(\.repeats) + action.everyOwner.compactMap(\.agency))
        own(&item, action, state: state)
        item.recordedBy = action.history.map(\.by)
        // A change that rewords the action marks its words, not only its reason.
        return action.history.filter { $0.text != nil || $0.repeats != nil }.reduce(item.marked(action)) { $0.marked($1) }
    }

    func eventReason(_ event: ActionEvent, of action: PlanAction, state: ActionState) -> DisclosureItem {
        let kind = event.kind == .done ? "a note on an action done"
            : event.kind == .progress ? "how an ongoing action is going" : "why an action was \(event.kind.rawValue)"
        var item = DisclosureItem(kind: kind, id: action.id,
                                  texts: [event.reason, event.note].compactMap { $0 })
        own(&item, action, state: state)
        item.recordedBy = [event.by]
        return item.marked(action).marked(event)
    }

    /// Whose an action is: its owners now, everyone who ever held it, and the professionals.
    private func own(_ item: inout DisclosureItem, _ action: PlanAction, state: ActionState) {
        item.ownedBy = state.owners.compactMap(\.person)
        item.heldBy = action.everyOwner.compactMap(\.person)
        item.professionals = action.everyOwner.compactMap(\.professional)
        let unknownPeople = item.heldBy.filter { value.person(withID: $0) == nil }
        let unknownProfessionals = item.professionals.filter { id in !value.professionals.contains { $0.id == id } }
        if let unknown = (unknownPeople + unknownProfessionals).first {
            item.unresolved = "its owner \(unknown) is not in the case"
        }
    }

    func rating(_ rating: RiskRating) -> DisclosureItem {
        var item = DisclosureItem(kind: "risk rating", id: rating.id, texts: [rating.reason, rating.ratedBy])
        item.recordedBy = [rating.ratedBy]
        item.professionals = value.professionals.filter { NameKey.same($0.name, rating.ratedBy) }.map(\.id)
        item.saidBy = value.people.filter { NameKey.same($0.name, rating.ratedBy) }.map(\.id)
        return item.marked(rating)
    }

    func view(_ view: PersonView) -> DisclosureItem {
        var item = DisclosureItem(kind: "view", id: view.id, texts: [view.text])
        item.recordedBy = [view.recordedBy]
        guard let person = value.person(withID: view.person) else {
            item.unresolved = "it is the view of \(view.person), who is not in the case"
            return item.marked(view)
        }
        if person.isChild {
            item.childsWords = .init(child: person.id, agreed: view.childAgreedToShare == true)
        } else {
            item.saidBy = [person.id]
        }
        return item.marked(view)
    }

    /// What the parents said at a conference: said by the family members there, and heard by them.
    func parentsView(_ conference: Conference) -> DisclosureItem {
        var item = DisclosureItem(kind: "what the parents said", id: conference.id, texts: [conference.parentsView ?? ""])
        let family = conference.attended.compactMap(\.person).filter { value.person(withID: $0)?.isChild == false }
        if family.isEmpty {
            item.unresolved = "nobody from the family is recorded as at \(conference.id), so it is not known who said it"
        }
        item.saidBy = family
        item.heardBy = family
        return item.marked(conference)
    }

    func evidence(_ evidence: Evidence) -> DisclosureItem {
        var item = DisclosureItem(kind: "evidence", id: evidence.id, texts: [evidence.text, evidence.from.name] + [evidence.from.agency].compactMap { $0 })
        item.ownedBy = [evidence.person].compactMap { $0 }
        item.saidBy = [evidence.from.person].compactMap { $0 }
        item.professionals = [evidence.from.professional].compactMap { $0 }
        item.recordedBy = [evidence.by]
        return item.marked(evidence)
    }

    func agreement(_ agreement: WrittenAgreement) -> DisclosureItem {
        // Every signatory reads the agreement; a request under it is shown only to whoever asked.
        var item = DisclosureItem(kind: "written agreement", id: agreement.id, texts: agreement.terms + (agreement.milestones ?? []).map(\.text)
            + [agreement.endReason, agreement.keptAfterPlanBecause].compactMap { $0 })
        item.ownedBy = agreement.agreedBy
        item.recordedBy = [agreement.by]
        return item.marked(agreement)
    }

    func service(_ referral: ServiceReferral) -> DisclosureItem {
        var item = DisclosureItem(kind: "help from a service", id: referral.id, texts: [referral.provider, referral.purpose])
        item.ownedBy = [referral.person]
        item.recordedBy = [referral.by]
        return item.marked(referral)
    }

    func correctionRequest(_ request: CorrectionRequest, asOf: CalendarDate) -> DisclosureItem {
        let answer = request.answer.flatMap { $0.date <= asOf ? $0.reason : nil }
        var item = DisclosureItem(kind: "correction request", id: request.id, texts: [request.wrong, request.shouldSay] + [answer].compactMap { $0 })
        item.saidBy = [request.from.person].compactMap { $0 }
        item.ownedBy = item.saidBy
        item.recordedBy = [request.by]
        return item.marked(request)
    }

    func endProposal(_ proposal: EndProposal) -> DisclosureItem {
        var item = DisclosureItem(kind: "proposal to end the plan", id: proposal.id, texts: [proposal.reason, proposal.by])
        item.recordedBy = [proposal.by]
        item.professionals = value.professionals.filter { NameKey.same($0.name, proposal.by) }.map(\.id)
        return item.marked(proposal)
    }

    func expectation(_ expectation: ExpectationOverride) -> DisclosureItem {
        var item = DisclosureItem(kind: "why a visit timescale was set", id: expectation.id, texts: [expectation.reason])
        item.recordedBy = [expectation.setBy]
        return item.marked(expectation)
    }

    func report(_ report: ConferenceReport, of conference: Conference) -> DisclosureItem {
        var item = DisclosureItem(kind: "who wrote a report", id: report.id, texts: [report.from.name] + [report.from.agency].compactMap { $0 })
        item.professionals = [report.from.professional].compactMap { $0 }
        item.saidBy = [report.from.person].compactMap { $0 }
        return item.marked(conference)
    }
}
