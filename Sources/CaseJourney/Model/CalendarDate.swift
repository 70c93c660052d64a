/// A day on the calendar (`YYYY-MM-DD`), with no time and no time zone.
///
/// Visits, plans and conferences happen on days, not at instants, so they are never stored as a
/// `Date` at midnight somewhere: that would move a visit to the day before for anyone west of the
/// zone it was written in. Arithmetic uses a day number counted from 1970-01-01 (the proleptic
/// Gregorian calendar), so adding days and comparing dates needs no `Calendar` at all.
public struct CalendarDate: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01 (negative before it).
    public let dayNumber: Int

    public init(dayNumber: Int) {
        self.dayNumber = dayNumber
    }

    /// Returns nil when the day does not exist (30 February, month 13, ...).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
              day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.dayNumber = CalendarDate.dayNumber(year: year, month: month, day: day)
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (including `2026-2-3` or a time) is nil.
    public init?(_ text: String) {
        self.init(utf8: text.utf8)
    }

    /// `init(_:)` on the text's UTF-8 bytes, read in place: dates are parsed for every visit
    /// of every case on store-wide reports.
    init?(utf8: some Sequence<UInt8>) {
        var fields = (year: 0, month: 0, day: 0)
        var count = 0
        for byte in utf8 {
            switch count {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            default:
                let digit = Int(byte) - 48
                guard (0...9).contains(digit), count < 10 else { return nil }
                if count < 4 { fields.year = fields.year * 10 + digit }
                else if count < 7 { fields.month = fields.month * 10 + digit }
                else { fields.day = fields.day * 10 + digit }
            }
            count += 1
        }
        guard count == 10 else { return nil }
        self.init(year: fields.year, month: fields.month, day: fields.day)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        lhs.dayNumber < rhs.dayNumber
    }

    // MARK: Fields

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let offset = (dayNumber % 7 + 7) % 7
        return (offset + 3) % 7 + 1
    }

    public var isWeekend: Bool { isoWeekday >= 6 }

    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// Adds calendar months, keeping the day where it exists and otherwise using the month's last
    /// day (31 January + 1 month = 28 or 29 February).
    public func adding(months: Int) -> CalendarDate {
        let (y, m, d) = civil
        let total = y * 12 + (m - 1) + months
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        let month = total - year * 12 + 1
        let day = min(d, CalendarDate.daysIn(month: month, year: year))
        return CalendarDate(year: year, month: month, day: day)!
    }

    // MARK: Day-number conversion (Howard Hinnant's civil-from-days algorithms)

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    var civil: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CalendarDate: CustomStringConvertible {
    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = civil
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}

extension CalendarDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = try CalendarDate.read(try container.decode(String.self), at: container.codingPath)
    }

    /// The date a case file writes as `text`, or the problem every reader reports for it.
    static func read(_ text: String, at codingPath: @autoclosure () -> [any CodingKey]) throws -> CalendarDate {
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath(),
                debugDescription: "expected a calendar date written YYYY-MM-DD, such as 2026-11-23"))
        }
        return date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
