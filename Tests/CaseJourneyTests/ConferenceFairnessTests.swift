import CaseJourney
import Testing

/// The unfair meeting: the report handed over in the waiting room, an agency that sends nothing,
/// no pre-meeting, the interpreter who leaves before the decision, the father at work.
@Suite struct ConferenceFairnessTests {
    /// Amy on a plan; Kim at home and Lee elsewhere, both with parental responsibility; a
    /// review booked for Monday 7 December 2026 with a health report.
    private func family() throws -> Case {
        var value = Case(caseId: "ASH-01", familyName: "Ashworth")
        _ = try value.add(Person(id: "", name: "Amy Ashworth", role: .child, born: date("2019-04-02")))
        _ = try value.add(Person(id: "", name: "Kim Ashworth", role: .mother, parentalResponsibility: true))
        _ = try value.add(Person(id: "", name: "Lee Ashworth", role: .father, livesInHousehold: false, parentalResponsibility: true))
        _ = try value.add(Professional(id: "", name: "Priya Shah", role: "health visitor", agency: "Northtown Community Health"))
        _ = try value.assign(Allocation(worker: "Sam Okafor", from: date("2026-05-01")))
        _ = try value.startPlan(type: .childProtection, children: ["amy"], category: .neglect, on: date("2026-06-01"))
        _ = try value.scheduleConference(.review, on: date("2026-12-07"), plan: nil, chair: "Ann Lee", invited: ["Kim", "Lee", "Priya"])
        _ = try value.recordReport(conference: "c1", from: "Priya", received: date("2026-11-27"), shared: nil)
        _ = try value.recordReport(conference: "c1", from: "Jo Park (Northtown Police)", received: nil, shared: nil)
        return value
    }

    private let check = ConferenceCheck(settings: StoreSettings())

    private func messages(_ value: Case, _ day: String) -> [String] {
        check.flags(for: value.conferences[0], in: value, asOf: date(day)).map(\.message)
    }

