/// The Children in Need census year: 1 April to 31 March, named "2026-27".
public struct CensusYear: Sendable, Equatable {
    public let start: CalendarDate
    public let end: CalendarDate

    /// "2026-27"; nil when it is not a year written that way.
    public init?(_ label: String) {
        let parts = label.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let first = Int(parts[0]), let second = Int(parts[1]),
              (first + 1) % 100 == second, let start = CalendarDate(year: first, month: 4, day: 1),
              let end = CalendarDate(year: first + 1, month: 3, day: 31) else { return nil }
        self.start = start
        self.end = end
    }

    /// The census year `date` falls in.
    public init(containing date: CalendarDate) {
        let first = date.month >= 4 ? date.year : date.year - 1
        start = CalendarDate(year: first, month: 4, day: 1) ?? date
        end = CalendarDate(year: first + 1, month: 3, day: 31) ?? date
    }

    public var label: String { String(format: "%04d-%02d", start.year, end.year % 100) }

    public func contains(_ date: CalendarDate) -> Bool { date >= start && date <= end }
}

/// The Children in Need census return for a store: every child with a child in need episode open
/// during the year, with their assessments, child in need plans, section 47 enquiries, child
/// protection plans and reviews, as the Department for Education's XML. What it cannot send
/// (a child with no date of birth, a referral with no primary need) is left out and listed.
public struct CINCensus: Sendable {
    public struct LeftOut: Sendable, Equatable {
        public var caseId: String
        public var child: String
        public var reason: String
    }

    public let year: CensusYear
    /// Records dated after this day are not yet known: the return is as of it.
    public let asOf: CalendarDate
    public let laCode: String
    let settings: StoreSettings

    public init(year: CensusYear, asOf: CalendarDate, settings: StoreSettings) throws(CaseJourneyError) {
        guard let laCode = settings.laCode else {
            throw .usage("The census needs your local authority's three-digit code: set \"laCode\" in the store's settings "
                + "(.casejourney/settings.json), e.g. \"laCode\": \"201\".")
        }
        self.year = year
        self.asOf = asOf
        self.laCode = laCode
        self.settings = settings
    }

    /// The last day the return covers.
    var lastDay: CalendarDate { min(asOf, year.end) }

    /// One child in the return, with what identifies them across the store.
    public struct Child: Sendable {
        public var caseId: String
        public var person: String
        public var name: String
        public var upn: String?
        public var element: XMLElement
        public var episodes: Int
    }

    /// The children to send, each as a `<Child>` element, and what was left out.
    public func children(in recorded: Case) -> (children: [Child], leftOut: [LeftOut]) {
        let value = recorded.inForce
        var children: [Child] = []
        var leftOut: [LeftOut] = []
        for child in value.people where child.isChild {
            let childEpisodes = value.referrals.filter {
                $0.children.contains(child.id) && $0.date <= lastDay && (episodeEnd($0).map { $0 >= year.start } ?? true)
            }.sorted { $0.date < $1.date }
            let plansInYear = value.plans.filter { plan in
                plan.children.contains(child.id) && plan.start <= lastDay && (plan.end.map { $0.date >= year.start } ?? true)
            }
            guard !childEpisodes.isEmpty else {
                if !plansInYear.isEmpty {
                    leftOut.append(LeftOut(caseId: value.caseId, child: child.name,
                                           reason: "on a plan during the year, but no referral is recorded (`cj referral add \(value.caseId) --child \(child.id) ...`)"))
                }
                continue
            }
            do {
                try checkConsistency(child, episodes: childEpisodes, plans: plansInYear, in: value)
                let element = try childElement(child, episodes: childEpisodes, in: value)
                children.append(Child(caseId: value.caseId, person: child.id, name: child.name, upn: child.upn, element: element,
                                      episodes: childEpisodes.count))
            } catch {
                leftOut.append(LeftOut(caseId: value.caseId, child: child.name, reason: error.reason))
            }
        }
        return (children, leftOut)
    }

    /// The last day of a referral's episode, when it has ended: its closing, or, for a referral
    /// with no further action, the day that was decided.
    func episodeEnd(_ referral: Referral) -> CalendarDate? {
        if let closed = referral.closed { return closed }
        if isNoFurtherAction(referral) { return referral.decided ?? referral.date }
        return nil
    }

    /// A decision counts once it is made: one dated after the return's day is not known yet.
    func isNoFurtherAction(_ referral: Referral) -> Bool {
        referral.decision?.isNoFurtherAction == true && (referral.decided.map { $0 <= lastDay } ?? false)
    }

