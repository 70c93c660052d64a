/// Builds the plain-language summary of a plan for a parent or carer (`cj plan summary`).
///
/// It speaks to the reader as "you", puts their part first, and is as honest about what
/// professionals promised as about what the family must do. Every piece of free text it shows
/// comes through a `ReaderView`, which asks the one `DisclosurePolicy` about each item; what the
/// reader must not see is left out and listed in `withheld` for the worker. Without a reader it
/// is the professionals' view, which shows everything and says so on its first line.
public struct PlanSummaryBuilder {
    let value: Case
    let plan: Plan
    let reader: Person?
    let settings: StoreSettings
    let asOf: CalendarDate
    /// The plan as this reader may see it.
    public let view: ReaderView

    /// `planReference` defaults to the only open plan (or the latest); `readerReference` names
    /// the parent or carer it is for, by id or first name.
    public init(case recorded: Case, plan planReference: String?, for readerReference: String?,
                settings: StoreSettings, asOf: CalendarDate) throws(CaseJourneyError) {
        let value = recorded.inForce
        self.value = value
        self.settings = settings
        self.asOf = asOf
        plan = try value.planForReport(planReference)
        if let readerReference {
            let person = try value.person(readerReference)
            guard !person.isChild else {
                throw .usage("The summary is for a parent or carer; \(person.name) is a child in case \(value.caseId).")
            }
            reader = person
        } else {
            reader = nil
        }
        guard asOf >= plan.start else {
            throw .usage("Plan \(plan.id) starts on \(plan.start), after \(asOf); give an --as-of on or after the day it started.")
        }
        view = ReaderView(case: recorded, plan: plan, reader: reader, asOf: asOf)
    }

    init(case value: Case, plan: Plan, reader: Person?, settings: StoreSettings, asOf: CalendarDate, policy: DisclosurePolicy) {
        self.value = value
        self.plan = plan
        self.reader = reader
        self.settings = settings
        self.asOf = asOf
        view = ReaderView(policy: policy, case: value, plan: plan, asOf: asOf)
    }

    /// Everything left out of this reader's summary, and why: what the policy withheld, and any
    /// words the last check of the finished summary replaced.
    public var withheld: [WithheldItem] {
        view.withheld + draft().keptParts(view.policy).map { WithheldItem(guarded: $0.text, detail: $0.detail) }
    }

    public func build() -> SummaryDocument {
        checkedBuild().document
    }

    /// The summary, and the words in it that a parent may not understand and it does not
    /// explain: terms used first where no explanation can go, and abbreviations not in the
    /// jargon list. A good summary has none.
    /// With `easyRead`, the shorter easy-read version.
    public func checkedBuild(easyRead: Bool = false) -> (document: SummaryDocument, unexplained: [String]) {
        // A last guard: no part that holds a kept detail is printed, whatever put it there.
        // Explanations go in after it, so a kept detail is never split by one.
        let glossed = JargonGlossing.apply(to: (easyRead ? easyReadDraft() : draft()).withholding(view.policy))
        // People's names are not abbreviations; an agency's or a service's name may well be one.
        let names = Jargon.nameWords([value.familyName] + value.people.map(\.name) + value.professionals.map(\.name)
            + value.allocations.flatMap { [$0.worker, $0.manager ?? ""] } + settings.summary.advice.map(\.name)
            + [settings.summary.localAuthority ?? "", settings.teamName ?? ""])
        let abbreviations = Jargon.unexplainedAbbreviations(in: glossed.document.allText, names: names)
        return (glossed.document, glossed.unexplained + abbreviations)
    }

    /// The summary before the last guard and before its jargon is explained.
    private func draft() -> SummaryDocument {
        let sections = [mostImportant(), aboutThePlan(), whyThereIsAPlan(), checksMade(), whatNeedsToChange(), yourPart(), whatHasBeenDone(), writtenAgreement(),
                        helpForTheFamily(), yourRequests(), othersInTheFamily(), whatOthersPromised(), reportsGivenLate(), whatChanged(),
                        howThingsHaveMoved(),
                        whatPeopleSaid(), whatHappensNext(), ifThingsDoNotChange(), whoToContact(), yourRights()].compactMap { $0 }
        return SummaryDocument(title: title, subtitle: subtitle, sections: sections,
                               privateMark: reader.map { "Private: for \($0.name)" } ?? "Private: for professionals only")
    }

    // MARK: Sections

    private var title: String {
        reader == nil ? "Professionals' view: the plan for the \(value.familyName) family" : "The plan for the \(value.familyName) family"
    }

    private var subtitle: String {
        let written = "Written on \(SummaryDates.long(asOf))"
        guard let reader else {
            return "Not for family members: it shows everything, even what is kept private from them. \(written)."
        }
        return "\(written) for \(reader.name)."
    }

