/// Something someone must do towards an outcome, with its whole history.
///
/// Nothing about an action is overwritten: it is a list of events (added, changed, deferred, done,
/// dropped), and what the action says now is worked out from them in date order. So anyone can
/// see what the family was asked to do at any point, and why it changed.
public struct PlanAction: Codable, Sendable, Equatable, Correctable, PrivacyMarked {
    public var id: String
    public var plan: String
    /// The id of the outcome this action works towards.
    public var outcome: String
    /// Oldest first as recorded; the first is always `added`.
    public var history: [ActionEvent]
    /// Marks the whole action; a single event's reason can be marked on the event.
    public var privateFrom: [String]?
    public var notForFamily: Bool?
    /// Actions are changed through their events; this stays empty.
    public var corrections: [Correction]?
    /// Set when the action was added in error (unlike `dropped`, which takes it out of the plan).
    public var withdrawal: Withdrawal?

    public init(id: String, plan: String, outcome: String, history: [ActionEvent]) {
        self.id = id
        self.plan = plan
        self.outcome = outcome
        self.history = history
    }

    /// Events in date order; events on the same day keep the order they were recorded in.
    public var eventsByDate: [ActionEvent] {
        history.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// The action as it stands after every event.
    public var current: ActionState { state(on: nil)! }

    /// The action as it stood at the end of `date` (nil: after every event), or nil if it had not
    /// been added by then.
    public func state(on date: CalendarDate?) -> ActionState? {
        steps.last { step in date.map { step.event.date <= $0 } ?? true }?.after
    }

    /// Each event in date order with the action as it stood just before and just after it.
    public var steps: [ActionStep] {
        var before: ActionState?
        var steps: [ActionStep] = []
        for event in eventsByDate {
            var after: ActionState
            if let known = before {
                after = known
                after.apply(event)
            } else if let text = event.text, let owners = event.owners, !owners.isEmpty, let due = event.due {
                after = ActionState(text: text, owners: owners, due: due, status: .open, since: event.date, reason: event.reason)
                after.repeats = event.repeats
            } else {
                continue
            }
            steps.append(ActionStep(event: event, before: before, after: after))
            before = after
        }
        return steps
    }

    /// The day the action was first added.
    public var added: CalendarDate { eventsByDate.first?.date ?? history[0].date }

    /// Everyone who has ever been an owner, in the order they first were.
    public var everyOwner: [ActionOwner] {
        var seen: [ActionOwner] = []
        for owner in history.flatMap({ $0.owners ?? [] }) where !seen.contains(owner) { seen.append(owner) }
        return seen
    }
}

/// One event in an action's history, with the action just before and just after it.
public struct ActionStep: Sendable, Equatable {
    public var event: ActionEvent
    /// Nil for the event that added the action.
    public var before: ActionState?
    public var after: ActionState
}

/// What an action says at one point in its history.
public struct ActionState: Sendable, Equatable {
    public var text: String
    /// Who carries it out: one or more people in the family, professionals or agencies.
    public var owners: [ActionOwner]
    public var due: CalendarDate
    public var status: ActionStatus
    /// The day of the latest event.
    public var since: CalendarDate
    /// The reason given with the latest event, if any.
    public var reason: String?
    /// For something to keep doing rather than do once: how often ("every weekday"). `due` is
    /// then the day it is next looked at, never a deadline the family can miss.
    public var repeats: String?
    /// For an ongoing action: the latest word on how it is going.
    public var progress: ActionProgress?

    public init(text: String, owners: [ActionOwner], due: CalendarDate, status: ActionStatus, since: CalendarDate, reason: String?) {
        self.text = text
        self.owners = owners
        self.due = due
        self.status = status
        self.since = since
        self.reason = reason
    }

    /// True when someone in the family carries it out (alone or with others).
    public var isFamily: Bool { owners.contains(where: \.isFamily) }
    /// True when a professional or agency carries it out (alone or with others).
    public var isProfessional: Bool { owners.contains { !$0.isFamily } }
    /// The people in the family who carry it out.
    public var familyOwners: [String] { owners.compactMap(\.person) }