    /// What the Department's rules would refuse, said in the team's words: the child is left out
    /// until it is put right, rather than sent wrong.
    private func checkConsistency(_ child: Person, episodes: [Referral], plans: [Plan], in value: Case) throws(Problem) {
        if let due = child.born ?? child.expectedBirth, let early = episodes.first(where: { $0.date < due.adding(days: -280) }) {
            throw Problem(reason: "referral \(early.id) (\(early.date)) is more than 40 weeks before the birth or due date; check both dates")
        }
        for (earlier, later) in zip(episodes, episodes.dropFirst()) where (episodeEnd(earlier).map { $0 >= later.date } ?? true) {
            throw Problem(reason: "the episodes of referrals \(earlier.id) and \(later.id) overlap: close \(earlier.id) before \(later.date) "
                + "(`cj referral close`), or withdraw \(later.id) if it is part of the same episode")
        }
        let inEpisode = { (date: CalendarDate) in
            episodes.first { date >= $0.date && (self.episodeEnd($0).map { end in date <= end } ?? true) }
        }
        for plan in plans {
            guard let episode = inEpisode(plan.start) else {
                throw Problem(reason: "plan \(plan.id) started on \(plan.start), outside any referral's episode: record the referral it followed "
                    + "(`cj referral add \(value.caseId) --child \(child.id) ...`)")
            }
            if isNoFurtherAction(episode) {
                throw Problem(reason: "referral \(episode.id) was decided as \(episode.decision!.displayName), but plan \(plan.id) followed: "
                    + "correct the decision (`cj referral correct --outcome`) or record a new referral")
            }
            if let end = plan.end, end.date == plan.start {
                throw Problem(reason: "plan \(plan.id) starts and ends on the same day (\(plan.start)); check its dates")
            }
            if plan.type == .childProtection && year.contains(plan.start)
                && !value.conferences.contains(where: { $0.kind == .initial && $0.isHeld && $0.date == plan.start }) {
                throw Problem(reason: "child protection plan \(plan.id) started on \(plan.start) with no initial conference held that day "
                    + "(`cj conference record \(value.caseId) --kind initial --date \(plan.start) ...`, or correct the plan's start)")
            }
        }
        for conference in value.conferences where conference.kind == .initial && conference.isHeld && year.contains(conference.date)
            && conference.date <= lastDay && inEpisode(conference.date) != nil && conference.date.isWeekend {
            throw Problem(reason: "initial conference \(conference.id) is recorded on a \(conference.date.isoWeekday == 6 ? "Saturday" : "Sunday") "
                + "(\(conference.date)); correct its date")
        }
        for episode in episodes {
            let end = episodeEnd(episode)
            let within = { (date: CalendarDate) in date >= episode.date && (end.map { date <= $0 } ?? true) && date <= self.lastDay }
            let enquiries = value.strategyDiscussions.filter { $0.section47Enquiry && within($0.date) }.sorted { $0.date < $1.date }
            if isNoFurtherAction(episode) {
                if let enquiry = enquiries.first {
                    throw Problem(reason: "referral \(episode.id) was decided as \(episode.decision!.displayName), but strategy discussion "
                        + "\(enquiry.id) started an enquiry in it: correct the decision or record a new referral")
                }
                continue
            }
            let open = enquiries.filter { enquiry in
                enquiry.outcome == nil && !value.conferences.contains { $0.kind == .initial && $0.isHeld && $0.date >= enquiry.date && $0.date <= lastDay }
            }
            if open.count > 1 {
                throw Problem(reason: "section 47 enquiries \(open.map(\.id).joined(separator: " and ")) are open at once: record the outcome "
                    + "of the earlier one (`cj strategy outcome`)")
            }
            if let closed = episode.closed, closed <= lastDay, let enquiry = open.first {
                throw Problem(reason: "referral \(episode.id) closed on \(closed) with the enquiry from \(enquiry.id) still open: record its outcome")
            }
            let assessments = value.assessments.filter { $0.referral == episode.id }
            if let early = assessments.first(where: { $0.started < episode.date }) {
                throw Problem(reason: "assessment \(early.id) starts on \(early.started), before referral \(episode.id) came in (\(episode.date))")
            }
            if let closed = episode.closed, let late = assessments.first(where: { $0.started > closed || ($0.authorised.map { $0 > closed } ?? false) }) {
                throw Problem(reason: "assessment \(late.id) runs past the day referral \(episode.id) closed (\(closed))")
            }
            if let closed = episode.closed, closed <= lastDay, let open = assessments.first(where: { $0.authorised == nil }) {
                throw Problem(reason: "referral \(episode.id) closed on \(closed) with assessment \(open.id) not authorised")
            }
            if episode.closureReason?.followsAssessment == true,
               let plan = value.plans.first(where: { $0.children.contains(child.id) && within($0.start) }) {
                throw Problem(reason: "referral \(episode.id) closed as \(episode.closureReason!.rawValue) (after assessment, no further action), "
                    + "but plan \(plan.id) followed it: correct the closure reason")
            }
        }
    }