    private func aboutThePlan() -> SummarySection {
        var blocks: [SummaryBlock] = []
        if reader != nil, view.hasWithheld {
            blocks.append(.paragraph("Some parts of the plan are private, so they are not shown here. This can be to keep someone safe, or because they are about another person."))
        }
        blocks.append(.paragraph(SummaryText([.own("This plan is for "), .data(childNames), .own(".")])))
        switch plan.type {
        case .childProtection:
            blocks.append(.paragraph("It is a child protection plan."))
            if let category = plan.category {
                blocks.append(.paragraph(.own("The main worry is \(describe(category)).")))
            }
        case .childInNeed:
            blocks.append(.paragraph("It is a child in need plan."))
            blocks.append(.paragraph(readerHasParentalResponsibility
                ? "It is voluntary. That means you choose whether to take part. You can say no, or stop, at any time. If you want to stop, tell your social worker. They will explain what happens next."
                : .own("It is voluntary. That means \(childPossessive) parents choose whether to take part.")))
            if pendingFirstConference != nil {
                blocks.append(.paragraph(.own("There are new worries about \(childPossessive) safety. Your social worker and others are now making checks. These checks go on even if you say no to this plan.")))
                blocks.append(.paragraph(.own("A child protection conference is coming up. It may decide \(childSubject) \(childVerb("needs", "need")) a child protection plan. That kind of plan is not voluntary in the same way.")))
            }
        }
        if let unborn = plan.children.compactMap({ value.person(withID: $0) }).first(where: \.isUnborn), let expected = unborn.expectedBirth {
            blocks.append(.paragraph(SummaryText([.own("It started before "), .data(unborn.firstName), .own(" was born. The baby is due on \(SummaryDates.long(expected)).")])))
        }
        if let end = plan.end {
            blocks.append(.paragraph(.own("It started on \(SummaryDates.long(plan.start)) and ended on \(SummaryDates.long(end.date)).")))
        } else {
            blocks.append(.paragraph(.own("It started on \(SummaryDates.long(plan.start)).")))
        }
        blocks.append(.paragraph("Words in quote marks are copied word for word from the case record. Words in [square brackets] explain them."))
        return SummarySection("About the plan", blocks)
    }

    /// True when something of `kind` ("worry", "action", ...) was left out for this reader.
    func withheld(_ kind: String) -> Bool {
        view.withheld.contains { $0.kind == kind }
    }

    /// What to write in a list that would be empty: never "nothing" when something was left out.
    private func emptyList(_ kind: String) -> SummaryText {
        withheld(kind) ? "Some are kept private, so they are not shown here." : "Nothing is written down yet."
    }

    private func whyThereIsAPlan() -> SummarySection? {
        // A worry from the past is never shown as if it were happening now.
        let worries = view.worries.filter { $0.historic == nil }.map { SummaryText.quote($0.text) }
        let past = view.worries.compactMap { worry -> SummaryText? in
            guard let historic = worry.historic else { return nil }
            return SummaryText([.own("In the past, until \(SummaryDates.medium(historic.until)): "), .quoted(worry.text),
                                .own(". What has changed since: "), .quoted(historic.changedSince)])
        }
        let strengths = view.strengths.map { SummaryText.quote($0.text) }
        guard !worries.isEmpty || !past.isEmpty || !strengths.isEmpty || withheld("worry") || withheld("strength") else {
            let worker = value.allocations.inForce.last { $0.covers(asOf) }?.worker
            return SummarySection("Why there is a plan", [
                .paragraph("The reasons for this plan have not been written down here yet."),
                .paragraph(SummaryText(worker.map { [.own("Ask "), .team($0), .own(", your social worker, to tell you why, and to write it down.")] }
                    ?? [.own("Ask the team to tell you why, and to write it down.")])),
            ])
        }
        var blocks: [SummaryBlock] = [
            .paragraph("These are the worries, and the good things people have seen, in the words of the people who wrote them."),
            .sideBySide(leftHeading: "What people are worried about", left: worries.isEmpty ? [past.isEmpty ? emptyList("worry") : "No worry is about now."] : worries,
                        rightHeading: "What is going well", right: strengths.isEmpty ? [emptyList("strength")] : strengths),
        ]
        if !past.isEmpty {
            blocks += [.paragraph("Worries from the past. These are about what happened before, not about now."), .bullets(past)]
        }
        return SummarySection("Why there is a plan", blocks)
    }

    private func whatNeedsToChange() -> SummarySection? {
        let outcomes = view.outcomes.map { SummaryText.quote($0.text) }
        guard !outcomes.isEmpty || withheld("outcome") else { return nil }
        return SummarySection("What needs to change", [
            .paragraph("These are the changes the plan is working towards."),
            .bullets(outcomes.isEmpty ? [emptyList("outcome")] : outcomes),
        ])
    }

    private func yourPart() -> SummarySection? {
        guard let reader else { return nil }
        let mine = view.actions(for: reader.id)
        let private_ = view.withheld.contains { $0.readersOwn && $0.kind == "action" }
        let privateNote: SummaryBlock = .paragraph("Some of your part is kept private, so it is not shown here. Ask your social worker about it.")
        guard !mine.isEmpty else {
            return SummarySection("Your part", [private_ ? privateNote
                : .paragraph(plan.isOpen ? "There are no actions for you in the plan yet. You can ask to be part of it."
                    : "There were no actions for you in this plan.")])
        }
        var blocks: [SummaryBlock] = [
            .paragraph("These are the things you agreed to do."),
            .checklist(mine.map { checklistItem($0, showOwner: $0.state.owners.count > 1) }),
        ]
        if mine.allSatisfy({ $0.state.status == .done || $0.state.status == .dropped }) && mine.contains(where: { $0.state.status == .done }) {
            blocks.append(.paragraph(.own(allDoneSentence())))
        }
        return SummarySection("Your part", blocks + (private_ ? [privateNote] : []))
    }