    @Test func beforeTheMeetingEachParentNeedsEachReportInTimeAndTheHelpTheyNeed() throws {
        var value = try family()
        _ = try value.setContactNeeds("Lee", language: "Polish", interpreter: true, contactBy: [], needs: nil, workingHours: nil,
                                      reason: "Lee asked", by: "Sam", on: date("2026-11-20"))
        _ = try value.shareReport(conference: "c1", report: "rep1", with: ["Kim"], on: date("2026-11-30"))
        let before = messages(value, "2026-12-01")
        #expect(before.contains("Give Lee the report from Priya Shah by 2026-12-02."))
        #expect(!before.contains { $0.hasPrefix("Give Kim the report from Priya") })
        #expect(before.contains("The report from Jo Park (Northtown Police) has not been received; the parents need it by 2026-12-02."))
        #expect(before.contains("Offer the parents a meeting with the chair before the conference."))
        #expect(before.contains("Lee needs an interpreter (Polish): book one."))
        #expect(before.contains("Offer the parents help with childcare and travel to get there."))
        // The report counts as shared with the parents only once both have it.
        #expect(value.conferences[0].reports[0].sharedWithParents == nil)
        _ = try value.shareReport(conference: "c1", report: "rep1", with: ["Lee"], on: date("2026-12-07"))
        #expect(value.conferences[0].reports[0].sharedWithParents == date("2026-12-07"))
        #expect(messages(value, "2026-12-03").contains {
            $0.hasPrefix("Lee had the report from Priya Shah on 2026-12-07 (on or after the day of the conference): 3 working days late")
        })
    }

    @Test func afterTheMeetingAnAbsentParentsReasonAndViewsAndTheInterpreterAreOnRecord() throws {
        var value = try family()
        _ = try value.recordConference("c1", kind: nil, date: nil, plan: nil,
                                       ConferenceRecord(attended: ["Kim", "Priya"], recommendation: .continue, decision: .continue))
        #expect(throws: CaseJourneyError.self) {
            try value.recordAttendance(conference: "c1", "Lee", status: .didNotAttend, reason: nil, reasonText: "Disengaged as usual",
                                       left: nil, viewsSent: nil, helpedBy: nil, by: "Sam", today: date("2026-12-08"))
        }
        _ = try value.recordAttendance(conference: "c1", "Lee", status: .didNotAttend, reason: .work, reasonText: "Night shift; no cover",
                                       left: nil, viewsSent: false, helpedBy: nil, by: "Sam", today: date("2026-12-08"))
        _ = try value.arrangeConference("c1", ConferenceArrangements(interpreterLanguage: "Polish", interpreterBooked: true,
                                                                     interpreterLeftBeforeDecision: true, childcareOffered: true,
                                                                     travelOffered: true, preMeetingOffered: date("2026-11-30")),
                                        today: date("2026-12-08"))
        let after = messages(value, "2026-12-08")
        #expect(after.contains("Lee's views did not reach the conference; nobody is recorded as helping to prepare them."))
        #expect(!after.contains { $0.hasPrefix("Say why Lee") })
        #expect(after.contains("The Polish interpreter left before the decision: make sure it is explained to the parents in their language."))
        #expect(after.contains("The report from Jo Park (Northtown Police) never came, and nobody from them came either."))
        #expect(!after.contains { $0.contains("pre-meeting") || $0.contains("childcare") })
        // The agenda carries what came after it, for ten working days.
        let rows = Agenda(settings: StoreSettings(), asOf: date("2026-12-08"), within: 0).items(for: value)
        #expect(rows.contains { $0.kind == .conferenceCheck && $0.what.contains("Lee's views did not reach") })
    }

    @Test func theParentSummarySaysWhatIsArrangedAndThatViewsCanBeSent() throws {
        var value = try family()
        _ = try value.arrangeConference("c1", ConferenceArrangements(interpreterLanguage: "Polish", interpreterBooked: true,
                                                                     childcareOffered: true, preMeetingOffered: date("2026-11-30")),
                                        today: date("2026-12-01"))
        let summary = try PlanSummaryBuilder(case: value, plan: nil, for: "Kim", settings: StoreSettings(), asOf: date("2026-12-01")).build()
        let text = summary.allText.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("You can meet the conference chair (the person who runs the meeting) before it starts."))
        // The interpreter is for Lee, who needs one; Kim is not told it is for her.
        #expect(!text.contains("An interpreter has been booked"))
        #expect(text.contains("Help with childcare has been offered. You can ask for help with travel too."))
        #expect(text.contains("If you cannot come, you can still send your views."))
    }
}

/// What the fairness records refuse, so they cannot contradict the rest of the case.
@Suite struct ConferenceFairnessRulesTests {
    private func family() throws -> Case {
        var value = Case(caseId: "ASH-01", familyName: "Ashworth")
        _ = try value.add(Person(id: "", name: "Amy Ashworth", role: .child, born: date("2019-04-02")))
        _ = try value.add(Person(id: "", name: "Kim Ashworth", role: .mother, parentalResponsibility: true))
        _ = try value.add(Person(id: "", name: "Lee Ashworth", role: .father, livesInHousehold: false, parentalResponsibility: true))
        _ = try value.startPlan(type: .childProtection, children: ["amy"], category: .neglect, on: date("2026-06-01"))
        _ = try value.scheduleConference(.review, on: date("2026-12-07"), plan: nil, chair: nil, invited: ["Kim", "Lee"])
        return value
    }