    /// Why a child cannot be sent.
    struct Problem: Error {
        var reason: String
    }

    private func childElement(_ child: Person, episodes: [Referral], in value: Case) throws(Problem) -> XMLElement {
        guard child.born != nil || child.expectedBirth != nil else {
            throw Problem(reason: "no date of birth or expected date of birth (`cj person change \(value.caseId) \(child.id) --born YYYY-MM-DD --reason ...`)")
        }
        let furtherAction = episodes.contains { !isNoFurtherAction($0) }
        var identifiers = XMLElement("ChildIdentifiers", [XMLElement("LAchildID", Self.childID(caseId: value.caseId, person: child.id))])
        if let upn = child.upn {
            identifiers.children.append(XMLElement("UPN", upn))
        } else if let reason = upnUnknown(child, furtherAction: furtherAction) {
            identifiers.children.append(XMLElement("UPNunknown", reason))
        }
        if let born = child.born { identifiers.children.append(XMLElement("PersonBirthDate", born.description)) }
        else if let expected = child.expectedBirth { identifiers.children.append(XMLElement("ExpectedPersonBirthDate", expected.description)) }
        identifiers.children.append(XMLElement("Sex", child.born == nil ? "U" : child.gender.map(Self.sex) ?? "U"))
        var characteristics = XMLElement("ChildCharacteristics", [XMLElement("Ethnicity", child.ethnicity?.rawValue ?? Ethnicity.NOBT.rawValue)])
        if child.born != nil && furtherAction {
            let codes = child.disabilities ?? (child.disability == false ? [.none] : nil)
            guard let codes, !codes.isEmpty else {
                throw Problem(reason: child.disability == true
                    ? "a disability is recorded without its census code (`cj person change \(value.caseId) \(child.id) --disability-code CODE --reason ...`)"
                    : "no disability is recorded, not even none (`cj person change \(value.caseId) \(child.id) --disability-code NONE --reason ...`)")
            }
            characteristics.children.append(XMLElement("Disabilities", codes.map { XMLElement("Disability", $0.rawValue) }))
        }
        var element = XMLElement("Child", [identifiers, characteristics])
        for referral in episodes { element.children.append(try detailsElement(referral, child: child, in: value)) }
        return element
    }

    /// The census's reasons a child has no UPN, where the case says which applies.
    private func upnUnknown(_ child: Person, furtherAction: Bool) -> String? {
        if child.isUnborn { return "UN6" }
        if !furtherAction { return "UN7" }
        if let born = child.born, born.adding(months: 72) > year.end { return "UN1" }
        return nil
    }

