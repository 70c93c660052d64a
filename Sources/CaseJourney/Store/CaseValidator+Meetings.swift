/// Rules for strategy discussions, conferences and core groups.
extension CaseValidator {
    static func meetingProblems(in value: Case) -> [CaseFileProblem] {
        var list = ProblemList()
        let planIDs = Set(value.plans.map(\.id))
        let planExpected = "expected the id of a plan in this case"

        _ = list.ids(value.strategyDiscussions.map(\.id), at: [.key("strategyDiscussions")])

        _ = list.ids(value.conferences.map(\.id), at: [.key("conferences")])
        for (index, conference) in value.conferences.enumerated() {
            let path: [JSONPathComponent] = [.key("conferences"), .index(index)]
            if let plan = conference.plan { list.reference(plan, in: planIDs, at: path + [.key("plan")], planExpected) }
            if conference.kind == .review, !conference.isWithdrawn, let start = value.plans.first(where: { $0.id == conference.plan })?.start {
                list.date(conference.date, notBefore: start, at: path + [.key("date")], "the start of the plan it reviews")
            }
            for (key, choice) in [("recommendation", conference.recommendation), ("decision", conference.decision)] {
                if let choice, !choice.fits(conference.kind) {
                    list.report(path + [.key(key)], list.quoted(choice.rawValue),
                                "\(conference.titleWithArticle) cannot decide that \(choice.describe(at: conference.kind))")
                }
            }
            if let decision = conference.decision, let recommendation = conference.recommendation, decision != recommendation,
               (conference.decisionReason ?? "").isBlank {
                list.report(path + [.key("decisionReason")], nil,
                            "the decision differs from the social worker's recommendation, so it needs a reason")
            }
            list.date(conference.minutesSent, notBefore: conference.date, at: path + [.key("minutesSent")], "the conference")
            list.participants(conference.invited, at: path + [.key("invited")], in: value)
            list.participants(conference.attended, at: path + [.key("attended")], in: value)
            _ = list.ids(conference.reports.map(\.id), at: path + [.key("reports")])
            for (position, report) in conference.reports.enumerated() {
                list.participant(report.from, at: path + [.key("reports"), .index(position), .key("from")], in: value)
            }
        }

        _ = list.ids(value.coreGroups.map(\.id), at: [.key("coreGroups")])
        for (index, group) in value.coreGroups.enumerated() {
            let path: [JSONPathComponent] = [.key("coreGroups"), .index(index)]
            list.reference(group.plan, in: planIDs, at: path + [.key("plan")], planExpected)
            list.date(group.notesSent, notBefore: group.date, at: path + [.key("notesSent")], "the meeting")
            if !group.isWithdrawn, let start = value.plans.first(where: { $0.id == group.plan })?.start {
                list.date(group.date, notBefore: start, at: path + [.key("date")], "the start of its plan")
            }
            list.participants(group.attended, at: path + [.key("attended")], in: value)
            let planActions = Set(value.actions.filter { $0.plan == group.plan }.map(\.id))
            for (position, action) in group.actionsReviewed.enumerated() {
                list.reference(action, in: planActions, at: path + [.key("actionsReviewed"), .index(position)],
                               "expected the id of an action on plan \(group.plan)")
            }
        }
        return list.problems
    }
}
