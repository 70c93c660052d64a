import CaseJourney
import Testing

@Suite struct CalendarDateTests {
    @Test func parsesOnlyRealDaysWrittenYYYYMMDD() {
        #expect(CalendarDate("2026-11-23")?.description == "2026-11-23")
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2026-02-29") == nil)
        #expect(CalendarDate("2026-13-01") == nil)
        #expect(CalendarDate("2026-1-05") == nil)
        #expect(CalendarDate("23/11/2026") == nil)
        #expect(CalendarDate("2026-11-23T10:00") == nil)
    }

    @Test func knowsTheDayOfTheWeek() {
        #expect(date("2026-11-02").isoWeekday == 1)  // Monday
        #expect(date("2026-11-21").isWeekend)
        #expect(date("1970-01-01").isoWeekday == 4)  // Thursday
        #expect(date("1969-12-31").isoWeekday == 3)
    }

    @Test func addsDaysAndMonthsAcrossYearEnds() {
        #expect(date("2026-12-31").adding(days: 1) == date("2027-01-01"))
        #expect(date("2026-01-31").adding(months: 1) == date("2026-02-28"))
        #expect(date("2026-11-30").adding(months: 3) == date("2027-02-28"))
        #expect(date("2026-03-01").days(until: date("2026-03-31")) == 30)
    }
}
