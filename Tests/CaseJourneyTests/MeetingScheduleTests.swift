import Foundation
import CaseJourney
import Testing

@Suite struct MeetingScheduleTests {
    let schedule = MeetingSchedule(settings: StoreSettings())

    @Test func reportSharingLatenessIsCountedInWorkingDays() throws {
        var value = try planFamily()
        // Wednesday 30 December 2026: 3 working days before is Wednesday 23 December, because
        // Christmas Day (Friday) and Boxing Day's substitute (Monday 28) are not working days.
        _ = try value.scheduleConference(.review, on: date("2026-12-30"), plan: nil, chair: nil, invited: [])
        _ = try value.recordReport(conference: "c1", from: "Priya", received: nil, shared: date("2026-12-29"))
        _ = try value.recordReport(conference: "c1", from: "Sam Okafor (Northtown Children's Services)", received: nil,
                                   shared: date("2026-12-23"))
        _ = try value.recordReport(conference: "c1", from: "Jo Park (Northtown Police)", received: nil, shared: nil)
        let conference = value.conferences[0]
        #expect(schedule.reportsDue(for: conference, in: value) == date("2026-12-23"))
        // Six calendar days late, but only two working days (24 and 29 December).
        #expect(schedule.workingDaysLate(conference.reports[0], for: conference, in: value) == 2)
        #expect(schedule.workingDaysLate(conference.reports[1], for: conference, in: value) == 0)
        #expect(schedule.workingDaysLate(conference.reports[2], for: conference, in: value) == nil)
    }

    @Test func theInitialConferenceIsDueFifteenWorkingDaysAfterTheStrategyDiscussion() throws {
        var value = Case(caseId: "CAR-03", familyName: "Carter")
        _ = try value.recordStrategyDiscussion(on: date("2026-11-13"), section47Enquiry: true, note: nil, by: "Ola")
        let due = try #require(schedule.initialConference(in: value, asOf: date("2026-11-23")))
        #expect(due.due == date("2026-12-04"))
        #expect(due.clockStartEvent == "the strategy discussion")
        _ = try value.recordStrategyDiscussion(on: date("2026-11-20"), section47Enquiry: false, note: nil, by: "Ola")
        #expect(schedule.initialConference(in: value, asOf: date("2026-11-23"))?.clockStart == date("2026-11-13"))
        _ = try value.recordConference(nil, kind: .initial, date: date("2026-12-03"), plan: nil, ConferenceRecord(decision: .end))
        #expect(schedule.initialConference(in: value, asOf: date("2026-12-07")) == nil)
    }

    @Test func reviewsAreDueThreeMonthsAfterTheInitialConferenceThenSixMonthsApart() throws {
        var value = try planFamily()
        let plan = value.plans[0]
        #expect(schedule.nextReview(of: plan, in: value, asOf: date("2026-07-01"))?.due == date("2026-09-22"))
        _ = try value.scheduleConference(.review, on: date("2026-09-21"), plan: nil, chair: nil, invited: [])
        let booked = try #require(schedule.nextReview(of: plan, in: value, asOf: date("2026-09-01")))
        #expect(booked.booked?.id == "c1" && booked.nextDate == date("2026-09-21"))
        _ = try value.recordConference("c1", kind: nil, date: nil, plan: nil, ConferenceRecord(decision: .continue))
        let next = try #require(schedule.nextReview(of: plan, in: value, asOf: date("2026-10-01")))
        // Six months after 21 September is Sunday 21 March: the review is due on the Friday before.
        #expect(next.kind == .review && next.due == date("2027-03-19"))
    }

