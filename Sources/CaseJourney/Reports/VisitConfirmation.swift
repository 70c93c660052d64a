/// What `cj visit log` tells the worker: for every child of the case, how they were recorded and
/// when they are next due to be seen.
public struct VisitConfirmation: Sendable {
    public struct Line: Sendable {
        public var child: Person
        public var sighting: ChildSighting
        /// Nil when the child is not on an active plan.
        public var status: ChildVisitStatus?
        /// True when the next visit was due before the as-of day.
        public var isOverdue: Bool
        /// True when the child should have been seen alone before the as-of day.
        public var isSeenAloneOverdue: Bool
    }

    public var visit: Visit
    public var lines: [Line]

    /// `asOf` is the later of the visit's day and today, so the visit just logged always counts.
    public init(visit: Visit, in value: Case, schedule: VisitSchedule, asOf: CalendarDate) {
        self.visit = visit
        let day = max(asOf, visit.date)
        let statuses = schedule.statuses(in: value, asOf: day)
        var lines: [Line] = visit.children.compactMap { sighting in
            guard let child = value.person(withID: sighting.child) else { return nil }
            let status = statuses.first { $0.child.id == child.id }
            return Line(child: child, sighting: sighting, status: status,
                        isOverdue: status.map { $0.visitsDue < day } ?? false,
                        isSeenAloneOverdue: status?.seenAloneDue.map { $0 < day } ?? false)
        }
        // A baby not yet born is seen through their mother: a line for them too.
        let motherSeen = (visit.adultsSeen ?? []).contains { value.person(withID: $0)?.role == .mother }
        for status in statuses where status.beforeBirth && !lines.contains(where: { $0.child.id == status.child.id }) {
            lines.append(Line(child: status.child, sighting: ChildSighting(child: status.child.id, outcome: motherSeen ? .seen : .notRecorded,
                                                                           reason: motherSeen ? "not born yet; mother seen" : "not born yet"),
                              status: status, isOverdue: status.visitsDue < day, isSeenAloneOverdue: false))
        }
        self.lines = lines
    }
}
