import Testing
@testable import CaseJourney

private func day(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(text) else { preconditionFailure("not a date: \(text)") }
    return date
}

private func holidayDates(_ year: Int, _ region: Region) -> [String] {
    BankHolidays.holidays(in: year, region: region).map(\.date.description)
}

private let englandAndWales = WorkingCalendar()
private let scotland = WorkingCalendar(region: .scotland)

// MARK: Bank holidays as published on GOV.UK

@Suite("Bank holidays")
struct BankHolidayTests {
    @Test("England and Wales dates match the published lists", arguments: [
        (2012, ["01-02", "04-06", "04-09", "05-07", "06-04", "06-05", "08-27", "12-25", "12-26"]),
        (2020, ["01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28"]),
        (2021, ["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"]),
        (2022, ["01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27"]),
        (2023, ["01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"]),
        (2024, ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"]),
        (2025, ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"]),
        (2026, ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"]),
        (2027, ["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"]),
    ])
    func englandAndWales(year: Int, monthDays: [String]) {
        #expect(holidayDates(year, .englandAndWales) == monthDays.map { "\(year)-\($0)" })
    }

    @Test("Scotland dates match the published lists", arguments: [
        (2022, ["01-03", "01-04", "04-15", "05-02", "06-02", "06-03", "08-01", "09-19", "11-30", "12-26", "12-27"]),
        (2023, ["01-02", "01-03", "04-07", "05-01", "05-08", "05-29", "08-07", "11-30", "12-25", "12-26"]),
        (2024, ["01-01", "01-02", "03-29", "05-06", "05-27", "08-05", "12-02", "12-25", "12-26"]),
        (2026, ["01-01", "01-02", "04-03", "05-04", "05-25", "06-15", "08-03", "11-30", "12-25", "12-28"]),
        (2027, ["01-01", "01-04", "03-26", "05-03", "05-31", "08-02", "11-30", "12-27", "12-28"]),
    ])
    func scotland(year: Int, monthDays: [String]) {
        #expect(holidayDates(year, .scotland) == monthDays.map { "\(year)-\($0)" })
    }

    @Test("Northern Ireland adds St Patrick's Day and the Battle of the Boyne, with substitutes", arguments: [
        (2024, ["01-01", "03-18", "03-29", "04-01", "05-06", "05-27", "07-12", "08-26", "12-25", "12-26"]),
        (2026, ["01-01", "03-17", "04-03", "04-06", "05-04", "05-25", "07-13", "08-31", "12-25", "12-28"]),
    ])
    func northernIreland(year: Int, monthDays: [String]) {
        #expect(holidayDates(year, .northernIreland) == monthDays.map { "\(year)-\($0)" })
    }

    @Test("Easter Sunday by the Gregorian computus", arguments: [
        "1818-03-22", "2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21", "2024-03-31",
        "2025-04-20", "2026-04-05", "2027-03-28", "2038-04-25", "2285-03-22",
    ])
    func easter(expected: String) {
        #expect(BankHolidays.easterSunday(in: day(expected).year) == day(expected))
    }

    @Test("Weekend holidays move to the next free weekday and say so")
    func substituteDays() {
        let names = { (year: Int) in
            Dictionary(uniqueKeysWithValues: BankHolidays.holidays(in: year, region: .englandAndWales)
                .map { ($0.date.description, $0.name) })
        }
        // Christmas on a Saturday: Monday 27 and Tuesday 28.
        #expect(names(2021)["2021-12-27"] == "Christmas Day (substitute day)")
        #expect(names(2021)["2021-12-28"] == "Boxing Day (substitute day)")
        // Christmas on a Sunday: Boxing Day keeps Monday 26, Christmas moves to Tuesday 27.
        #expect(names(2022)["2022-12-26"] == "Boxing Day")
        #expect(names(2022)["2022-12-27"] == "Christmas Day (substitute day)")
        // New Year's Day on a Saturday or a Sunday: the next Monday.
        #expect(names(2022)["2022-01-03"] == "New Year's Day (substitute day)")
        #expect(names(2017)["2017-01-02"] == "New Year's Day (substitute day)")
        // St Andrew's Day on a Saturday.
        #expect(BankHolidays.holidays(in: 2024, region: .scotland).contains { $0.date == day("2024-12-02") })
    }

    @Test("One-off changes replace the regular Monday")
    func oneOffChanges() {
        let dates2020 = holidayDates(2020, .englandAndWales)
        #expect(dates2020.contains("2020-05-08") && !dates2020.contains("2020-05-04"))
        let dates2022 = holidayDates(2022, .englandAndWales)
        #expect(!dates2022.contains("2022-05-30"))
        let dates2023 = holidayDates(2023, .northernIreland)
        #expect(dates2023.contains("2023-05-01") && dates2023.contains("2023-05-08"))
        let dates2002 = holidayDates(2002, .englandAndWales)
        #expect(dates2002.contains("2002-06-03") && dates2002.contains("2002-06-04"))
        #expect(!dates2002.contains("2002-05-27"))
        #expect(holidayDates(2011, .scotland).contains("2011-04-29"))
        // The 2026 World Cup holiday is Scotland's alone.
        #expect(!holidayDates(2026, .englandAndWales).contains("2026-06-15"))
        #expect(!holidayDates(2026, .northernIreland).contains("2026-06-15"))
    }

    @Test("Holidays that had not begun are left out")
    func holidaysBeforeTheyBegan() {
        #expect(!holidayDates(2006, .scotland).contains("2006-11-30"))
        #expect(holidayDates(2007, .scotland).contains("2007-11-30"))
        #expect(!holidayDates(1977, .englandAndWales).contains("1977-05-02"))
    }

    @Test("Regions are stored under the GOV.UK names")
    func regionNames() {
        #expect(Region.allCases.map(\.rawValue) == ["england-and-wales", "scotland", "northern-ireland"])
        #expect(Region.allCases.map(\.displayName) == ["England and Wales", "Scotland", "Northern Ireland"])
    }
}

// MARK: Counting working days

@Suite("Working days")
struct WorkingDayTests {
    @Test("The documented example: 10 working days after Monday 2 November 2026")
    func documentedExample() {
        #expect(englandAndWales.adding(workingDays: 10, to: day("2026-11-02")) == day("2026-11-16"))
    }

    @Test("Christmas and New Year push a fortnight's visit into January")
    func acrossChristmas() {
        // 22, 23, 24, 29, 30, 31 December, then 4, 5, 6, 7 January.
        #expect(englandAndWales.adding(workingDays: 10, to: day("2026-12-21")) == day("2027-01-07"))
        // Boxing Day on a Saturday gives Monday 28 December off as well.
        #expect(englandAndWales.adding(workingDays: 1, to: day("2026-12-24")) == day("2026-12-29"))
    }

    @Test("Easter 2026 skips Good Friday and Easter Monday")
    func acrossEaster() {
        #expect(englandAndWales.adding(workingDays: 5, to: day("2026-04-01")) == day("2026-04-10"))
        #expect(englandAndWales.adding(workingDays: 1, to: day("2026-04-03")) == day("2026-04-07"))
    }

    @Test("A start on a non-working day counts from the next working day")
    func startOnNonWorkingDay() {
        #expect(englandAndWales.adding(workingDays: 1, to: day("2026-11-07")) == day("2026-11-09"))
        #expect(englandAndWales.adding(workingDays: 10, to: day("2026-11-07")) == day("2026-11-20"))
        // Easter Saturday: the Monday is a bank holiday too.
        #expect(englandAndWales.adding(workingDays: 1, to: day("2026-04-04")) == day("2026-04-07"))
    }

    @Test("Adding no working days changes nothing, even on a Saturday")
    func addingZero() {
        #expect(englandAndWales.adding(workingDays: 0, to: day("2026-11-07")) == day("2026-11-07"))
    }

    @Test("Negative counts go back: the N-th working day before")
    func countingBack() {
        // Reports due 3 working days before a Thursday conference.
        #expect(englandAndWales.adding(workingDays: -3, to: day("2026-11-26")) == day("2026-11-23"))
        #expect(englandAndWales.adding(workingDays: -1, to: day("2026-12-29")) == day("2026-12-24"))
        #expect(englandAndWales.adding(workingDays: -1, to: day("2026-11-07")) == day("2026-11-06"))
    }

    @Test("Local closure days between Christmas and New Year push the due date")
    func localClosures() {
        let closures = ["2026-12-29", "2026-12-30", "2026-12-31"].map(day)
        let calendar = WorkingCalendar(closures: closures)
        #expect(calendar.adding(workingDays: 10, to: day("2026-12-21")) == day("2027-01-12"))
        #expect(!calendar.isWorkingDay(day("2026-12-30")))
        #expect(englandAndWales.isWorkingDay(day("2026-12-30")))
        #expect(calendar.workingDays(after: day("2026-12-24"), through: day("2027-01-04")) == 1)
    }

    @Test("Scotland works Easter Monday but not 2 January or St Andrew's Day")
    func scotlandDiffers() {
        #expect(scotland.isWorkingDay(day("2026-04-06")))
        #expect(!englandAndWales.isWorkingDay(day("2026-04-06")))
        #expect(!scotland.isWorkingDay(day("2026-01-02")))
        #expect(englandAndWales.isWorkingDay(day("2026-01-02")))
        #expect(scotland.nonWorkingReason(day("2026-11-30")) == "St Andrew's Day")
        #expect(englandAndWales.isWorkingDay(day("2026-11-30")))
        #expect(scotland.adding(workingDays: 1, to: day("2026-04-03")) == day("2026-04-06"))
    }

    @Test("Counting working days since a due date")
    func countingSince() {
        #expect(englandAndWales.workingDays(after: day("2026-11-16"), through: day("2026-11-18")) == 2)
        // Only Tuesday 29 December is a working day here.
        #expect(englandAndWales.workingDays(after: day("2026-12-24"), through: day("2026-12-29")) == 1)
        #expect(englandAndWales.workingDays(after: day("2026-04-02"), through: day("2026-04-07")) == 1)
        #expect(englandAndWales.workingDays(after: day("2026-11-18"), through: day("2026-11-16")) == 0)
        #expect(englandAndWales.workingDays(after: day("2026-11-18"), through: day("2026-11-18")) == 0)
    }

    @Test("Reasons a day is not a working day")
    func reasons() {
        let calendar = WorkingCalendar(closures: [day("2026-12-29")])
        #expect(calendar.nonWorkingReason(day("2026-11-07")) == "Saturday")
        #expect(calendar.nonWorkingReason(day("2026-11-08")) == "Sunday")
        #expect(calendar.nonWorkingReason(day("2026-12-25")) == "Christmas Day")
        #expect(calendar.nonWorkingReason(day("2026-12-28")) == "Boxing Day (substitute day)")
        #expect(calendar.nonWorkingReason(day("2026-12-29")) == "local closure")
        #expect(calendar.nonWorkingReason(day("2026-12-30")) == nil)
    }

    @Test("Calendars with the same closures are equal, whatever the order")
    func equality() {
        let a = WorkingCalendar(closures: [day("2026-12-30"), day("2026-12-29"), day("2026-12-30")])
        let b = WorkingCalendar(closures: [day("2026-12-29"), day("2026-12-30")])
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(a != WorkingCalendar(region: .scotland, closures: b.closures))
    }
}

// MARK: Agreement with counting day by day

@Suite("Working days agree with a day-by-day count")
struct WorkingDayConsistencyTests {
    /// A small seeded generator, so a failure can be reproduced.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Steps one day at a time over the published holidays and the closures.
    struct DayByDay {
        let closed: Set<CalendarDate>

        init(region: Region, closures: [CalendarDate]) {
            let holidays = (2016...2034).flatMap { BankHolidays.holidays(in: $0, region: region).map(\.date) }
            closed = Set(holidays + closures)
        }

        func isWorkingDay(_ date: CalendarDate) -> Bool { !date.isWeekend && !closed.contains(date) }

        func adding(_ n: Int, to date: CalendarDate) -> CalendarDate {
            var current = date
            var left = abs(n)
            while left > 0 {
                current = current.adding(days: n > 0 ? 1 : -1)
                if isWorkingDay(current) { left -= 1 }
            }
            return current
        }
    }

    @Test("Random dates and counts, every region, with and without closures")
    func randomDates() {
        var random = SplitMix64(state: 20_261_102)
        let closures = ["2026-12-29", "2026-12-30", "2026-12-31", "2024-07-15", "2025-01-02"].map(day)
        let first = day("2018-01-01").dayNumber
        let last = day("2031-12-31").dayNumber
        for region in Region.allCases {
            for localClosures in [[], closures] {
                let calendar = WorkingCalendar(region: region, closures: localClosures)
                let reference = DayByDay(region: region, closures: localClosures)
                for _ in 0..<2_000 {
                    let start = CalendarDate(dayNumber: Int.random(in: first...last, using: &random))
                    let n = Int.random(in: 0...30, using: &random)
                    let due = calendar.adding(workingDays: n, to: start)
                    #expect(due == reference.adding(n, to: start), "\(region) \(start) + \(n)")
                    #expect(calendar.workingDays(after: start, through: due) == n, "\(region) \(start) + \(n)")
                    #expect(calendar.adding(workingDays: -n, to: start) == reference.adding(-n, to: start),
                            "\(region) \(start) - \(n)")
                    #expect(calendar.isWorkingDay(start) == reference.isWorkingDay(start), "\(region) \(start)")
                    if n > 0 {
                        #expect(calendar.isWorkingDay(due), "\(region) \(start) + \(n)")
                    }
                }
            }
        }
    }

    @Test("Concurrent callers can share one calendar")
    func sharedConcurrently() async {
        let start = day("2026-12-21")
        let expected = WorkingCalendar(closures: [day("2026-12-29")]).adding(workingDays: 10, to: start)
        let shared = WorkingCalendar(closures: [day("2026-12-29")])
        let results = await withTaskGroup(of: CalendarDate.self) { group in
            for offset in 0..<64 {
                group.addTask {
                    // Each caller makes the shared table grow in a different direction.
                    _ = shared.adding(workingDays: offset * 50, to: start)
                    _ = shared.adding(workingDays: -offset * 50, to: start)
                    return shared.adding(workingDays: 10, to: start)
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 64 && results.allSatisfy { $0 == expected })
    }

    @Test func aDayGivenToAFamilyMovesBackToTheWorkingDayBefore() {
        let calendar = WorkingCalendar(region: .englandAndWales, closures: [day("2026-12-29"), day("2026-12-30"), day("2026-12-31")])
        #expect(calendar.workingDay(onOrBefore: day("2026-12-04")) == day("2026-12-04"))  // a Friday stays
        #expect(calendar.workingDay(onOrBefore: day("2026-12-06")) == day("2026-12-04"))  // Sunday: the Friday before
        // Boxing Day's substitute Monday, then the council's own closure: back to Christmas Eve.
        #expect(calendar.workingDay(onOrBefore: day("2026-12-28")) == day("2026-12-24"))
        #expect(calendar.workingDay(onOrBefore: day("2027-01-01")) == day("2026-12-24"))
    }
}