    /// Every action of the reader's is done: the plan could end sooner, and when the next
    /// review is.
    private func allDoneSentence() -> String {
        var sentence = "All your actions are done. The plan could end sooner: you can ask for an earlier review."
        if plan.isOpen, plan.type == .childProtection, let review = MeetingSchedule(settings: settings).nextReview(of: plan, in: value, asOf: asOf) {
            sentence += review.booked.map { " The next review is booked for \(SummaryDates.long($0.date))." }
                ?? " The next review should be held by \(SummaryDates.long(familyDay(review.due)))."
        }
        return sentence
    }

    /// The written agreement the reader signed: its terms, the next check-in, its milestones and
    /// their requests, or that no check-in is set and they can ask for one.
    private func writtenAgreement() -> SummarySection? {
        guard !view.agreements.isEmpty else { return nil }
        return SummarySection(view.agreements.count == 1 ? "Your written agreement" : "Your written agreements",
                              view.agreements.flatMap(agreementBlocks))
    }

    private func agreementBlocks(_ agreement: WrittenAgreement) -> [SummaryBlock] {
        var blocks: [SummaryBlock] = [.paragraph(.own("You signed a written agreement on \(SummaryDates.long(agreement.signed)). It says:")),
                                      .bullets(agreement.terms.map(SummaryText.quote))]
        if let ended = agreement.ended, ended <= asOf {
            blocks.append(.paragraph(SummaryText([.own("It ended on \(SummaryDates.long(ended)). Why: "), .quoted(agreement.endReason ?? "")])))
            return blocks
        }
        let open = (agreement.checkIns ?? []).filter { $0.held == nil && $0.missed != true }
        if let next = open.filter({ $0.date >= asOf }).map(\.date).min() {
            blocks.append(.paragraph(.own("The next check-in, to look at the agreement again with you, is on \(SummaryDates.long(next)).")))
        } else if let passed = open.map(\.date).max() {
            blocks.append(.paragraph(.own("A check-in was set for \(SummaryDates.long(passed)). Ask your social worker what was decided, and when the next one is.")))
        } else {
            blocks.append(.paragraph(.own("No check-in is set to look at the agreement again. You can ask for one, and ask when it could end.")))
        }
        let milestones = agreement.milestones ?? []
        if !milestones.isEmpty {
            blocks.append(.paragraph("Steps towards ending it:"))
            blocks.append(.bullets(milestones.map { milestone in
                SummaryText([.quoted(milestone.text), .own(milestone.reached.map { ". Reached on \(SummaryDates.medium($0))." } ?? ". Not reached yet.")])
            }))
        } else {
            blocks.append(.paragraph(.own("No steps towards ending it are written down. You can ask for them.")))
        }
        let asked = (agreement.permissionRequests ?? []).filter { $0.asked <= asOf && $0.from == reader?.id }
        if !asked.isEmpty {
            blocks.append(.paragraph("What you asked to do:"))
            blocks.append(.bullets(asked.map { request in
                var parts: [SummaryText.Part] = [.own("On \(SummaryDates.medium(request.asked)) you asked: "), .quoted(request.what), .own(". ")]
                if let answered = request.answered, answered <= asOf {
                    parts += [.own((request.granted == true ? "Yes" : "No") + ", on \(SummaryDates.medium(answered)). Why: "), .quoted(request.reason ?? "")]
                } else {
                    parts.append(.own("Not answered yet."))
                }
                return SummaryText(parts)
            }))
        }
        return blocks
    }

    /// The help the family was referred to: where it stands, and whether it carries on after
    /// the plan, so help does not simply stop the day the plan ends.
    private func helpForTheFamily() -> SummarySection? {
        guard !view.services.isEmpty else { return nil }
        let items = view.services.map { referral -> SummaryText in
            var parts: [SummaryText.Part] = []
            if referral.person != reader?.id, let name = value.person(withID: referral.person)?.firstName { parts += [.data(name), .own(": ")] }
            let yours = referral.person == reader?.id
            parts += [.data(referral.provider), .own(", "), .quoted(referral.purpose), .own(". ")]
            if let ended = referral.ended, ended <= asOf {
                parts.append(.own("It ended on \(SummaryDates.medium(ended)) (\(referral.endReason?.displayName ?? "ended"))."))
                if referral.endReason?.isProvidersDoing == true {
                    parts.append(.own(" This was not your doing."))
                    let replaced = view.services.contains { $0.id != referral.id && $0.person == referral.person && $0.referred >= ended }
                    if !replaced { parts.append(.own(" Your social worker should find other help.")) }
                }
            } else if let started = referral.started, started <= asOf {
                parts.append(.own("It started on \(SummaryDates.medium(started)). "))
                parts.append(.own(referral.continuesAfterPlan == true ? "It carries on after the plan ends."
                    : referral.continuesAfterPlan == false ? "It stops when the plan ends. Ask what help there will be after that."
                    : "Ask whether it carries on after the plan ends."))
            } else {
                parts.append(.own((yours ? "You were referred" : "The referral was made") + " on \(SummaryDates.medium(referral.referred)). "
                    + "It has not started yet. The wait is not your doing."))
            }
            let failures = (referral.sessions ?? []).filter { $0.outcome.isProvidersFailure && $0.date <= asOf }.count
            if failures > 0 { parts.append(.own(" The service missed or cancelled \(failures) session\(failures == 1 ? "" : "s"). That is not held against you.")) }
            return SummaryText(parts)
        }
        return SummarySection("Help for the family", [.bullets(items)])
    }

