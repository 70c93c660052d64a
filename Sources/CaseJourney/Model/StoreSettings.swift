/// A team's settings, kept in `<store>/.casejourney/settings.json`: the calendar it works to, its
/// default expectations and when its checks speak up. Every expectation can be overridden for a
/// case, a plan or a child, with a reason.
///
/// Any part left out of the file takes the built-in default shown by `cj init`.
public struct StoreSettings: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var calendar: CalendarSettings
    public var visits: VisitSettings
    public var meetings: MeetingSettings
    public var checks: CheckSettings
    /// What parent summaries say about help and rights.
    public var summary: SummarySettings
    /// The team's workers, for a shared store: commits carry the e-mail address given here.
    public var team: [TeamMember]
    /// How a case passes from one worker to the next.
    public var handovers: HandoverSettings
    /// How soon services should accept a referral and start.
    public var services: ServiceSettings
    /// How soon a request for permission under a written agreement is answered.
    public var agreements: AgreementSettings
    /// The team's name as returns give it (Annex A's "Allocated Team"); nil when not set.
    public var teamName: String?
    /// The local authority's three-digit code, for the Children in Need census; nil when not set.
    public var laCode: String?

    public init() {
        schemaVersion = StoreSettings.currentSchemaVersion
        calendar = CalendarSettings()
        visits = VisitSettings()
        meetings = MeetingSettings()
        checks = CheckSettings()
        summary = SummarySettings()
        team = []
        handovers = HandoverSettings()
        services = ServiceSettings()
        agreements = AgreementSettings()
    }

    private enum CodingKeys: String, CodingKey { case schemaVersion, calendar, visits, meetings, checks, summary, team, teamName, laCode, handovers, services, agreements }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = StoreSettings()
        schemaVersion = try container.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? defaults.schemaVersion
        calendar = try container.decodeIfPresent(CalendarSettings.self, forKey: .calendar) ?? defaults.calendar
        visits = try container.decodeIfPresent(VisitSettings.self, forKey: .visits) ?? defaults.visits
        meetings = try container.decodeIfPresent(MeetingSettings.self, forKey: .meetings) ?? defaults.meetings
        checks = try container.decodeIfPresent(CheckSettings.self, forKey: .checks) ?? defaults.checks
        summary = try container.decodeIfPresent(SummarySettings.self, forKey: .summary) ?? defaults.summary
        team = try container.decodeList([TeamMember].self, forKey: .team)
        teamName = try container.decodeIfPresent(String.self, forKey: .teamName)
        laCode = try container.decodeIfPresent(String.self, forKey: .laCode)
        handovers = try container.decodeIfPresent(HandoverSettings.self, forKey: .handovers) ?? defaults.handovers
        services = try container.decodeIfPresent(ServiceSettings.self, forKey: .services) ?? defaults.services
        agreements = try container.decodeIfPresent(AgreementSettings.self, forKey: .agreements) ?? defaults.agreements
    }

    /// Intervals that make no sense (0 or fewer), each at its JSON path.
    public var problems: [CaseFileProblem] {
        let visitIntervals: [(String, Interval?)] = [("childProtection", visits.childProtection),
                                                     ("childInNeed", visits.childInNeed), ("seenAlone", visits.seenAlone)]
        let named = visitIntervals.compactMap { key, interval in interval.map { ("visits.\(key)", $0) } }
            + meetings.all.map { ("meetings.\($0.key)", $0.interval) }
            + checks.all.map { ("checks.\($0.key)", $0.interval) } + [("handovers.within", handovers.within),
                ("services.acceptWithin", services.acceptWithin), ("services.startWithin", services.startWithin),
                ("agreements.answerPermissionWithin", agreements.answerPermissionWithin)]
        var problems = named.compactMap { key, interval in
            interval.problem.map { CaseFileProblem(location: "\(key).count", found: "\(interval.count)", expected: $0) }
        }
        let range = VisitSettings.visitsNotSeenRange
        if !range.contains(visits.alertAfterVisitsNotSeen) {
            problems.append(CaseFileProblem(
                location: "visits.alertAfterVisitsNotSeen", found: "\(visits.alertAfterVisitsNotSeen)",
                expected: "a number of visits from \(range.lowerBound) to \(range.upperBound) (the default is 2)"))
        }
        if let laCode, laCode.count != 3 || !laCode.allSatisfy({ $0.isASCII && $0.isNumber }) {
            problems.append(CaseFileProblem(location: "laCode", found: "\"\(laCode)\"", expected: "the local authority's three-digit code, e.g. \"201\""))
        }
        if !(2...12).contains(handovers.manyWorkers) {
            problems.append(CaseFileProblem(location: "handovers.manyWorkers", found: "\(handovers.manyWorkers)",
                                            expected: "a number of workers from 2 to 12 (the default is 3)"))
        }
        for (index, item) in handovers.checklist.enumerated() where item.isBlank || item.contains(where: \.isNewline) {
            problems.append(CaseFileProblem(location: "handovers.checklist[\(index)]", found: "\"\(item)\"", expected: "one line of text"))
        }
        return problems
    }

    public var workingCalendar: WorkingCalendar {
        WorkingCalendar(region: calendar.region, closures: calendar.closures)
    }
}

public struct CalendarSettings: Codable, Sendable, Equatable {
    /// Whose bank holidays apply.
    public var region: Region = .englandAndWales
    /// Days the local authority is closed besides bank holidays (between Christmas and New Year, say).
    public var closures: [CalendarDate] = []

    public init() {}

    private enum CodingKeys: String, CodingKey { case region, closures }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        region = try container.decodeIfPresent(Region.self, forKey: .region) ?? .englandAndWales
        closures = try container.decodeList([CalendarDate].self, forKey: .closures)
    }
}

/// How often children on plans should be seen, by default.
public struct VisitSettings: Codable, Sendable, Equatable {
    /// Children on a child protection plan: every 10 working days unless the team says otherwise.
    public var childProtection = Interval(count: 10, unit: .workingDays)
    /// Children on a child in need plan: every 20 working days.
    public var childInNeed = Interval(count: 20, unit: .workingDays)
    /// How often a child on a plan should be seen alone; nil when the team does not track it.
    public var seenAlone: Interval?
    /// A child on a plan not seen on this many recorded visits in a row is flagged, with the
    /// reasons given (the child who is "at his grandmother's" every time).
    public var alertAfterVisitsNotSeen = 2

    public init() {}

    private enum CodingKeys: String, CodingKey { case childProtection, childInNeed, seenAlone, alertAfterVisitsNotSeen }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = VisitSettings()
        childProtection = try container.decodeIfPresent(Interval.self, forKey: .childProtection) ?? defaults.childProtection
        childInNeed = try container.decodeIfPresent(Interval.self, forKey: .childInNeed) ?? defaults.childInNeed
        seenAlone = try container.decodeIfPresent(Interval.self, forKey: .seenAlone)
        alertAfterVisitsNotSeen = try container.decodeIfPresent(Int.self, forKey: .alertAfterVisitsNotSeen)
            ?? defaults.alertAfterVisitsNotSeen
    }

    /// The alert needs at least one visit, and more than a year of fortnightly visits means none.
    public static let visitsNotSeenRange = 1...26

    public func interval(for type: PlanType) -> Interval {
        switch type {
        case .childProtection: childProtection
        case .childInNeed: childInNeed
        }
    }
}

/// A worker in the team, as a shared store's commits name them.
public struct TeamMember: Codable, Sendable, Equatable {
    public var name: String
    public var email: String?

    public init(name: String, email: String? = nil) {
        self.name = name
        self.email = email
    }
}
