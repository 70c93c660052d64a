/// Something someone must do towards an outcome, with its whole history.
///
/// Nothing about an action is overwritten: it is a list of events (added, changed, deferred, done,
/// dropped), and what the action says now is worked out from them in date order. So anyone can
/// see what the family was asked to do at any point, and why it changed.
public struct PlanAction: Codable, Sendable, Equatable {
    public var id: String
    public var plan: String
    /// The id of the outcome this action works towards.
    public var outcome: String
    /// Oldest first as recorded; the first is always `added`.
    public var history: [ActionEvent]

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
            } else if let text = event.text, let owner = event.owner, let due = event.due {
                after = ActionState(text: text, owner: owner, due: due, status: .open, since: event.date, reason: event.reason)
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
    public var owner: ActionOwner
    public var due: CalendarDate
    public var status: ActionStatus
    /// The day of the latest event.
    public var since: CalendarDate
    /// The reason given with the latest event, if any.
    public var reason: String?

    mutating func apply(_ event: ActionEvent) {
        switch event.kind {
        case .added: break
        case .changed:
            text = event.text ?? text
            owner = event.owner ?? owner
            due = event.due ?? due
            status = .changed
        case .deferred:
            due = event.due ?? due
            status = .deferred
        case .done: status = .done
        case .dropped: status = .dropped
        }
        since = event.date
        reason = event.reason ?? event.note
    }
}

/// One thing that happened to an action.
public struct ActionEvent: Codable, Sendable, Equatable {
    public var kind: ActionEventKind
    /// The day it was decided or done.
    public var date: CalendarDate
    public var by: String
    /// Why: required for anything but `done` after the plan's first day.
    public var reason: String?
    /// For `added`: the action; for `changed`: the new wording, if it changed.
    public var text: String?
    /// For `added`: who carries it out; for `changed`: the new owner, if it changed.
    public var owner: ActionOwner?
    /// For `added`: the due date; for `changed` and `deferred`: the new due date.
    public var due: CalendarDate?
    /// For `done`: anything worth saying ("finished the course early").
    public var note: String?

    public init(
        kind: ActionEventKind, date: CalendarDate, by: String, reason: String? = nil, text: String? = nil,
        owner: ActionOwner? = nil, due: CalendarDate? = nil, note: String? = nil
    ) {
        self.kind = kind
        self.date = date
        self.by = by
        self.reason = reason
        self.text = text
        self.owner = owner
        self.due = due
        self.note = note
    }
}

public enum ActionEventKind: String, Choice {
    case added, changed, deferred, done, dropped

    /// Every kind but `done` moves the goal posts, so needs a reason once the plan has started.
    public var needsReasonAfterStart: Bool { self != .done }
}

public enum ActionStatus: String, Choice {
    case open, done, deferred, changed, dropped

    /// Still to be done: open, deferred or changed.
    public var isLive: Bool { self == .open || self == .deferred || self == .changed }
}
