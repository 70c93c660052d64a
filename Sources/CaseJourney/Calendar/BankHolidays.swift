/// Bank holidays in England and Wales, Scotland and Northern Ireland, worked out by rule for any
/// year, so the calendar never runs out the way a downloaded list does.
///
/// - The regular holidays follow today's rules. The early May holiday is counted from 1978 and
///   St Andrew's Day in Scotland from 2007, when they began; other years before the 1970s follow
///   today's rules too, so they do not match history.
/// - A holiday that falls at a weekend gives a substitute day: the next weekday that is not
///   already a holiday. Christmas on a Saturday gives Monday 27 and Tuesday 28 December; on a
///   Sunday, Boxing Day stays on Monday 26 and Christmas moves to Tuesday 27.
/// - One-off changes proclaimed for national events are listed from 1995 in `oneOffChanges`. A
///   new proclamation needs a new line there.
public enum BankHolidays {
    /// The bank holidays actually taken in `year` in `region`, earliest first. A holiday that
    /// falls at a weekend appears only as its substitute day ("Christmas Day (substitute day)").
    public static func holidays(in year: Int, region: Region) -> [(date: CalendarDate, name: String)] {
        let changes = oneOffChanges.filter { $0.year == year && $0.regions.contains(region) }
        let replaced = Set(changes.compactMap(\.replaces))

        var observed: [(date: CalendarDate, name: String)] = []
        for holiday in regularHolidays
        where holiday.regions.contains(region) && year >= holiday.firstYear
            && !replaced.contains(holiday.kind) {
            observed.append((holiday.rule.date(in: year), holiday.name))
        }
        for change in changes {
            for extra in change.adds {
                observed.append((CalendarDate(year: year, month: extra.month, day: extra.day)!, extra.name))
            }
        }
        return withSubstituteDays(observed)
    }

