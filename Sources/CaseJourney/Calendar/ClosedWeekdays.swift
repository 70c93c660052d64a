import Foundation

/// The weekdays on which one calendar is closed (its region's bank holidays and its local
/// closures, leaving out any that fall at a weekend), as sorted day numbers.
///
/// Years are worked out on first use and kept, so counting working days over and over needs no
/// holiday rules, only a binary search. The store is shared by copies of a `WorkingCalendar`
/// and guarded by a lock, so any thread may use it.
final class ClosedWeekdays: @unchecked Sendable {
    private let region: Region
    private let closures: [CalendarDate]
    private let lock = NSLock()
    /// The day numbers the table covers: whole years, from 1 January to 31 December.
    private var covered: ClosedRange<Int>?
    private var coveredYears: ClosedRange<Int>?
    private var dayNumbers = SortedDayNumbers(values: [])

    init(region: Region, closures: [CalendarDate]) {
        self.region = region
        self.closures = closures
    }

    /// Sorted day numbers of the closed weekdays, complete for every day from `low` to `high`
    /// (and possibly beyond).
    func closedDays(from low: Int, through high: Int) -> SortedDayNumbers {
        lock.lock()
        defer { lock.unlock() }
        if let covered, covered.contains(low), covered.contains(high) {
            return dayNumbers
        }
        extend(toCoverYears: CalendarDate(dayNumber: low).year...CalendarDate(dayNumber: high).year)
        return dayNumbers
    }

    /// Rebuilds the table for the years already held plus `years`, with a year to spare either
    /// side so that walking forwards or backwards through time seldom rebuilds it.
    private func extend(toCoverYears years: ClosedRange<Int>) {
        var first = years.lowerBound - 1
        var last = years.upperBound + 1
        if let coveredYears {
            first = min(first, coveredYears.lowerBound)
            last = max(last, coveredYears.upperBound)
        }
        let start = CalendarDate(year: first, month: 1, day: 1)!.dayNumber
        let end = CalendarDate(year: last, month: 12, day: 31)!.dayNumber

        var closed = Set<Int>()
        for year in first...last {
            for holiday in BankHolidays.holidays(in: year, region: region) where !holiday.date.isWeekend {
                closed.insert(holiday.date.dayNumber)
            }
        }
        for closure in closures where !closure.isWeekend && (start...end).contains(closure.dayNumber) {
            closed.insert(closure.dayNumber)
        }
        dayNumbers = SortedDayNumbers(values: closed.sorted())
        covered = start...end
        coveredYears = first...last
    }
}

/// Day numbers in ascending order, with the counts working-day arithmetic needs.
struct SortedDayNumbers: Sendable {
    let values: [Int]

    /// How many values `x` satisfy `low < x <= high`.
    func count(after low: Int, through high: Int) -> Int {
        high <= low ? 0 : countNotAfter(high) - countNotAfter(low)
    }

    func contains(_ day: Int) -> Bool {
        let index = countNotAfter(day)
        return index > 0 && values[index - 1] == day
    }

    /// How many values are at most `day` (a binary search).
    private func countNotAfter(_ day: Int) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