    /// The reader's requests to correct a record, and what became of each.
    private func yourRequests() -> SummarySection? {
        guard !view.correctionRequests.isEmpty else { return nil }
        let items = view.correctionRequests.map { request -> SummaryText in
            var parts: [SummaryText.Part] = [.own("On \(SummaryDates.medium(request.date)) you asked us to correct "), .quoted(request.wrong),
                                             .own(". You said it should say "), .quoted(request.shouldSay), .own(". ")]
            if let answer = request.answer, answer.date <= asOf {
                parts += answer.accepted
                    ? [.own("We agreed and corrected it on \(SummaryDates.medium(answer.correctedOn ?? answer.date)).")]
                    : [.own("We did not change it. Why: "), .quoted(answer.reason),
                       .own(" If you still think it is wrong, you can ask the team manager to look again, or complain.")]
            } else {
                parts.append(.own("We have not answered yet."))
            }
            return SummaryText(parts)
        }
        return SummarySection("What you asked us to correct", [.bullets(items)])
    }

    /// Progress with evidence: a course finished (even before the plan began), a service's
    /// letter that every goal was met, a clear test.
    private func whatHasBeenDone() -> SummarySection? {
        guard !view.evidence.isEmpty else { return nil }
        let items = view.evidence.map { item -> SummaryText in
            var parts: [SummaryText.Part] = [.own(SummaryDates.medium(item.date) + ": ")]
            if let person = item.person, person != reader?.id, let name = value.person(withID: person)?.firstName {
                parts += [.data(name), .own(": ")]
            }
            parts += [.quoted(item.text), .own(" (from "), .data(item.from.agency ?? item.from.name), .own(")")]
            if item.date < plan.start { parts.append(.own(". This was before the plan began, and it still counts.")) }
            return SummaryText(parts)
        }
        return SummarySection("What has been done, with evidence", [
            .paragraph("These are the things that show progress, with where each came from."),
            .bullets(items),
        ])
    }

    /// The family's parts that are not the reader's: in a parent's summary, what the policy
    /// lets through (a child's own part, say; never another adult's).
    private func othersInTheFamily() -> SummarySection? {
        let theirs = view.actions.filter { $0.state.isFamily && !($0.state.owners.contains { $0.person == reader?.id }) }
        guard !theirs.isEmpty else { return nil }
        let heading = reader == nil ? "What the family will do" : "What others in the family will do"
        return SummarySection(heading, [.checklist(theirs.map { checklistItem($0, showOwner: true) })])
    }

    private func whatOthersPromised() -> SummarySection? {
        let promised = view.actions.filter(\.state.isProfessional)
        guard !promised.isEmpty else { return nil }
        return SummarySection("What others promised", [
            .paragraph("These are the things professionals and services said they would do."),
            .checklist(promised.map { checklistItem($0, showOwner: true) }),
        ])
    }