    @Test func attendanceIsForAConferenceThatHappenedAndAgreesWithWhoAttended() throws {
        var value = try family()
        #expect(throws: CaseJourneyError.self) {
            try value.recordAttendance(conference: "c1", "Lee", status: .didNotAttend, reason: .work, reasonText: nil, left: nil,
                                       viewsSent: nil, helpedBy: nil, by: "Sam", today: date("2026-12-01"))
        }
        _ = try value.recordConference("c1", kind: nil, date: nil, plan: nil,
                                       ConferenceRecord(attended: ["Kim", "Lee"], recommendation: .continue, decision: .continue))
        let line = try value.recordAttendance(conference: "c1", "Lee", status: .didNotAttend, reason: .work, reasonText: "Night shift",
                                              left: nil, viewsSent: nil, helpedBy: nil, by: "Sam", today: date("2026-12-08"))
        #expect(line.contains("no longer listed as attending"))
        #expect(value.conferences[0].attended.map(\.name) == ["Kim Ashworth"])
        // A label is refused however it is hidden.
        #expect(throws: CaseJourneyError.self) {
            try value.recordAttendance(conference: "c1", "Lee", status: .didNotAttend, reason: .other, reasonText: "dis\u{00AD}engaged",
                                       left: nil, viewsSent: nil, helpedBy: nil, by: "Sam", today: date("2026-12-08"))
        }
        let after = ConferenceCheck(settings: StoreSettings()).flags(for: value.conferences[0], in: value, asOf: date("2026-12-08")).map(\.message)
        #expect(after.contains("Record whether Lee's views reached the conference (--views-sent or --no-views-sent)."))
    }

    @Test func helpRecordedAsNotOfferedIsStillFlaggedAndACancelledConferenceTakesNoRecords() throws {
        var value = try family()
        _ = try value.arrangeConference("c1", ConferenceArrangements(childcareOffered: false, travelOffered: false), today: date("2026-12-01"))
        let before = ConferenceCheck(settings: StoreSettings()).flags(for: value.conferences[0], in: value, asOf: date("2026-12-01")).map(\.message)
        #expect(before.contains("Offer the parents help with childcare and travel to get there."))
        #expect(throws: CaseJourneyError.self) {
            try value.arrangeConference("c1", ConferenceArrangements(interpreterLanguage: "Polish", interpreterBooked: false,
                                                                     interpreterArrivedLate: true), today: date("2026-12-08"))
        }
        _ = try value.cancelConference("c1", reason: "Chair ill", by: "Sam", on: date("2026-12-02"))
        #expect(throws: CaseJourneyError.self) {
            try value.arrangeConference("c1", ConferenceArrangements(travelOffered: true), today: date("2026-12-02"))
        }
    }

    @Test func appointmentsKeepTheirDatesInOrderAndARebookingIsWithTheSamePeople() throws {
        var value = try family()
        _ = try value.bookAppointment(with: ["Lee"], on: date("2026-11-12"), purpose: "Hear Lee's views", bookedBy: "Sam",
                                      bookedOn: date("2026-11-02"), today: date("2026-11-23"), rebooks: nil)
        #expect(throws: CaseJourneyError.self) {
            try value.recordAppointment("ap1", result: .cancelled, cancelledBy: .service, reason: "Off sick", on: date("2026-11-15"), today: date("2026-12-31"))
        }
        _ = try value.recordAppointment("ap1", result: .cancelled, cancelledBy: .service, reason: "Off sick", on: date("2026-11-11"), today: date("2026-12-31"))
        #expect(throws: CaseJourneyError.self) {
            try value.bookAppointment(with: ["Kim"], on: date("2026-11-30"), purpose: "Hear Lee's views", bookedBy: "Sam",
                                      bookedOn: nil, today: date("2026-11-23"), rebooks: "ap1")
        }
        #expect(throws: CaseJourneyError.self) {
            try value.bookAppointment(with: ["Lee"], on: date("2026-11-05"), purpose: "Hear Lee's views", bookedBy: "Sam",
                                      bookedOn: nil, today: date("2026-11-23"), rebooks: "ap1")
        }
    }

    @Test func oneWorkerHasOneSpellingAndTheFirstWorkerHasNoHandover() throws {
        var value = try family()
        _ = try value.assign(Allocation(worker: "Sam Okafor", from: date("2026-05-01")))
        #expect(throws: CaseJourneyError.self) {
            try value.recordHandover(allocation: nil, handedOver: "Everything", metFamily: nil, metChildren: nil, done: [], checklist: [])
        }
        _ = try value.assign(Allocation(worker: "Ola Ade", from: date("2026-07-01")))
        _ = try value.assign(Allocation(worker: "sam okafor", from: date("2026-09-01")))
        #expect(value.allocations.last?.worker == "Sam Okafor")
        #expect(value.workers(inTwelveMonthsTo: date("2026-10-01")) == ["Sam Okafor", "Ola Ade"])
    }
}
