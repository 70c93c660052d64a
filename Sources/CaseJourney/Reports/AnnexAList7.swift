/// One row of Annex A list 7 (children who are the subject of a child protection plan, or were in
/// the six months before the as-of day), the list Ofsted asks a local authority for at an
/// inspection. Values are written as the published template expects: dates as DD/MM/YYYY, choices
/// with their letter ("a) Yes"). A value the case does not record is left empty and named in
/// `AnnexAList7.Answer.gaps`, never guessed.
public struct AnnexAList7Row: Sendable, Equatable {
    public var childUniqueID: String
    public var gender: String
    public var ethnicity: String
    public var dateOfBirth: String
    public var age: String
    public var disability: String
    public var planStart: String
    public var initialCategory: String
    public var latestCategory: String
    public var lastStatutoryVisit: String
    public var seenAlone: String
    public var latestReviewConference: String
    public var planEnd: String
    public var emergencyProtection: String
    public var previousPlans: String
    public var allocatedTeam: String
    public var allocatedWorker: String
}

/// Builds list 7 from each case: one row per child on a child protection plan that was active at
/// some time in the six months up to the as-of day (the latest such plan when there are two).
public struct AnnexAList7: Sendable {
    public var asOf: CalendarDate
    public var teamName: String?

    public init(asOf: CalendarDate, teamName: String?) {
        self.asOf = asOf
        self.teamName = teamName
    }

    /// The first day of the six months the list covers.
    public var windowStart: CalendarDate { asOf.adding(months: -6) }

    public func rows(for recorded: Case) -> [AnnexAList7Row] {
        let value = recorded.inForce
        let plans = value.plans.filter { $0.type == .childProtection && $0.start <= asOf && ($0.end.map { $0.date > windowStart } ?? true) }
        return value.children.compactMap { child in
            guard let plan = plans.filter({ $0.children.contains(child.id) }).max(by: { $0.start < $1.start }) else { return nil }
            return row(for: child, on: plan, in: value)
        }
    }

    private func row(for child: Person, on plan: Plan, in value: Case) -> AnnexAList7Row {
        let lastDay = min(asOf, plan.end.map { $0.date.adding(days: -1) } ?? asOf)
        let seenVisits = value.effectiveVisits.filter { $0.date <= lastDay && ($0.sighting(of: child.id)?.outcome.countsAsSeen ?? false) }
        let lastVisit = seenVisits.max { $0.date < $1.date }
        let reviews = value.conferences.inForce.filter {
            $0.kind == .review && $0.plan == plan.id && $0.cancellation == nil && $0.date <= asOf
        }
        let previous = value.earlierChildProtectionPlans(of: child.id, before: plan)
        let category = plan.category.map(AnnexAList7.category) ?? ""
        return AnnexAList7Row(
            childUniqueID: "\(value.caseId)-\(child.id)",
            gender: child.gender.map(AnnexAList7.gender) ?? "c) Not stated/recorded",
            ethnicity: child.ethnicity.map(AnnexAList7.ethnicity) ?? "",
            dateOfBirth: child.born.map(AnnexAList7.date) ?? "",
            age: child.born.map { String(Self.wholeYears(from: $0, to: asOf)) } ?? "",
            disability: child.disability.map { $0 ? "a) Yes" : "b) No" } ?? "c) Unknown",
            planStart: AnnexAList7.date(plan.start),
            initialCategory: category, latestCategory: category,
            lastStatutoryVisit: lastVisit.map { AnnexAList7.date($0.date) } ?? "",
            seenAlone: lastVisit.map { $0.sighting(of: child.id)?.outcome == .seenAlone ? "a) Yes" : "b) No" } ?? "",
            latestReviewConference: reviews.map(\.date).max().map(AnnexAList7.date) ?? "",
            planEnd: plan.end.map { AnnexAList7.date($0.date) } ?? "",
            emergencyProtection: "",
            previousPlans: String(previous.count),
            allocatedTeam: teamName ?? "",
            allocatedWorker: value.worker(on: lastDay) ?? "")
    }

    /// What the list needs and the store does not record, for the person sending the return:
    /// each says which column, for how many children, and how to fill it.
    public static func gaps(in rows: [AnnexAList7Row], teamName: String?) -> [String] {
        guard !rows.isEmpty else { return [] }
        func share(_ count: Int) -> String { "\(count) of \(rows.count) child\(rows.count == 1 ? "" : "ren")" }
        var gaps = ["\"Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)\" is empty "
            + "for every child: CaseJourney does not record emergency protection orders or police protection; fill it in from "
            + "the legal team's records."]
        if teamName == nil {
            gaps.append("\"Allocated Team\" is empty: give the team's name as \"teamName\" in .casejourney/settings.json.")
        }
        let personal: [(String, Int)] = [
            ("\"Gender\" reads \"c) Not stated/recorded\"", rows.filter { $0.gender.hasPrefix("c)") }.count),
            ("\"Ethnicity\" is empty", rows.filter { $0.ethnicity.isEmpty }.count),
            ("\"Does the Child have a Disability\" reads \"c) Unknown\"", rows.filter { $0.disability.hasPrefix("c)") }.count),
        ]
        for (what, count) in personal where count > 0 {
            gaps.append("\(what) for \(share(count)): record what the family has told you with "
                + "`cj person change CASE CHILD --gender ... --ethnicity ... --disability|--no-disability --reason ...`.")
        }
        let unseen = rows.filter { $0.lastStatutoryVisit.isEmpty && !$0.dateOfBirth.isEmpty }.count
        if unseen > 0 {
            gaps.append("\"Date of the Last Statutory Visit\" and \"Was the Child Seen Alone?\" are empty for \(share(unseen)): "
                + "no visit on which the child was seen is recorded during the plan. Check `cj visit list` for them.")
        }
        let unborn = rows.filter { $0.dateOfBirth.isEmpty }.count
        if unborn > 0 { gaps.append("\"Date of Birth\" and \"Age of Child (Years)\" are empty for \(share(unborn)) not yet born.") }
        let unallocated = rows.filter { $0.allocatedWorker.isEmpty }.count
        if unallocated > 0 {
            gaps.append("\"Allocated Worker\" is empty for \(share(unallocated)): no social worker holds the case "
                + "(`cj worker assign`).")
        }
        return gaps
    }

    static func date(_ day: CalendarDate) -> String {
        func padded(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(day.day, 2))/\(padded(day.month, 2))/\(padded(day.year, 4))"
    }

    static func wholeYears(from born: CalendarDate, to day: CalendarDate) -> Int {
        var years = day.year - born.year
        if (day.month, day.day) < (born.month, born.day) { years -= 1 }
        return max(0, years)
    }

    static func gender(_ gender: Gender) -> String {
        switch gender {
        case .male: "a) Male"
        case .female: "b) Female"
        case .neither: "d) Neither"
        }
    }

    static func category(_ category: PlanCategory) -> String {
        switch category {
        case .neglect: "a) Neglect"
        case .physical: "b) Physical abuse"
        case .sexual: "c) Sexual abuse"
        case .emotional: "d) Emotional abuse"
        case .multiple: "e) Multiple/not recommended"
        }
    }

    /// "a) WBRI" ... "t) NOBT": the template letters the codes in the Department's order.
    static func ethnicity(_ ethnicity: Ethnicity) -> String {
        let index = Ethnicity.allCases.firstIndex(of: ethnicity)!
        let letter = Character(UnicodeScalar(UInt8(97 + index)))
        return "\(letter)) \(ethnicity.rawValue)"
    }
}