    private func whatChanged() -> SummarySection? {
        guard let changes = try? PlanChanges(plan: plan.id, since: nil, in: value, asOf: asOf) else { return nil }
        let outcomes = Set(view.outcomes.map(\.id))
        var statements = Dictionary((view.worries + view.strengths).map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        let actions = Dictionary(view.actions.map { ($0.action.id, $0) }, uniquingKeysWith: { first, _ in first })
        let visible: [(change: PlanChange, reason: String?)] = changes.changes.compactMap { change in
            if outcomes.contains(change.id) { return (change, change.reason) }
            // A reworded worry or strength the reader may see, once, in the words the policy let
            // through (not any wording in between); the reason for a correction is the worker's.
            if let text = statements.removeValue(forKey: change.id) {
                var shown = change
                shown.what = text
                return (shown, nil)
            }
            guard let action = actions[change.id], let index = change.eventIndex else { return nil }
            return (change, action.shownReasons.contains(index) ? change.reason : nil)
        }
        guard !visible.isEmpty else { return nil }
        let meeting = lastConference.map { "Since the \(Self.meetingName($0.kind)) on \(SummaryDates.long($0.date)), these parts of the plan changed." }
            ?? "Since the plan started, these parts of the plan changed."
        return SummarySection("What has changed, and why", [
            .paragraph(.own(meeting)),
            .bullets(visible.map { change, reason in
                var parts: [SummaryText.Part] = [.own(Self.changeLabel(change.kind) + " on \(SummaryDates.medium(change.date)): "), .quoted(change.what)]
                if let reason { parts += [.own(" Why: "), .quoted(reason)] }
                return SummaryText(parts)
            }),
        ])
    }

    private func howThingsHaveMoved() -> SummarySection? {
        let ratings = view.ratings
        guard let first = ratings.first, let latest = ratings.last else { return nil }
        var blocks: [SummaryBlock] = [
            .paragraph(.own("The professionals give a score from 0 to 10. 0 means \(childSubject) \(childVerb("is", "are")) not safe. 10 means safe enough for the plan to end.")),
            .paragraph(SummaryText([.own("On \(SummaryDates.long(first.date)), "), .data(Self.rater(first.ratedBy)), .own(" gave a score of \(first.score) out of 10. Why: "), .quoted(first.reason)])),
        ]
        if latest != first {
            blocks.append(.paragraph(SummaryText([.own("On \(SummaryDates.long(latest.date)), "), .data(Self.rater(latest.ratedBy)),
                                                  .own(" gave a score of \(latest.score) out of 10. Why: "), .quoted(latest.reason)])))
            let movement = latest.score > first.score ? "The score has gone up from \(first.score) to \(latest.score)."
                : latest.score < first.score ? "The score has gone down from \(first.score) to \(latest.score)."
                : "The score has stayed at \(latest.score)."
            blocks.append(.paragraph(.own(movement)))
        }
        return SummarySection("How things have moved", blocks)
    }

    private func whatPeopleSaid() -> SummarySection? {
        var items: [SummaryText] = []
        for personView in view.views {
            guard let speaker = value.person(withID: personView.person) else { continue }
            if let reader, speaker.id == reader.id {
                items.append(SummaryText([.own("You said on \(SummaryDates.medium(personView.date)): "), .quoted(personView.text)]))
            } else {
                // The policy has already left out what this reader may not read.
                var parts: [SummaryText.Part] = [.data(speaker.firstName), .own(" said on \(SummaryDates.medium(personView.date)): "), .quoted(personView.text)]
                if speaker.isChild && personView.childAgreedToShare != true { parts.append(.own(" (Not to be shared with the parents.)")) }
                items.append(SummaryText(parts))
            }
        }
        for conference in view.parentsViews {
            guard let said = conference.parentsView else { continue }
            // Written down by the chair or a worker: not the parents' own words.
            let whose = readerIsOnlyParent ? "your view" : "the parents' view"
            items.append(SummaryText([.own("At the \(Self.meetingName(conference.kind)) on \(SummaryDates.medium(conference.date)), \(whose) was written down as: "), .quoted(said)]))
        }
        guard !items.isEmpty else { return nil }
        return SummarySection("What people have said", [
            .paragraph("Children's words are only shared here with their parents, and only when the child agreed."),
            .bullets(items),
        ])
    }

    /// True when the reader has parental responsibility (mothers are taken to have it unless a
    /// worker recorded otherwise).
    var readerHasParentalResponsibility: Bool {
        guard let reader else { return true }
        return reader.parentalResponsibility ?? (reader.role == .mother)
    }

    /// True when the reader is the only adult in the case with parental responsibility: they are
    /// "you", never "the parents".
    var readerIsOnlyParent: Bool {
        guard let reader, readerHasParentalResponsibility else { return false }
        let parents = value.people.filter { !$0.isChild && $0.withdrawal == nil && ($0.parentalResponsibility ?? ($0.role == .mother)) }
        return parents.map(\.id) == [reader.id]
    }

    var hadChildProtectionPlanBefore: Bool {
        value.plans.contains { $0.type == .childProtection && $0.id != plan.id && $0.start < asOf }
    }

    /// A first child protection conference still to come after a strategy discussion started
    /// checks (a section 47 enquiry), or nil.
    var pendingFirstConference: MeetingDue? {
        MeetingSchedule(settings: settings).initialConference(in: value, asOf: asOf)
    }

    private func whatHappensNext() -> SummarySection {
        // Each next step with its date, so they can be listed soonest first.
        var steps: [(date: CalendarDate, text: SummaryText)] = []
        let worker = value.worker(on: asOf)
        let statuses = VisitSchedule(settings: settings).statuses(in: value, asOf: asOf).filter { $0.plan.id == plan.id }
        let who = worker.map { "\($0), your social worker," } ?? "A social worker"
        for status in statuses {
            if let override = status.visits.override, let reason = view.reason(of: override) {
                steps.append((override.setOn, SummaryText([
                    .own("Since \(SummaryDates.long(override.setOn)), "), .data(status.child.firstName),
                    .own(" must be seen \(status.visits.interval.description). Why: "), .quoted(reason)])))
            }
        }
        if let soonest = statuses.map(\.visitsDue).min() {
            let nextVisit = familyDay(soonest)
            let due = statuses.filter { $0.visitsDue == soonest }
            // Before a birth, seeing the mother is the visit.
            let unborn = due.count == 1 && due[0].child.isUnborn
            let names = unborn ? (reader?.role == .mother ? "you" : "the baby's mother") : Self.list(due.map(\.child.firstName))
            if soonest < asOf {
                var parts: [SummaryText.Part] = [.team(who), .own(" should have seen "), .data(names),
                                                 .own(" by \(SummaryDates.long(nextVisit)). That visit is late.")]
                if let lastSeen = due.compactMap(\.lastSeen).min() {
                    let were = names == "you" || due.count > 1 ? "were" : "was"
                    parts += [.own(" "), .data(Self.capitalised(names)), .own(" \(were) last seen on \(SummaryDates.long(lastSeen)).")]
                }
                steps.append((nextVisit, SummaryText(parts)))
            } else {
                steps.append((nextVisit, SummaryText([.team(who), .own(" will see "), .data(names), .own(" by \(SummaryDates.long(nextVisit)).")])))
            }
        }
        let meetings = MeetingSchedule(settings: settings)
        if plan.isOpen, let first = pendingFirstConference {
            let what = hadChildProtectionPlanBefore
                ? "A new child protection conference"
                : "The first child protection conference"
            steps += conferenceSteps(what, due: first.due, booked: first.booked, meetings: meetings)
        }
        if plan.isOpen, plan.type == .childProtection, let group = meetings.nextCoreGroup(of: plan, in: value, asOf: asOf) {
            steps.append((group.nextDate, .own(dueSentence("The next core group meeting", group.nextDate))))
        }
        if plan.isOpen, plan.type == .childProtection, let review = meetings.nextReview(of: plan, in: value, asOf: asOf) {
            steps += conferenceSteps("The next review conference", due: review.due, booked: review.booked, meetings: meetings)
        }
        let items = steps.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element.text)
        var blocks: [SummaryBlock] = items.isEmpty ? [] : [.bullets(items)]
        if plan.isOpen { blocks.append(.paragraph(SummaryText([.own("What could let the plan end: ")] + endingText))) }
        if let proposal = view.endProposals.last, proposal.proposed {
            // Not `Case.endProposal(for:)`: the summary is written as of its day, not as of now.
            blocks.append(.paragraph(SummaryText([.data(proposal.by), .own(" has said the plan could end soon. Why: "), .quoted(proposal.reason),
                                                  .own(". You can ask for the review conference to be held sooner.")])))
        }
        blocks.append(.journey(journey()))
        return SummarySection("What happens next", blocks)
    }

