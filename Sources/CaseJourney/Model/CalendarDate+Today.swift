import Foundation

extension CalendarDate {
    /// The environment variable that fakes today, for tests and demonstrations: `CJ_TODAY=2026-11-23`.
    public static let todayVariable = "CJ_TODAY"

    /// Today: `$CJ_TODAY` when it is set to a valid day, otherwise the day in the computer's own
    /// time zone. Commands check `$CJ_TODAY` first (`checkedToday`), so a mistyped value is an
    /// error, never silently the real date.
    public static func today() -> CalendarDate {
        if let faked = ProcessInfo.processInfo.environment[todayVariable].flatMap(CalendarDate.init) { return faked }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// Today, refusing a `$CJ_TODAY` that is set but is not a day.
    public static func checkedToday(environment: [String: String] = ProcessInfo.processInfo.environment) throws(CaseJourneyError) -> CalendarDate {
        if let faked = environment[todayVariable], !faked.isEmpty, CalendarDate(faked) == nil {
            throw .usage("\(todayVariable) is set to \"\(faked)\", which is not a day. Set it as YYYY-MM-DD (e.g. 2026-11-23), or unset it to use the real date.")
        }
        return today()
    }
}
