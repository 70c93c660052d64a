/// Which days count as working days, and how to count them.
///
/// A working day is a Monday to Friday that is neither a bank holiday in the region nor one of
/// the local authority's closure days.
///
/// **N working days after day D** is the N-th working day strictly after D: D itself is never
/// counted, whether or not it is a working day. So 10 working days after Monday 2 November 2026
/// is Monday 16 November 2026, and a start on a non-working day counts from the next working
/// day, which is day 1 (1 working day after Saturday 7 November 2026 is Monday 9 November).
/// Adding 0 returns D unchanged. Adding a negative N counts back: -3 working days from D is the
/// third working day strictly before D (3 working days before Thursday 26 November 2026 is
/// Monday 23 November).
///
/// `workingDays(after:through:)` counts the other way: the working days d with
/// start < d ≤ end, so `workingDays(after: d, through: adding(workingDays: n, to: d)) == n` for
/// every n ≥ 0. A visit due on Monday 16 November 2026 and still not made on Wednesday 18
/// November is 2 working days overdue.
public struct WorkingCalendar: Sendable, Hashable {
    public let region: Region
    /// The local authority's own closure days, in date order, each once.
    public let closures: [CalendarDate]
    private let closedWeekdays: ClosedWeekdays

    public init(region: Region = .englandAndWales, closures: [CalendarDate] = []) {
        self.region = region
        self.closures = Set(closures).sorted()
        self.closedWeekdays = ClosedWeekdays(region: region, closures: self.closures)
    }

    public static func == (lhs: WorkingCalendar, rhs: WorkingCalendar) -> Bool {
        lhs.region == rhs.region && lhs.closures == rhs.closures
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(region)
        hasher.combine(closures)
    }

    // MARK: Single days

    /// Monday to Friday, not a bank holiday in the region and not a local closure.
    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        let day = date.dayNumber
        return !date.isWeekend && !closedWeekdays.closedDays(from: day, through: day).contains(day)
    }

    /// `date` if it is a working day, else the working day before it: a day a family is told to
    /// do something by never falls on a weekend or a bank holiday.
    public func workingDay(onOrBefore date: CalendarDate) -> CalendarDate {
        var day = date
        // A closure list cannot make every day for a year non-working; stop looking after that.
        var stepsLeft = 366
        while stepsLeft > 0 && !isWorkingDay(day) {
            day = day.adding(days: -1)
            stepsLeft -= 1
        }
        return day
    }

    /// The last day for something that must be done within `interval` of `date`: moved back to
    /// the working day before when the interval ends on a weekend, a bank holiday or a closure,
    /// so a review due "within six months" on a Sunday is due on the Friday, for everyone.
    public func deadline(_ interval: Interval, after date: CalendarDate) -> CalendarDate {
        let end = interval.after(date, in: self)
        // Counting forward in working days always ends on one.
        return interval.unit == .workingDays && interval.count > 0 ? end : workingDay(onOrBefore: end)
    }

    /// Why `date` is not a working day ("Saturday", "Christmas Day", "Boxing Day (substitute
    /// day)", "local closure"), or nil when it is one. A bank holiday that falls at a weekend is
    /// named on its substitute day; the weekend day itself is just "Saturday" or "Sunday". A bank
    /// holiday or weekend wins over a local closure on the same day.
    public func nonWorkingReason(_ date: CalendarDate) -> String? {
        if let holiday = BankHolidays.holidays(in: date.year, region: region).first(where: { $0.date == date }) {
            return holiday.name
        }
        switch date.isoWeekday {
        case 6: return "Saturday"
        case 7: return "Sunday"
        default: break
        }
        if isWorkingDay(date) { return nil }
        return "local closure"
    }

    // MARK: Counting

    /// The `n`-th working day strictly after `date` (strictly before it when `n` is negative);
    /// `date` itself when `n` is 0. See the type's documentation for the convention.
    public func adding(workingDays n: Int, to date: CalendarDate) -> CalendarDate {
        if n == 0 { return date }
        return CalendarDate(dayNumber: n > 0 ? workingDay(n, after: date.dayNumber)
                                             : workingDay(-n, before: date.dayNumber))
    }

    /// The number of working days d with `start` < d ≤ `end`; 0 when `end` is not after `start`.
    public func workingDays(after start: CalendarDate, through end: CalendarDate) -> Int {
        let low = start.dayNumber
        let high = end.dayNumber
        guard high > low else { return 0 }
        let weekdays = Weekdays.ordinal(of: high) - Weekdays.ordinal(of: low)
        return weekdays - closedWeekdays.closedDays(from: low + 1, through: high).count(after: low, through: high)
    }

    /// Jumps whole runs of weekdays at once, then makes up for the closed weekdays it passed;
    /// only a handful of jumps are ever needed.
    private func workingDay(_ n: Int, after start: Int) -> Int {
        // Working days in (start, reached] = n - remaining.
        var reached = start
        var remaining = n
        while true {
            let candidate = Weekdays.day(withOrdinal: Weekdays.ordinal(of: reached) + remaining)
            let closed = closedWeekdays.closedDays(from: reached + 1, through: candidate)
                .count(after: reached, through: candidate)
            if closed == 0 { return candidate }
            reached = candidate
            remaining = closed
        }
    }

    private func workingDay(_ n: Int, before start: Int) -> Int {
        // Working days in [reached, start) = n - remaining.
        var reached = start
        var remaining = n
        while true {
            let candidate = Weekdays.day(withOrdinal: Weekdays.ordinal(of: reached - 1) - remaining + 1)
            let closed = closedWeekdays.closedDays(from: candidate, through: reached - 1)
                .count(after: candidate - 1, through: reached - 1)
            if closed == 0 { return candidate }
            reached = candidate
            remaining = closed
        }
    }
}

/// Counting Mondays to Fridays by arithmetic alone.
private enum Weekdays {
    /// Day number of Monday 5 January 1970, the first Monday after day 0.
    private static let firstMonday = 4

    /// The number of weekdays from an arbitrary fixed Monday up to and including `day`; the
    /// difference between two ordinals counts the weekdays between them.
    static func ordinal(of day: Int) -> Int {
        let offset = day - firstMonday
        let week = offset >= 0 ? offset / 7 : -((-offset + 6) / 7)
        let weekday = offset - 7 * week // 0 = Monday ... 6 = Sunday
        return 5 * week + min(weekday + 1, 5)
    }

    /// The weekday whose ordinal is `ordinal`.
    static func day(withOrdinal ordinal: Int) -> Int {
        let index = ordinal - 1
        let week = index >= 0 ? index / 5 : -((-index + 4) / 5)
        return firstMonday + 7 * week + (index - 5 * week)
    }
}