    /// A conference that is booked (with its reports) or only due, in plain words.
    private func conferenceSteps(
        _ what: String, due: CalendarDate, booked: Conference?, meetings: MeetingSchedule
    ) -> [(date: CalendarDate, text: SummaryText)] {
        guard let booked, booked.date >= asOf else {
            let recorded = due
            let due = familyDay(due)
            let sentence = recorded < asOf ? "\(what) should have been held by \(SummaryDates.long(due)). No date has been set yet."
                : due == asOf ? "\(what) should be held by today. No date has been set yet."
                : "\(what) should be held by \(SummaryDates.long(due)). No date has been set yet."
            return [(due, .own(sentence))]
        }
        var steps: [(date: CalendarDate, text: SummaryText)] = [(booked.date, .own("\(what) is on \(SummaryDates.long(booked.date))."))]
        let reportsBy = familyDay(meetings.reportsDue(for: booked, in: value))
        let fairness = booked.fairness ?? ConferenceFairness()
        let missing = reportsNotGiven(for: booked)
        if reportsBy < asOf, !missing.isEmpty {
            for report in missing {
                steps.append((booked.date, SummaryText([
                    .data(report.from.name), .own(" has not given you their report yet. You should have had it by \(SummaryDates.long(reportsBy)). "),
                    .own("You can ask for it today. If you have not had time to read it, you can ask for the meeting to be moved.")])))
            }
        } else {
            steps.append((booked.date, .own(reportsBy < asOf
                ? "You should have had every report for it by \(SummaryDates.long(reportsBy)). If you have not, ask your social worker for them today."
                : "You should have every report for it by \(SummaryDates.long(reportsBy)).")))
        }
        // A report handed over late is said to be late, with what the reader can ask for.
        for (report, given) in reportsHadLate(for: booked, by: reportsBy) {
            steps.append((booked.date, SummaryText([
                .own("You had the report from "), .data(report.from.name), .own(" on \(SummaryDates.long(given)). That was late: you should "
                    + "have had it by \(SummaryDates.long(reportsBy)). If you have not had time to read it, you can ask for the meeting to be moved.")])))
        }
        steps += arrangementSteps(for: booked, fairness: fairness)
        return steps
    }

    /// The reports for a booked conference this reader may be told of and has not been given:
    /// a report given to one parent has not been given to the other.
    func reportsNotGiven(for booked: Conference) -> [ConferenceReport] {
        booked.reports.filter { report in dayHad(report, of: booked) == nil && view.mayShow(report, of: booked) }
    }

    /// The reports for `conference` this reader may be told of that reached them after
    /// `reportsBy`, with the day each did.
    private func reportsHadLate(for conference: Conference, by reportsBy: CalendarDate) -> [(report: ConferenceReport, day: CalendarDate)] {
        conference.reports.compactMap { report in
            guard view.mayShow(report, of: conference), let day = dayHad(report, of: conference), day > reportsBy else { return nil }
            return (report, day)
        }
    }

    /// The day the reader had `report`; for the professionals' view, the day every parent had it.
    private func dayHad(_ report: ConferenceReport, of conference: Conference) -> CalendarDate? {
        let fairness = conference.fairness ?? ConferenceFairness()
        return reader.map { fairness.dayGiven(report, to: $0.id) } ?? report.sharedWithParents
    }

    /// What is arranged so the reader can take part in a booked conference, and what they can ask
    /// for: the chair's pre-meeting, an interpreter, help to get there, and sending their views.
    private func arrangementSteps(for booked: Conference, fairness: ConferenceFairness) -> [(date: CalendarDate, text: SummaryText)] {
        var sentences: [String] = []
        if let held = fairness.preMeetingHeld {
            sentences.append("The conference chair met the family before it, on \(SummaryDates.long(held)). If you were not there, you can still ask to meet them.")
        } else if fairness.preMeetingOffered != nil {
            sentences.append("You can meet the conference chair before it starts. Ask your social worker to fix a time.")
        } else {
            sentences.append("You can ask to meet the conference chair before it starts.")
        }
        // The interpreter is for whoever needs one: only a reader who does is told about it.
        if reader?.contactNeeds?.interpreter == true {
            sentences.append(fairness.interpreter?.booked == true ? "An interpreter has been booked for you."
                : "An interpreter has not been booked yet. Ask your social worker to book one for you.")
        }
        switch (fairness.childcareOffered == true, fairness.travelOffered == true) {
        case (true, true): sentences.append("Help with childcare and with travel to get there has been offered. Ask your social worker.")
        case (true, false): sentences.append("Help with childcare has been offered. You can ask for help with travel too.")
        case (false, true): sentences.append("Help with travel to get there has been offered. You can ask for help with childcare too.")
        case (false, false): sentences.append("You can ask for help with childcare or travel to get there.")
        }
        sentences.append("If you cannot come, you can still send your views. Write them down, or tell your social worker or an advocate, before the meeting.")
        return sentences.map { (booked.date, SummaryText([.own($0)])) }
    }