    @Test func coreGroupsAreDueTenWorkingDaysAfterTheStartThenEverySixWeeks() throws {
        var value = try planFamily()
        let plan = value.plans[0]
        #expect(schedule.nextCoreGroup(of: plan, in: value, asOf: date("2026-06-23"))?.due == date("2026-07-06"))
        _ = try value.recordCoreGroup(nil, date: date("2026-07-03"), plan: nil, attended: ["Kim"], reviewed: [], notesSent: nil, note: nil)
        let next = try #require(schedule.nextCoreGroup(of: plan, in: value, asOf: date("2026-07-10")))
        #expect(next.kind == .coreGroup && next.due == date("2026-08-14"))
        #expect(schedule.notesDue(for: value.coreGroups[0], in: value) == date("2026-07-17"))
    }

    @Test func aCaseOverrideWithAReasonBeatsTheTeamDefaultAndAPlanOverrideBeatsBoth() throws {
        var value = try planFamily()
        _ = try value.setMeetingExpectation(.firstReview, plan: nil, interval: Interval(count: 6, unit: .weeks),
                                            reason: "Baby due in August", by: "Ruth Bell", on: date("2026-06-22"))
        let plan = value.plans[0]
        let review = try #require(schedule.nextReview(of: plan, in: value, asOf: date("2026-07-01")))
        #expect(review.due == date("2026-08-03"))
        #expect(review.expectation.override?.reason == "Baby due in August")
        _ = try value.setMeetingExpectation(.firstReview, plan: "plan-1", interval: Interval(count: 2, unit: .months),
                                            reason: "Chair's availability", by: "Ruth Bell", on: date("2026-06-23"))
        // Two months after 22 June is a Saturday: due on the Friday.
        #expect(schedule.nextReview(of: plan, in: value, asOf: date("2026-07-01"))?.due == date("2026-08-21"))
        _ = try value.setMeetingExpectation(.firstReview, plan: "plan-1", interval: nil, reason: "Back to the case setting",
                                            by: "Ruth Bell", on: date("2026-06-24"))
        #expect(schedule.nextReview(of: plan, in: value, asOf: date("2026-07-01"))?.due == date("2026-08-03"))
        #expect(usageMessage { _ = try value.setMeetingExpectation(.visits, plan: nil, interval: nil, reason: "x", by: "R",
                                                                   on: date("2026-06-24")) } != nil)
        // Only seeing a child alone can be "not expected"; a review always is.
        value.expectations.append(ExpectationOverride(id: "e9", what: .review, plan: nil, child: nil, interval: nil, notExpected: true,
                                                      reason: "By hand", setBy: "R", setOn: date("2026-06-24")))
        #expect(CaseValidator.problems(in: value).map(\.location) == ["expectations[3].notExpected"])
    }

    @Test func meetingSettingsLeftOutOfTheFileTakeTheDefaults() throws {
        let json = #"{"meetings": {"review": {"count": 4, "unit": "months"}}, "checks": {}}"#
        let settings = try JSONDecoder().decode(StoreSettings.self, from: Data(json.utf8))
        #expect(settings.meetings.review == Interval(count: 4, unit: .months))
        #expect(settings.meetings.reportsToParents == Interval(count: 3, unit: .workingDays))
        #expect(settings.checks.longPlan == Interval(count: 18, unit: .months))
        var bad = settings
        bad.meetings.minutes.count = 0
        #expect(bad.problems.map(\.location) == ["meetings.minutes.count"])
    }

    @Test func theTeamSettingsArticlesExampleMeansWhatItSays() throws {
        let article = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/CaseJourney/CaseJourney.docc/TeamSettings.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        let start = try #require(text.range(of: "```json\n"))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        let settings = try JSONDecoder().decode(StoreSettings.self, from: Data(text[start.upperBound..<end.lowerBound].utf8))
        #expect(settings.meetings.reportsToParents == Interval(count: 5, unit: .workingDays))
        #expect(settings.meetings.firstReview == Interval(count: 3, unit: .months))
        #expect(settings.checks.longPlan == Interval(count: 15, unit: .months))
        #expect(settings.checks.workerChangeBeforeConference == Interval(count: 4, unit: .weeks))
    }
}
