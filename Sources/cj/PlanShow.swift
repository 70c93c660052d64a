import ArgumentParser
import CaseJourney

extension CJ.PlanGroup {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a plan: worries, strengths, outcomes and actions, ratings, views, next meetings.",
            discussion: """
                This is the worker's view: children's views are shown whether or not they may be \
                shared, and marked when they may not.

                Examples:
                  cj plan show ASH-01
                  cj plan show ASH-01 --as-of 2026-11-23 --format json
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: "text or json.") var format: DocumentFormat = .text
        @OptionGroup var planChoice: PlanChoiceOptions
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            let value = try store.read(caseID)
            let overview = try PlanOverview(plan: planChoice.plan, in: value, settings: try store.settings(), asOf: asOf.date)
            switch format {
            case .json: try Output.json(overview)
            case .text: Output.line(PlanOverviewText(overview: overview, value: value).render())
            }
        }
    }
}

/// The text form of `cj plan show`.
struct PlanOverviewText {
    let overview: PlanOverview
    let value: Case

    func render() -> String {
        let plan = overview.plan
        let names = plan.children.map { value.person(withID: $0)?.firstName ?? $0 }.joined(separator: ", ")
        var lines = ["Plan \(plan.id): \(plan.type.displayName)\(plan.category.map { " (\($0.rawValue))" } ?? "") for \(names), "
            + "since \(plan.start)" + (plan.end.map { ", ended \($0.date): \($0.reason)" } ?? "")]
        lines.append("Social worker: \(overview.worker ?? "not allocated")")
        if let proposal = overview.endProposal {
            lines.append("Proposed to end (\(proposal.id)) by \(proposal.by) on \(proposal.date): \(proposal.reason)")
        }
        section("Worries", overview.worries.map { "\($0.id)  \($0.text)" }, into: &lines)
        section("Strengths", overview.strengths.map { "\($0.id)  \($0.text)" }, into: &lines)
        if !overview.outcomes.isEmpty {
            lines += ["", "What needs to change:"]
            for outcome in overview.outcomes {
                lines.append("  \(outcome.outcome.id)  \(outcome.outcome.text)")
                guard !outcome.actions.isEmpty else { continue }
                var table = TextTable(headers: ["ACTION", "FOR", "DUE", "STATUS", "WHAT"])
                table.rows = outcome.actions.map { [$0.id, $0.ownerName, $0.due.description, status($0), $0.text] }
                lines += table.render().split(separator: "\n").map { "      " + $0 }
            }
        }
        section("Risk ratings (0 = not safe, 10 = safe enough for the plan to end)", overview.riskRatings.map {
            "\($0.id)  \($0.date)  \($0.score)/10  \($0.ratedBy): \($0.reason)"
        }, into: &lines)
        section("Views", overview.views.map { view in
            let name = value.person(withID: view.person)?.name ?? view.person
            let sharing = view.childAgreedToShare == false ? " [not to be shared with the parents]" : ""
            return "\(view.id)  \(view.date)  \(name)\(sharing): \(view.text)"
        }, into: &lines)
        section("Visit timescales set for this plan", value.inForce.expectations.filter { $0.plan == plan.id && $0.setOn <= overview.asOf }.map { expectation in
            let scope = expectation.child.map { value.person(withID: $0)?.firstName ?? $0 } ?? "everyone"
            let setting = expectation.interval.map { "every \($0.length)" } ?? (expectation.notExpected == true ? "not expected" : "team default")
            return "\(expectation.id)  \(expectation.setOn)  \(expectation.what.displayName), \(scope): \(setting) (\(expectation.reason))"
        }, into: &lines)
        var next: [String] = []
        if let review = overview.nextReview {
            next.append("Review conference: " + (review.booked.map { "booked for \($0) (due \(review.due))" } ?? "due \(review.due)"))
        }
        if let group = overview.nextCoreGroup { next.append("Core group: due \(group.due)") }
        if let visit = overview.nextVisit { next.append("Visit: due \(visit)") }
        section("Next", next, into: &lines)
        return lines.joined(separator: "\n")
    }

    private func status(_ action: ActionOverview) -> String {
        var text = action.status.rawValue
        if action.status != .open { text += " \(action.since)" }
        if action.isOverdue { text += ", OVERDUE" }
        return text
    }

    private func section(_ title: String, _ items: [String], into lines: inout [String]) {
        guard !items.isEmpty else { return }
        lines += ["", "\(title):"] + items.map { "  " + $0 }
    }
}
