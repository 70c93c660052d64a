/// How often, or how soon, something should happen: "every 10 working days", "within 3 months".
public struct Interval: Codable, Sendable, Equatable {
    public var count: Int
    public var unit: IntervalUnit

    public init(count: Int, unit: IntervalUnit) {
        self.count = count
        self.unit = unit
    }

    /// The day this interval after `date` falls on. Working days follow the calendar's convention:
    /// `date` itself is not counted.
    public func after(_ date: CalendarDate, in calendar: WorkingCalendar) -> CalendarDate {
        switch unit {
        case .workingDays: calendar.adding(workingDays: count, to: date)
        case .days: date.adding(days: count)
        case .weeks: date.adding(days: 7 * count)
        case .months: date.adding(months: count)
        }
    }

    /// The day this interval before `date` falls on ("3 working days before the conference").
    public func before(_ date: CalendarDate, in calendar: WorkingCalendar) -> CalendarDate {
        switch unit {
        case .workingDays: calendar.adding(workingDays: -count, to: date)
        case .days: date.adding(days: -count)
        case .weeks: date.adding(days: -7 * count)
        case .months: date.adding(months: -count)
        }
    }

    /// "every 10 working days", "every week".
    public var description: String {
        count == 1 ? "every " + length.dropFirst(2) : "every " + length
    }

    /// The longest interval that makes sense in each unit: about two years. Anything longer is a
    /// typing mistake, and would make every due-date calculation in the store crawl or overflow.
    public static func largest(_ unit: IntervalUnit) -> Int {
        switch unit {
        case .workingDays: 520
        case .days: 730
        case .weeks: 104
        case .months: 24
        }
    }

    /// What is wrong with this interval, or nil: "expected a whole number from 1 to 520".
    public var problem: String? {
        (1...Interval.largest(unit)).contains(count)
            ? nil : "expected a whole number from 1 to \(Interval.largest(unit)) (\(unit.rawValue))"
    }

    /// "10 working days", "1 month": the length alone, for "within ..." and "... before".
    public var length: String {
        let noun: String
        switch unit {
        case .workingDays: noun = count == 1 ? "working day" : "working days"
        case .days: noun = count == 1 ? "day" : "days"
        case .weeks: noun = count == 1 ? "week" : "weeks"
        case .months: noun = count == 1 ? "month" : "months"
        }
        return "\(count) \(noun)"
    }
}

public enum IntervalUnit: String, Choice {
    case workingDays = "working-days"
    case days
    case weeks
    case months
}