    /// "... should be by Friday 27 November 2026." or, when that day has passed, says it is late.
    private func dueSentence(_ what: String, _ date: CalendarDate) -> String {
        let due = familyDay(date)
        return date < asOf
            ? "\(what) should have been held by \(SummaryDates.long(due)). It is late."
            : "\(what) should be held by \(SummaryDates.long(due))."
    }

    private var endingText: [SummaryText.Part] {
        switch plan.type {
        case .childProtection:
            [.own(view.outcomes.isEmpty
                ? "the people at the review conference will look at how \(childNames) \(plan.children.count == 1 ? "is" : "are"). When they agree \(childNames) \(plan.children.count == 1 ? "is" : "are") safe enough, the plan can end."
                : "the people at the review conference will look at the changes listed above. When they agree \(childNames) \(plan.children.count == 1 ? "is" : "are") safe enough, the plan can end.")]
        case .childInNeed:
            [.own("the plan can end when the help is no longer needed. You can also choose to stop it.")]
        }
    }

    /// Every plan's journey: its start, each conference held with the score it gave, core
    /// groups, today, and the meeting to come, drawn as late when its day has passed.
    private func journey() -> JourneyPicture {
        let held = value.conferences.filter { $0.plan == plan.id && $0.isHeld && $0.date <= asOf && $0.date >= plan.start }
        func withScore(_ label: String, on date: CalendarDate) -> String {
            guard let rating = view.ratings.last(where: { $0.date == date }) else { return label }
            return "\(label): score \(rating.score) out of 10"
        }
        let startLabel = held.contains { $0.date == plan.start } ? withScore("Plan started at a conference", on: plan.start) : "Plan started"
        var stops = [JourneyPicture.Stop(date: plan.start, label: startLabel, kind: .start)]
        for conference in held where conference.date > plan.start {
            stops.append(.init(date: conference.date, label: withScore(conference.kind == .initial ? "First conference" : "Review conference",
                                                                       on: conference.date), kind: .meeting))
        }
        for group in value.coreGroups where group.plan == plan.id && group.date <= asOf {
            stops.append(.init(date: group.date, label: "Core group meeting", kind: .meeting))
        }
        if let end = plan.end, end.date <= asOf {
            stops.append(.init(date: end.date, label: "Plan ended", kind: .meeting))
        }
        stops.append(.init(date: asOf, label: "Today", kind: .today))
        let meetings = MeetingSchedule(settings: settings)
        var coming: [(MeetingDue, String)] = []
        if plan.isOpen, let review = meetings.nextReview(of: plan, in: value, asOf: asOf) { coming.append((review, "Review conference")) }
        if plan.isOpen, let first = pendingFirstConference { coming.append((first, "Child protection conference")) }
        for (meeting, name) in coming {
            if let booked = meeting.booked, booked.date >= asOf {
                stops.append(.init(date: booked.date, label: "\(name) booked", kind: .next))
            } else {
                let due = familyDay(meeting.due)
                stops.append(meeting.due < asOf ? .init(date: due, label: "\(name) was due: late", kind: .late)
                                        : .init(date: due, label: "\(name), at the latest", kind: .next))
            }
        }
        let booked = coming.contains { $0.0.booked.map { $0.date >= asOf } ?? false }
        let caption = coming.isEmpty ? "The plan so far, from the day it started."
            : booked ? "The plan so far, and the next meeting." : "The plan so far, and when the next meeting should be."
        return JourneyPicture(caption: caption, stops: stops)
    }

    private func whoToContact() -> SummarySection? {
        var items: [SummaryText] = []
        if let allocation = value.allocations.inForce.last(where: { $0.covers(asOf) }) {
            items.append(SummaryText([.own("Your social worker is "), .team(allocation.worker), .own(".")]))
            for (label, detail) in allocation.contact?.labelledValues ?? [] where label == "phone" || label == "email" {
                items.append(SummaryText([.own(label == "phone" ? "Their phone number is " : "Their email is "), .team(detail), .own(".")]))
            }
            if let manager = allocation.manager {
                items.append(SummaryText([.own("Their manager is "), .team(manager), .own(".")]))
            }
        }
        for (label, detail) in settings.summary.teamContact?.labelledValues ?? [] where label == "phone" || label == "email" {
            items.append(SummaryText([.own(label == "phone" ? "The team's phone number is " : "The team's email is "), .team(detail), .own(".")]))
        }
        guard !items.isEmpty else { return nil }
        return SummarySection("Who to contact", [.bullets(items)])
    }

    // MARK: Helpers

    var childNames: String {
        Self.list(plan.children.compactMap { value.person(withID: $0)?.firstName })
    }