    private func detailsElement(_ referral: Referral, child: Person, in value: Case) throws(Problem) -> XMLElement {
        let nfa = isNoFurtherAction(referral)
        var details = XMLElement("CINdetails", [
            XMLElement("CINreferralDate", referral.date.description),
            XMLElement("ReferralSource", referral.source.rawValue),
        ])
        if let need = referral.primaryNeed {
            details.children.append(XMLElement("PrimaryNeedCode", need.rawValue))
        } else if referral.decision == nil || (referral.decided.map { $0 > lastDay } ?? true) {
            throw Problem(reason: "referral \(referral.id) is not decided yet (`cj referral decide \(value.caseId) \(referral.id) --outcome ... --need ...`)")
        } else if !nfa {
            throw Problem(reason: "referral \(referral.id) went further but has no primary need code (`cj referral correct \(value.caseId) \(referral.id) --need N1 --reason ...`)")
        }
        let closed = referral.closed.flatMap { $0 <= lastDay ? $0 : nil }
        if let closed, let reason = referral.closureReason {
            details.children.append(XMLElement("CINclosureDate", closed.description))
            details.children.append(XMLElement("ReasonForClosure", reason.rawValue))
        }
        let episodeEnd = closed ?? lastDay
        let inEpisode = { (date: CalendarDate) in date >= referral.date && date <= episodeEnd }
        let initialConferences = value.conferences.filter { $0.kind == .initial && $0.isHeld && inEpisode($0.date) && year.contains($0.date) }
        let enquiries = value.strategyDiscussions.filter { $0.section47Enquiry && inEpisode($0.date) }.sorted { $0.date < $1.date }
        var reportedConferences: [String] = []
        var sections: [XMLElement] = []
        for (index, enquiry) in enquiries.enumerated() {
            let next = index + 1 < enquiries.count ? enquiries[index + 1].date : nil
            let conference = initialConferences.first { held in held.date >= enquiry.date && (next.map { held.date < $0 } ?? true) }
            let notRequired = conference == nil && (enquiry.outcome == .noFurtherAction || enquiry.outcome == .noEnquiry)
            guard year.contains(enquiry.date) || conference != nil else { continue }
            let meetings = MeetingSchedule(settings: settings)
            let target = meetings.calendar.deadline(meetings.expectation(.initialConference, plan: nil, in: value, asOf: lastDay).interval,
                                                    after: enquiry.date)
            var section = XMLElement("Section47", [
                XMLElement("S47ActualStartDate", enquiry.date.description),
                XMLElement("InitialCPCtarget", target.description),
            ])
            if let conference {
                section.children.append(XMLElement("DateOfInitialCPC", conference.date.description))
                reportedConferences.append(conference.id)
            }
            section.children.append(XMLElement("ICPCnotRequired", notRequired ? "true" : "false"))
            sections.append(section)
        }
        // An initial conference with no enquiry in the return is given on the episode, once.
        if let conference = initialConferences.first(where: { !reportedConferences.contains($0.id) }) {
            details.children.append(XMLElement("DateOfInitialCPC", conference.date.description))
        }
        details.children.append(XMLElement("ReferralNFA", nfa ? "true" : "false"))
        if nfa { return details }
        for assessment in value.assessments where assessment.referral == referral.id && assessment.started <= lastDay {
            let authorised = assessment.authorised.flatMap { $0 <= lastDay ? $0 : nil }
            guard authorised.map(year.contains) ?? year.contains(assessment.started) else { continue }
            var element = XMLElement("Assessments", [XMLElement("AssessmentActualStartDate", assessment.started.description)])
            if let authorised {
                element.children.append(XMLElement("AssessmentAuthorisationDate", authorised.description))
                element.children.append(XMLElement("FactorsIdentifiedAtAssessment",
                                                   (assessment.factors ?? []).map { XMLElement("AssessmentFactors", $0) }))
            }
            details.children.append(element)
        }
        // A plan open at any time in the year; an end after the return's day is not known yet.
        let plans = value.plans.filter { plan in
            plan.children.contains(child.id) && inEpisode(plan.start) && plan.start <= lastDay && (plan.end.map { $0.date >= year.start } ?? true)
        }.sorted { $0.start < $1.start }
        for plan in plans where plan.type == .childInNeed {
            var dates = XMLElement("CINPlanDates", [XMLElement("CINPlanStartDate", plan.start.description)])
            if let end = plan.end, end.date <= lastDay { dates.children.append(XMLElement("CINPlanEndDate", end.date.description)) }
            details.children.append(dates)
        }
        details.children += sections
        for plan in plans where plan.type == .childProtection {
            details.children.append(try protectionPlanElement(plan, child: child, in: value))
        }
        return details
    }

    private func protectionPlanElement(_ plan: Plan, child: Person, in value: Case) throws(Problem) -> XMLElement {
        guard let category = plan.category else {
            throw Problem(reason: "child protection plan \(plan.id) has no category of abuse recorded; `cj validate \(value.caseId)` shows what its file holds")
        }
        let previous = value.earlierChildProtectionPlans(of: child.id, before: plan)
        var element = XMLElement("ChildProtectionPlans", [XMLElement("CPPstartDate", plan.start.description)])
        if let end = plan.end, end.date <= lastDay { element.children.append(XMLElement("CPPendDate", end.date.description)) }
        element.children += [
            XMLElement("InitialCategoryOfAbuse", Self.category(category)),
            XMLElement("LatestCategoryOfAbuse", Self.category(category)),
            XMLElement("NumberOfPreviousCPP", String(previous.count)),
        ]
        let reviews = value.conferences.filter {
            $0.kind == .review && $0.plan == plan.id && $0.isHeld && $0.date > plan.start && year.contains($0.date) && $0.date <= lastDay
        }.sorted { $0.date < $1.date }
        for review in reviews { element.children.append(XMLElement("Reviews", [XMLElement("CPPreviewDate", review.date.description)])) }
        return element
    }