    /// Easter Sunday in the Gregorian calendar, by the Anonymous Gregorian algorithm
    /// (Meeus/Jones/Butcher).
    public static func easterSunday(in year: Int) -> CalendarDate {
        // Floored division keeps every remainder in range, even for years before 1 AD.
        func div(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
        func mod(_ a: Int, _ b: Int) -> Int { a - b * div(a, b) }

        let a = mod(year, 19)
        let b = div(year, 100), c = mod(year, 100)
        let d = div(b, 4), e = mod(b, 4)
        let f = div(b + 8, 25)
        let g = div(b - f + 1, 3)
        let h = mod(19 * a + b - d - g + 15, 30)
        let i = div(c, 4), k = mod(c, 4)
        let l = mod(32 + 2 * e + 2 * i - h - k, 7)
        let m = div(a + 11 * h + 22 * l, 451)
        let month = div(h + l - 7 * m + 114, 31)
        let day = mod(h + l - 7 * m + 114, 31) + 1
        return CalendarDate(year: year, month: month, day: day)!
    }

    // MARK: Substitute days

    /// Moves each weekend holiday to the next weekday that is not already a holiday, taking the
    /// weekend holidays in date order.
    private static func withSubstituteDays(
        _ holidays: [(date: CalendarDate, name: String)]
    ) -> [(date: CalendarDate, name: String)] {
        let inDateOrder = holidays.sorted { $0.date < $1.date }
        var result = inDateOrder.filter { !$0.date.isWeekend }
        var taken = Set(result.map(\.date))
        for holiday in inDateOrder where holiday.date.isWeekend {
            var substitute = holiday.date
            while substitute.isWeekend || taken.contains(substitute) {
                substitute = substitute.adding(days: 1)
            }
            taken.insert(substitute)
            result.append((substitute, "\(holiday.name) (substitute day)"))
        }
        return result.sorted { $0.date < $1.date }
    }

    // MARK: The tables

    private static let everywhere = Set(Region.allCases)

    private static let regularHolidays: [RegularHoliday] = [
        .init(.newYear, "New Year's Day", .fixed(month: 1, day: 1), everywhere),
        .init(.secondJanuary, "2nd January", .fixed(month: 1, day: 2), [.scotland]),
        .init(.stPatricksDay, "St Patrick's Day", .fixed(month: 3, day: 17), [.northernIreland]),
        .init(.goodFriday, "Good Friday", .fromEaster(days: -2), everywhere),
        .init(.easterMonday, "Easter Monday", .fromEaster(days: 1), [.englandAndWales, .northernIreland]),
        .init(.earlyMay, "Early May bank holiday", .firstMonday(month: 5), everywhere, from: 1978),
        .init(.spring, "Spring bank holiday", .lastMonday(month: 5), everywhere),
        .init(.battleOfTheBoyne, "Battle of the Boyne (Orangemen's Day)", .fixed(month: 7, day: 12),
              [.northernIreland]),
        .init(.summer, "Summer bank holiday", .firstMonday(month: 8), [.scotland]),
        .init(.summer, "Summer bank holiday", .lastMonday(month: 8), [.englandAndWales, .northernIreland]),
        .init(.stAndrewsDay, "St Andrew's Day", .fixed(month: 11, day: 30), [.scotland], from: 2007),
        .init(.christmas, "Christmas Day", .fixed(month: 12, day: 25), everywhere),
        .init(.boxingDay, "Boxing Day", .fixed(month: 12, day: 26), everywhere),
    ]

    private static let oneOffChanges: [OneOffChange] = [
        .init(1995, replacing: .earlyMay, adds: [(5, 8, "Early May bank holiday (VE Day)")]),
        .init(1999, adds: [(12, 31, "Millennium bank holiday")]),
        .init(2002, replacing: .spring,
              adds: [(6, 3, "Queen's Golden Jubilee"), (6, 4, "Spring bank holiday")]),
        .init(2011, adds: [(4, 29, "Royal wedding")]),
        .init(2012, replacing: .spring,
              adds: [(6, 4, "Spring bank holiday"), (6, 5, "Queen's Diamond Jubilee")]),
        .init(2020, replacing: .earlyMay, adds: [(5, 8, "Early May bank holiday (VE Day)")]),
        .init(2022, replacing: .spring,
              adds: [(6, 2, "Spring bank holiday"), (6, 3, "Platinum Jubilee bank holiday"),
                     (9, 19, "State Funeral of Queen Elizabeth II")]),
        .init(2023, adds: [(5, 8, "Coronation of King Charles III")]),
        .init(2026, only: [.scotland], adds: [(6, 15, "World Cup bank holiday")]),
    ]
}

// MARK: Table rows

private enum HolidayKind: Sendable {
    case newYear, secondJanuary, stPatricksDay, goodFriday, easterMonday, earlyMay, spring
    case battleOfTheBoyne, summer, stAndrewsDay, christmas, boxingDay
}

private enum DateRule: Sendable {
    case fixed(month: Int, day: Int)
    case fromEaster(days: Int)
    case firstMonday(month: Int)
    case lastMonday(month: Int)

    func date(in year: Int) -> CalendarDate {
        switch self {
        case let .fixed(month, day):
            return CalendarDate(year: year, month: month, day: day)!
        case let .fromEaster(days):
            return BankHolidays.easterSunday(in: year).adding(days: days)
        case let .firstMonday(month):
            let first = CalendarDate(year: year, month: month, day: 1)!
            return first.adding(days: (8 - first.isoWeekday) % 7)
        case let .lastMonday(month):
            let last = CalendarDate(year: year, month: month,
                                    day: CalendarDate.daysIn(month: month, year: year))!
            return last.adding(days: -(last.isoWeekday - 1))
        }
    }
}

private struct RegularHoliday: Sendable {
    let kind: HolidayKind
    let name: String
    let rule: DateRule
    let regions: Set<Region>
    /// The first year the holiday was held.
    let firstYear: Int

    init(_ kind: HolidayKind, _ name: String, _ rule: DateRule, _ regions: Set<Region>,
         from firstYear: Int = .min) {
        self.kind = kind
        self.name = name
        self.rule = rule
        self.regions = regions
        self.firstYear = firstYear
    }
}

/// A year's proclaimed change: extra days, and the regular holiday they replace, if any.
private struct OneOffChange: Sendable {
    let year: Int
    let regions: Set<Region>
    let replaces: HolidayKind?
    let adds: [(month: Int, day: Int, name: String)]

    init(_ year: Int, only regions: Set<Region> = Set(Region.allCases),
         replacing replaces: HolidayKind? = nil, adds: [(month: Int, day: Int, name: String)]) {
        self.year = year
        self.regions = regions
        self.replaces = replaces
        self.adds = adds
    }
}
