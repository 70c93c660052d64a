/// One line per case for `cj case list`: who holds it and which plans are open.
public struct CaseOverview: Codable, Sendable, Equatable {
    public var caseId: String
    public var familyName: String
    public var worker: String?
    public var children: Int
    /// Open plans, e.g. "child protection (neglect) since 2026-03-02 for Amy, Ben".
    public var openPlans: [String]
    public var revision: Int

    public init(_ recorded: Case) {
        let value = recorded.inForce
        caseId = value.caseId
        familyName = value.familyName
        worker = value.currentWorker
        children = value.children.count
        openPlans = value.openPlans.map { plan in
            let category = plan.category.map { " (\($0.rawValue))" } ?? ""
            let names = plan.children.compactMap { value.person(withID: $0)?.firstName }.joined(separator: ", ")
            return "\(plan.type.displayName)\(category) since \(plan.start) for \(names)"
        }
        revision = value.revision
    }
}