    /// What only the whole store shows: two children whose ids would read the same (cases
    /// "AB-1" and "AB1") get ids from the full case and person ids; two children with one UPN are
    /// left out until someone checks which is right.
    public static func acrossTheStore(_ children: [Child]) -> (children: [Child], leftOut: [LeftOut]) {
        var children = children
        let ids = Dictionary(grouping: children.indices, by: { childID(caseId: children[$0].caseId, person: children[$0].person) })
        for (_, indices) in ids where indices.count > 1 {
            for index in indices {
                let fingerprinted = fingerprintID(caseId: children[index].caseId, person: children[index].person)
                children[index].element.children[0].children[0] = XMLElement("LAchildID", fingerprinted)
            }
        }
        let upns = Dictionary(grouping: children.indices.filter { children[$0].upn != nil }, by: { children[$0].upn! })
        var shared = Set<Int>()
        var leftOut: [LeftOut] = []
        for (upn, indices) in upns where indices.count > 1 {
            for index in indices {
                shared.insert(index)
                let others = indices.filter { $0 != index }.map { "\(children[$0].caseId) \(children[$0].name)" }.joined(separator: ", ")
                leftOut.append(LeftOut(caseId: children[index].caseId, child: children[index].name,
                                       reason: "has the same unique pupil number (\(upn)) as \(others): check which is right"))
            }
        }
        return (children.enumerated().filter { !shared.contains($0.offset) }.map(\.element), leftOut)
    }

    /// The whole return.
    public func document(children: [XMLElement]) -> String {
        let header = XMLElement("Header", [
            XMLElement("CollectionDetails", [
                XMLElement("Collection", "CIN"), XMLElement("Year", String(year.end.year)), XMLElement("ReferenceDate", year.end.description),
            ]),
            XMLElement("Source", [
                XMLElement("SourceLevel", "L"), XMLElement("LEA", laCode), XMLElement("SoftwareCode", "CaseJourney"),
                XMLElement("Release", "1"), XMLElement("SerialNo", "1"), XMLElement("DateTime", "\(asOf)T00:00:00"),
            ]),
        ])
        let message = XMLElement("Message", [header, XMLElement("Children", children)])
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + message.rendered(indent: 0)
    }

    /// An id the census accepts (letters and digits, at most 20), the same every year: the case id
    /// and the person id, or, when that is too long, its start and a short fingerprint of the whole.
    public static func childID(caseId: String, person: String) -> String {
        let whole = (caseId + person).filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return whole.count > 20 ? fingerprintID(caseId: caseId, person: person) : whole
    }

    /// The first 12 letters and digits, then 8 hexadecimal digits of a hash of the full ids.
    static func fingerprintID(caseId: String, person: String) -> String {
        let whole = (caseId + person).filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        var hash: UInt32 = 2_166_136_261
        for byte in (caseId + "/" + person).utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return String(whole.prefix(12)) + String(format: "%08X", hash)
    }

    static func sex(_ gender: Gender) -> String {
        switch gender {
        case .male: "M"
        case .female: "F"
        case .neither: "U"
        }
    }

    static func category(_ category: PlanCategory) -> String {
        switch category {
        case .neglect: "NEG"
        case .physical: "PHY"
        case .emotional: "EMO"
        case .sexual: "SAB"
        case .multiple: "MUL"
        }
    }
}

/// A minimal XML element for the census return: a name, and text or child elements.
public struct XMLElement: Sendable, Equatable {
    public var name: String
    public var text: String?
    public var children: [XMLElement]

    public init(_ name: String, _ text: String) {
        self.name = name
        self.text = text
        self.children = []
    }

    public init(_ name: String, _ children: [XMLElement]) {
        self.name = name
        self.text = nil
        self.children = children
    }

    func rendered(indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent)
        if let text { return "\(pad)<\(name)>\(Self.escape(text))</\(name)>\n" }
        if children.isEmpty { return "\(pad)<\(name)/>\n" }
        return "\(pad)<\(name)>\n" + children.map { $0.rendered(indent: indent + 1) }.joined() + "\(pad)</\(name)>\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