    /// Reports for the last conference that reached the reader late: said after the meeting too,
    /// not only while it is coming up.
    private func reportsGivenLate() -> SummarySection? {
        guard reader != nil, let conference = lastConference else { return nil }
        let reportsBy = familyDay(MeetingSchedule(settings: settings).reportsDue(for: conference, in: value))
        let late = reportsHadLate(for: conference, by: reportsBy).map { report, given in
            SummaryText([.own("You had the report from "), .data(report.from.name), .own(" on \(SummaryDates.long(given)). "
                + "You should have had it by \(SummaryDates.long(reportsBy)).")])
        }
        guard !late.isEmpty else { return nil }
        return SummarySection("Reports you had late", [
            .paragraph(.own("Some reports for the \(Self.meetingName(conference.kind)) on \(SummaryDates.long(conference.date)) reached you late. "
                + "If this made it hard to take part, tell the team manager. You can also complain.")),
            .bullets(late),
        ])
    }

    private var lastConference: Conference? {
        value.conferences.filter { $0.plan == plan.id && $0.isHeld && $0.date <= asOf }.max { $0.date < $1.date }
    }

    private func checklistItem(_ visible: VisibleAction, showOwner: Bool) -> ChecklistItem {
        let action = visible.action, state = visible.state
        // A promise that slipped shows when it was first due, not only its latest date.
        let firstDue = action.eventsByDate.first?.due.map(familyDay)
        let due = familyDay(state.due)
        let late = state.due < asOf
        let slipped = firstDue.map { $0 != due } ?? false
        let history = slipped && state.repeats == nil ? "First due by \(SummaryDates.long(firstDue!)). " : ""
        var parts: [SummaryText.Part] = []
        if showOwner { parts += [.data(Self.capitalised(Self.list(state.owners.map(ownerName)))), .own(": ")] }
        parts.append(.quoted(state.text))
        let status: String
        let mark: ChecklistItem.Mark
        switch state.status {
        case .done:
            status = "Done on \(SummaryDates.long(state.since))."
            mark = .done
        case .dropped:
            status = "Taken out of the plan on \(SummaryDates.long(state.since))."
            mark = .takenOut
        case _ where state.repeats != nil:
            // Something to keep doing: how often and how it is going, never a missed deadline.
            parts += [.own(". How often: "), .data(state.repeats!), .own(".")]
            if let progress = visible.progress {
                parts += [.own(" How it is going, on \(SummaryDates.medium(progress.date)): "), .quoted(progress.note)]
            } else if state.progress == nil {
                parts.append(.own(" Nobody has written down how it is going yet."))
            }
            status = late ? "It was due to be looked at again by \(SummaryDates.long(due)). Ask your social worker when that will be."
                : "It will be looked at again by \(SummaryDates.long(due))."
            mark = .habit
        case .deferred:
            status = history + (late
                ? "Then given until \(SummaryDates.long(due)). That day has passed and it is not done yet."
                : "Now given until \(SummaryDates.long(due)).")
            mark = .toDo
        case .changed, .open:
            status = history + (late ? "Not done yet. It was due by \(SummaryDates.long(due))." : "To do by \(SummaryDates.long(due)).")
            mark = .toDo
        }
        if state.status != .open, state.status != .done, let reason = visible.latestReason {
            parts += [.own(". Why it changed: "), .quoted(reason)]
        }
        // The help this needs has not come, or let the family down: say so, so nobody reads it as theirs.
        if state.status.isLive, state.isFamily, value.providerDelay(for: action.id, asOf: asOf) != nil,
           view.services.contains(where: { ($0.actions ?? []).contains(action.id) }) {
            parts.append(.own(" The service this needs has not given the help yet. That is not your doing."))
        }
        return ChecklistItem(text: SummaryText(parts), mark: mark, status: status)
    }

    func ownerName(_ owner: ActionOwner) -> String {
        if let id = owner.person { return owner.person == reader?.id ? "you" : value.person(withID: id)?.firstName ?? id }
        if let id = owner.professional, let professional = value.professionals.first(where: { $0.id == id }) {
            return "\(professional.name), \(professional.role)"
        }
        return owner.agency ?? "Someone"
    }

    func describe(_ category: PlanCategory) -> String {
        switch category {
        // A plan made before a baby is born is about what people fear, not what has happened.
        case .neglect where plan.children.compactMap({ value.person(withID: $0) }).allSatisfy(\.isUnborn):
            "neglect. That means people are worried \(childPossessive) needs will not be met once the baby is born"
        case .neglect: "neglect. That means \(childPossessive) needs were not being met"
        case .physical: "physical harm"
        case .emotional: "emotional harm"
        case .sexual: "sexual harm"
        case .multiple: "more than one kind of harm"
        }
    }

    /// A rater as the middle of a sentence: "Sam Okafor", or "the initial conference".
    static func rater(_ name: String) -> String {
        let lowered = name.lowercased()
        return lowered.hasSuffix("conference") || lowered.hasSuffix("core group") ? "the " + lowered : name
    }

    static func meetingName(_ kind: ConferenceKind) -> String {
        kind == .initial ? "first child protection conference" : "review conference"
    }

    static func changeLabel(_ kind: ActionEventKind) -> String {
        switch kind {
        case .added: "Added"
        case .changed: "Changed"
        case .deferred: "Given more time"
        case .done: "Done"
        case .dropped: "Taken out"
        case .progress: "How it is going"
        }
    }

    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