    mutating func apply(_ event: ActionEvent) {
        if event.kind == .progress {
            // How it is going changes nothing about what was asked or when.
            progress = ActionProgress(date: event.date, note: event.note ?? "")
            return
        }
        // A change that leaves a done or dropped action as it was keeps the day it was done.
        let finishedBefore = !status.isLive
        switch event.kind {
        case .added, .progress: break
        case .changed:
            text = event.text ?? text
            owners = event.owners ?? owners
            due = event.due ?? due
            if let repeats = event.repeats { self.repeats = repeats.isEmpty ? nil : repeats }
            // A change keeps a done or dropped action as it was unless it says it reopens it:
            // giving a finished action a second owner must not make it look undone.
            if status.isLive || event.reopens == true { status = .changed }
        case .deferred:
            due = event.due ?? due
            status = .deferred
        case .done: status = .done
        case .dropped: status = .dropped
        }
        if event.kind == .changed && finishedBefore && !status.isLive { return }
        since = event.date
        reason = event.reason ?? event.note
    }
}

/// One thing that happened to an action.
public struct ActionEvent: Codable, Sendable, Equatable, PrivacyMarked {
    public var kind: ActionEventKind
    /// The day it was decided or done.
    public var date: CalendarDate
    public var by: String
    /// Why: required for anything but `done` after the plan's first day.
    public var reason: String?
    /// For `added`: the action; for `changed`: the new wording, if it changed.
    public var text: String?
    /// For `added`: who carries it out; for `changed`: the new owners, if they changed. Written as
    /// `owner` when there is one, `owners` when there are several.
    public var owners: [ActionOwner]?
    /// For `added`: the due date; for `changed` and `deferred`: the new due date.
    public var due: CalendarDate?
    /// For `done`: anything worth saying ("finished the course early"); for `progress`: how an
    /// ongoing action is going.
    public var note: String?
    /// For `added` and `changed`: how often an ongoing action is done ("every weekday"); an
    /// empty text on `changed` makes it a one-off again.
    public var repeats: String?
    /// For `changed`: true when the change brings a done or dropped action back.
    public var reopens: Bool?
    /// Marks this event's reason and note.
    public var privateFrom: [String]?
    public var notForFamily: Bool?

    public init(
        kind: ActionEventKind, date: CalendarDate, by: String, reason: String? = nil, text: String? = nil,
        owners: [ActionOwner]? = nil, due: CalendarDate? = nil, note: String? = nil, reopens: Bool? = nil
    ) {
        self.kind = kind
        self.date = date
        self.by = by
        self.reason = reason
        self.text = text
        self.owners = owners
        self.due = due
        self.note = note
        self.reopens = reopens
    }

    private enum CodingKeys: String, CodingKey {
        case kind, date, by, reason, text, owner, owners, due, note, repeats, reopens, privateFrom, notForFamily
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(ActionEventKind.self, forKey: .kind)
        date = try container.decode(CalendarDate.self, forKey: .date)
        by = try container.decode(String.self, forKey: .by)
        reason = try container.decodeIfPresent(String.self, forKey: .reason)
        text = try container.decodeIfPresent(String.self, forKey: .text)
        if let several = try container.decodeIfPresent([ActionOwner].self, forKey: .owners) {
            owners = several
        } else {
            owners = try container.decodeIfPresent(ActionOwner.self, forKey: .owner).map { [$0] }
        }
        due = try container.decodeIfPresent(CalendarDate.self, forKey: .due)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        repeats = try container.decodeIfPresent(String.self, forKey: .repeats)
        reopens = try container.decodeIfPresent(Bool.self, forKey: .reopens)
        privateFrom = try container.decodeIfPresent([String].self, forKey: .privateFrom)
        notForFamily = try container.decodeIfPresent(Bool.self, forKey: .notForFamily)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(date, forKey: .date)
        try container.encode(by, forKey: .by)
        try container.encodeIfPresent(reason, forKey: .reason)
        try container.encodeIfPresent(text, forKey: .text)
        if let owners {
            if owners.count == 1 { try container.encode(owners[0], forKey: .owner) } else { try container.encode(owners, forKey: .owners) }
        }
        try container.encodeIfPresent(due, forKey: .due)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encodeIfPresent(repeats, forKey: .repeats)
        try container.encodeIfPresent(reopens, forKey: .reopens)
        try container.encodeIfPresent(privateFrom, forKey: .privateFrom)
        try container.encodeIfPresent(notForFamily, forKey: .notForFamily)
    }
}

public enum ActionEventKind: String, Choice {
    /// `progress`: how an ongoing action is going; it changes nothing else.
    case added, changed, deferred, done, dropped, progress

    /// Every kind but `done` and `progress` moves the goal posts, so needs a reason once the plan
    /// has started.
    public var needsReasonAfterStart: Bool { self != .done && self != .progress }
}

/// How an ongoing action is going, as last recorded.
public struct ActionProgress: Sendable, Equatable {
    public var date: CalendarDate
    public var note: String
}

public enum ActionStatus: String, Choice {
    case open, done, deferred, changed, dropped

    /// Still to be done: open, deferred or changed.
    public var isLive: Bool { self == .open || self == .deferred || self == .changed }
}
