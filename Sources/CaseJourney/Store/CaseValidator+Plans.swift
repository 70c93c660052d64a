/// Rules for what a plan says: worries, strengths, outcomes, actions, ratings, views and
/// proposals to end it.
extension CaseValidator {
    static func planContentProblems(in value: Case) -> [CaseFileProblem] {
        var list = ProblemList()
        let plans = Dictionary(value.plans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let planIDs = Set(plans.keys)
        let planExpected = "expected the id of a plan in this case"

        for key in ["worries", "strengths"] {
            let statements = key == "worries" ? value.worries : value.strengths
            _ = list.ids(statements.map(\.id), at: [.key(key)])
            for (index, statement) in statements.enumerated() {
                let path: [JSONPathComponent] = [.key(key), .index(index)]
                list.reference(statement.plan, in: planIDs, at: path + [.key("plan")], planExpected)
                list.text(statement.text, at: path + [.key("text")], "expected what was written")
                list.text(statement.by, at: path + [.key("by")], "expected who wrote it")
                if let past = statement.historic {
                    list.text(past.changedSince, at: path + [.key("historic"), .key("changedSince")], "expected what has changed since")
                }
            }
        }

        let outcomeIDs = list.ids(value.outcomes.map(\.id), at: [.key("outcomes")])
        for (index, outcome) in value.outcomes.enumerated() {
            let path: [JSONPathComponent] = [.key("outcomes"), .index(index)]
            list.reference(outcome.plan, in: planIDs, at: path + [.key("plan")], planExpected)
            list.text(outcome.text, at: path + [.key("text")], "expected what needs to change")
            if let plan = plans[outcome.plan], outcome.date > plan.start, (outcome.reason ?? "").isBlank {
                list.report(path + [.key("reason")], nil, "an outcome added after the plan started (\(plan.start)) needs a reason")
            }
        }

        _ = list.ids(value.actions.map(\.id), at: [.key("actions")])
        for (index, action) in value.actions.enumerated() {
            let path: [JSONPathComponent] = [.key("actions"), .index(index)]
            list.reference(action.plan, in: planIDs, at: path + [.key("plan")], planExpected)
            if !outcomeIDs.contains(action.outcome) {
                list.report(path + [.key("outcome")], list.quoted(action.outcome), "expected the id of an outcome in this case")
            } else if let outcome = value.outcomes.first(where: { $0.id == action.outcome }), outcome.plan != action.plan {
                list.report(path + [.key("outcome")], list.quoted(action.outcome), "expected an outcome of plan \(action.plan)")
            }
            actionHistoryProblems(action, plan: plans[action.plan], at: path + [.key("history")], in: value, into: &list)
        }

        _ = list.ids(value.riskRatings.map(\.id), at: [.key("riskRatings")])
        for (index, rating) in value.riskRatings.enumerated() {
            let path: [JSONPathComponent] = [.key("riskRatings"), .index(index)]
            list.reference(rating.plan, in: planIDs, at: path + [.key("plan")], planExpected)
            if !RiskRating.scale.contains(rating.score) {
                list.report(path + [.key("score")], "\(rating.score)", "expected a whole number from 0 to 10")
            }
            list.text(rating.ratedBy, at: path + [.key("ratedBy")], "expected who gave the rating")
            list.text(rating.reason, at: path + [.key("reason")], "expected why")
        }

        _ = list.ids(value.views.map(\.id), at: [.key("views")])
        for (index, view) in value.views.enumerated() {
            let path: [JSONPathComponent] = [.key("views"), .index(index)]
            if let plan = view.plan { list.reference(plan, in: planIDs, at: path + [.key("plan")], planExpected) }
            list.text(view.text, at: path + [.key("text")], "expected what they said")
            guard let person = value.person(withID: view.person) else {
                list.report(path + [.key("person")], list.quoted(view.person), "expected the id of a person in this case")
                continue
            }
            if person.isChild && view.childAgreedToShare == nil {
                list.report(path + [.key("childAgreedToShare")], nil, "a child's view needs whether the child agreed to share it with their parents")
            } else if !person.isChild && view.childAgreedToShare != nil {
                list.report(path + [.key("childAgreedToShare")], nil, "only a child's view has this; remove it")
            }
        }

        _ = list.ids(value.endProposals.map(\.id), at: [.key("endProposals")])
        for (index, proposal) in value.endProposals.enumerated() {
            let path: [JSONPathComponent] = [.key("endProposals"), .index(index)]
            list.reference(proposal.plan, in: planIDs, at: path + [.key("plan")], planExpected)
            list.text(proposal.reason, at: path + [.key("reason")], "expected why")
        }
        return list.problems
    }

    private static func actionHistoryProblems(
        _ action: PlanAction, plan: Plan?, at path: [JSONPathComponent], in value: Case, into list: inout ProblemList
    ) {
        guard let first = action.history.first else {
            list.report(path, "an empty list", "expected at least the event that added the action")
            return
        }
        if first.kind != .added {
            list.report(path + [.index(0), .key("kind")], list.quoted(first.kind.rawValue), "expected \"added\": an action's history starts when it was added")
        }
        for (position, event) in action.history.enumerated() {
            let here = path + [.index(position)]
            list.text(event.by, at: here + [.key("by")], "expected who made the change")
            if position > 0 && event.kind == .added {
                list.report(here + [.key("kind")], list.quoted("added"), "an action is added once; later events change it")
            }
            if position > 0 && event.date < first.date {
                list.report(here + [.key("date")], list.quoted(event.date.description), "expected a date on or after the day the action was added, \(first.date)")
            }
            if let plan, event.kind.needsReasonAfterStart, event.date > plan.start, (event.reason ?? "").isBlank {
                list.report(here + [.key("reason")], nil, "a change after the plan started (\(plan.start)) needs a reason")
            }
            if let text = event.text { list.text(text, at: here + [.key("text")], "expected what must be done") }
            if let repeats = event.repeats, event.kind == .added || !repeats.isEmpty {
                list.text(repeats, at: here + [.key("repeats")], "expected how often it is done, e.g. \"every weekday\"")
            }
            if let owners = event.owners {
                if owners.isEmpty { list.report(here + [.key("owners")], "an empty list", "expected at least one owner") }
                for (number, owner) in owners.enumerated() {
                    ownerProblems(owner, at: here + (owners.count == 1 ? [.key("owner")] : [.key("owners"), .index(number)]), in: value, into: &list)
                }
            }
            switch event.kind {
            case .added:
                if event.text == nil { list.report(here + [.key("text")], nil, "a new action needs what must be done") }
                if event.owners == nil { list.report(here + [.key("owner")], nil, "a new action needs who will do it") }
                if event.due == nil { list.report(here + [.key("due")], nil, "a new action needs a due date") }
            case .changed where event.text == nil && event.owners == nil && event.due == nil && event.reopens != true && event.repeats == nil:
                list.report(here, nil, "a change needs a new text, owner or due date")
            case .deferred where event.due == nil:
                list.report(here + [.key("due")], nil, "a deferral needs the new due date")
            case .progress where (event.note ?? "").isBlank:
                list.report(here + [.key("note")], nil, "a word on how an ongoing action is going needs a note")
            default:
                break
            }
        }
    }

    private static func ownerProblems(_ owner: ActionOwner, at path: [JSONPathComponent], in value: Case, into list: inout ProblemList) {
        let given = [owner.person, owner.professional, owner.agency].compactMap { $0 }
        guard given.count == 1 else {
            list.report(path, nil, "expected exactly one of person, professional or agency")
            return
        }
        if let id = owner.person {
            list.reference(id, in: Set(value.people.map(\.id)), at: path + [.key("person")], "expected the id of a person in this case")
        }
        if let id = owner.professional {
            list.reference(id, in: Set(value.professionals.map(\.id)), at: path + [.key("professional")],
                           "expected the id of a professional in this case")
        }
        if let agency = owner.agency { list.text(agency, at: path + [.key("agency")], "expected the agency's name") }
    }
}
