import Foundation

/// Reads a case file for due dates only: everything the schedule depends on (people, plans,
/// allocations, visits, expectations, and which of them were withdrawn) and nothing it does not
/// (visit notes, contact details, professionals, corrections, history), which are checked for
/// JSON syntax and skipped.
///
/// The overdue list reads every case in the store, so this path is kept close to the cost of
/// reading the bytes. The fields it reads are checked as strictly as a full read, and the case
/// rules (`CaseValidator`) run on them; `cj validate` checks the rest.
enum ScheduleFieldsDecoder {
    typealias Failure = JSONCursor.Failure

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, path: String, expectedCaseID: String?) throws(CaseJourneyError) -> Case {
        if let invalid = JSONLimits.firstInvalidUTF8(in: bytes) {
            throw .invalidFile(path: path, problems: [CaseFileProblem(
                location: JSONLimits.location(of: invalid, in: bytes), expected: "this is not valid JSON: the bytes here are not valid UTF-8 text")])
        }
        var cursor = JSONCursor(bytes)
        let value: Case
        do {
            cursor.skipWhitespace()
            value = try readCase(&cursor)
            try cursor.finish()
        } catch {
            throw .invalidFile(path: path, problems: [CaseFileProblem(location: error.location, found: error.found, expected: error.expected)])
        }
        if value.schemaVersion > Case.currentSchemaVersion {
            throw .newerSchema(path: path, found: value.schemaVersion)
        }
        let problems = CaseValidator.problems(in: value, expectedCaseID: expectedCaseID)
        guard problems.isEmpty else { throw .invalidFile(path: path, problems: problems) }
        return value
    }

    private static func readCase(_ cursor: inout JSONCursor) throws(Failure) -> Case {
        var schemaVersion: Int?, caseId: String?, revision: Int?, familyName: String?
        var people: [Person] = [], allocations: [Allocation] = [], plans: [Plan] = []
        var visits: [Visit] = [], expectations: [ExpectationOverride] = []
        try cursor.object { cursor, key throws(Failure) in
            switch key {
            case "schemaVersion": schemaVersion = try cursor.int()
            case "caseId": caseId = try cursor.string()
            case "revision": revision = try cursor.int()
            case "familyName": familyName = try cursor.string()
            case "people": people = try list(&cursor, readPerson)
            case "allocations": allocations = try list(&cursor, readAllocation)
            case "plans": plans = try list(&cursor, readPlan)
            case "visits": visits = try list(&cursor, readVisit)
            case "expectations": expectations = try list(&cursor, readExpectation)
            default: try cursor.skipValue()
            }
        }
        var value = Case(caseId: try required(caseId, "caseId", cursor), familyName: try required(familyName, "familyName", cursor))
        value.schemaVersion = try required(schemaVersion, "schemaVersion", cursor)
        value.revision = try required(revision, "revision", cursor)
        value.people = people
        value.allocations = allocations
        value.plans = plans
        value.visits = visits
        value.expectations = expectations
        value.assignMissingAllocationIDs()
        return value
    }

    private static func readPerson(_ cursor: inout JSONCursor) throws(Failure) -> Person {
        var id: String?, name: String?, role: PersonRole?, born: CalendarDate?, lives: Bool?, responsibility: Bool?
        var confidentialFrom: [String]?, expected: CalendarDate?, withdrawal: Withdrawal?
        try cursor.object { cursor, key throws(Failure) in
            switch key {
            case "id": id = try cursor.string()
            case "name": name = try cursor.string()
            case "role": role = try cursor.choice(PersonRole.self)
            case "born": if !cursor.null() { born = try cursor.date() }
            case "expectedBirth": if !cursor.null() { expected = try cursor.date() }
            case "withdrawal": if !cursor.null() { withdrawal = try readWithdrawal(&cursor) }
            case "livesInHousehold": lives = try cursor.bool()
            case "parentalResponsibility": if !cursor.null() { responsibility = try cursor.bool() }
            case "confidentialFrom": if !cursor.null() { confidentialFrom = try cursor.strings() }
            default: try cursor.skipValue()
            }
        }
        var person = Person(id: try required(id, "id", cursor), name: try required(name, "name", cursor),
                            role: try required(role, "role", cursor), born: born, expectedBirth: expected,
                            livesInHousehold: try required(lives, "livesInHousehold", cursor),
                            parentalResponsibility: responsibility, confidentialFrom: confidentialFrom)
        person.withdrawal = withdrawal
        return person
    }

    /// A withdrawal, read in full: whether a record still counts depends on it.
    private static func readWithdrawal(_ cursor: inout JSONCursor) throws(Failure) -> Withdrawal {
        var date: CalendarDate?, by: String?, reason: String?, sameAs: String?
        try cursor.object { cursor, key throws(Failure) in
            switch key {
            case "date": date = try cursor.date()
            case "by": by = try cursor.string()
            case "reason": reason = try cursor.string()
            case "sameAs": if !cursor.null() { sameAs = try cursor.string() }
            default: try cursor.skipValue()
            }
        }
        return Withdrawal(date: try required(date, "date", cursor), by: try required(by, "by", cursor),
                          reason: try required(reason, "reason", cursor), sameAs: sameAs)
    }

    private static func readAllocation(_ cursor: inout JSONCursor) throws(Failure) -> Allocation {
        var id: String?, worker: String?, from: CalendarDate?, to: CalendarDate?, withdrawal: Withdrawal?
        try cursor.object { cursor, key throws(Failure) in
            switch key {
            case "id": id = try cursor.string()
            case "withdrawal": if !cursor.null() { withdrawal = try readWithdrawal(&cursor) }
            case "worker": worker = try cursor.string()
            case "from": from = try cursor.date()
            case "to": if !cursor.null() { to = try cursor.date() }
            default: try cursor.skipValue()
            }
        }
        var allocation = Allocation(id: id ?? "", worker: try required(worker, "worker", cursor), from: try required(from, "from", cursor), to: to)
        allocation.withdrawal = withdrawal
        return allocation
    }

    private static func readPlan(_ cursor: inout JSONCursor) throws(Failure) -> Plan {
        var id: String?, type: PlanType?, children: [String]?, category: PlanCategory?, start: CalendarDate?, end: PlanEnd?
        var withdrawal: Withdrawal?
        try cursor.object { cursor, key throws(Failure) in
            switch key {
            case "id": id = try cursor.string()
            case "withdrawal": if !cursor.null() { withdrawal = try readWithdrawal(&cursor) }
            case "type": type = try cursor.choice(PlanType.self)
            case "children": children = try cursor.strings()
            case "category": if !cursor.null() { category = try cursor.choice(PlanCategory.self) }
            case "start": start = try cursor.date()
            case "end": if !cursor.null() { end = try readPlanEnd(&cursor) }
            default: try cursor.skipValue()
            }
        }
        var plan = Plan(id: try required(id, "id", cursor), type: try required(type, "type", cursor),
                        children: try required(children, "children", cursor), category: category,
                        start: try required(start, "start", cursor), end: end)
        plan.withdrawal = withdrawal
        return plan
    }

    private static func readPlanEnd(_ cursor: inout JSONCursor) throws(Failure) -> PlanEnd {
        var date: CalendarDate?, reason: String?
        try cursor.object { cursor, key throws(Failure) in
            switch key {
            case "date": date = try cursor.date()
            case "reason": reason = try cursor.string()
            default: try cursor.skipValue()
            }
        }
        return PlanEnd(date: try required(date, "date", cursor), reason: try required(reason, "reason", cursor))
    }

    private static func readVisit(_ cursor: inout JSONCursor) throws(Failure) -> Visit {
        var id: String?, date: CalendarDate?, by: String?, kind: VisitKind?, unannounced: Bool?, bedroomSeen: Bool?
        var children: [ChildSighting]?, amends: String?, amendmentReason: String?, adults: [String]?, withdrawal: Withdrawal?
        try cursor.object { cursor, key throws(Failure) in
            switch key {
            case "id": id = try cursor.string()
            case "adultsSeen": if !cursor.null() { adults = try cursor.strings() }
            case "withdrawal": if !cursor.null() { withdrawal = try readWithdrawal(&cursor) }
            case "date": date = try cursor.date()
            case "by": by = try cursor.string()
            case "kind": kind = try cursor.choice(VisitKind.self)
            case "unannounced": unannounced = try cursor.bool()
            case "bedroomSeen": bedroomSeen = try cursor.bool()
            case "children": children = try list(&cursor, readSighting)
            case "amends": if !cursor.null() { amends = try cursor.string() }
            case "amendmentReason": if !cursor.null() { amendmentReason = try cursor.string() }
            default: try cursor.skipValue()
            }
        }
        var visit = Visit(id: try required(id, "id", cursor), date: try required(date, "date", cursor),
                          by: try required(by, "by", cursor), kind: try required(kind, "kind", cursor),
                          unannounced: try required(unannounced, "unannounced", cursor),
                          bedroomSeen: try required(bedroomSeen, "bedroomSeen", cursor),
                          children: try required(children, "children", cursor), amends: amends, amendmentReason: amendmentReason)
        visit.adultsSeen = adults
        visit.withdrawal = withdrawal
        return visit
    }

    private static func readSighting(_ cursor: inout JSONCursor) throws(Failure) -> ChildSighting {
        var child: String?, outcome: SightingOutcome?, reason: String?
        try cursor.object { cursor, key throws(Failure) in
            switch key {
            case "child": child = try cursor.string()
            case "outcome": outcome = try cursor.choice(SightingOutcome.self)
            case "reason": if !cursor.null() { reason = try cursor.string() }
            default: try cursor.skipValue()
            }
        }
        return ChildSighting(child: try required(child, "child", cursor), outcome: try required(outcome, "outcome", cursor), reason: reason)
    }

    private static func readExpectation(_ cursor: inout JSONCursor) throws(Failure) -> ExpectationOverride {
        var id: String?, what: ExpectationKind?, plan: String?, child: String?, interval: Interval?, notExpected: Bool?
        var reason: String?, setBy: String?, setOn: CalendarDate?, withdrawal: Withdrawal?
        try cursor.object { cursor, key throws(Failure) in
            switch key {
            case "id": id = try cursor.string()
            case "withdrawal": if !cursor.null() { withdrawal = try readWithdrawal(&cursor) }
            case "what": what = try cursor.choice(ExpectationKind.self)
            case "plan": if !cursor.null() { plan = try cursor.string() }
            case "child": if !cursor.null() { child = try cursor.string() }
            case "interval": if !cursor.null() { interval = try readInterval(&cursor) }
            case "notExpected": if !cursor.null() { notExpected = try cursor.bool() }
            case "reason": reason = try cursor.string()
            case "setBy": setBy = try cursor.string()
            case "setOn": setOn = try cursor.date()
            default: try cursor.skipValue()
            }
        }
        var expectation = ExpectationOverride(
            id: try required(id, "id", cursor), what: try required(what, "what", cursor), plan: plan,
            child: child, interval: interval, notExpected: notExpected, reason: try required(reason, "reason", cursor),
            setBy: try required(setBy, "setBy", cursor), setOn: try required(setOn, "setOn", cursor))
        expectation.withdrawal = withdrawal
        return expectation
    }

    private static func readInterval(_ cursor: inout JSONCursor) throws(Failure) -> Interval {
        var count: Int?, unit: IntervalUnit?
        try cursor.object { cursor, key throws(Failure) in
            switch key {
            case "count": count = try cursor.int()
            case "unit": unit = try cursor.choice(IntervalUnit.self)
            default: try cursor.skipValue()
            }
        }
        return Interval(count: try required(count, "count", cursor), unit: try required(unit, "unit", cursor))
    }

    // MARK: Helpers

    private static func list<Element>(
        _ cursor: inout JSONCursor, _ read: (inout JSONCursor) throws(Failure) -> Element
    ) throws(Failure) -> [Element] {
        var elements: [Element] = []
        try cursor.array { cursor, _ throws(Failure) in elements.append(try read(&cursor)) }
        return elements
    }

    private static func required<Value>(_ value: Value?, _ key: String, _ cursor: borrowing JSONCursor) throws(Failure) -> Value {
        guard let value else {
            throw Failure(location: (cursor.path + [.key(key)]).dottedPath, found: nil, expected: "this required field is missing")
        }
        return value
    }
}

extension CaseStore {
    /// Reads a case for due dates only (see `ScheduleFieldsDecoder`): much faster than `read`
    /// on large cases, for commands that look at every case in the store.
    public func readForSchedule(_ id: String) throws(CaseJourneyError) -> Case {
        let (data, file) = try contents(of: id)
        let result = data.withUnsafeBytes { raw in
            Result { () throws(CaseJourneyError) in
                try ScheduleFieldsDecoder.decode(raw.bindMemory(to: UInt8.self), path: file, expectedCaseID: id)
            }
        }
        return try result.get()
    }
}
