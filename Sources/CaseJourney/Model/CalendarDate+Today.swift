import Foundation

extension CalendarDate {
    /// Today in the computer's own time zone. Commands use this only when no `--as-of` is given.
    public static func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
