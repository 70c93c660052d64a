import CaseJourney
import Foundation
import Testing

/// The parent summary on every sample family: plain words, honest about everyone's promises, and
/// nothing the reader must not see.
@Suite struct PlanSummaryTests {
    static let store = CaseStore(path: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures/store").path)
    static let asOf = CalendarDate("2026-11-23")!

    /// Every fixture family, once for each adult in it and once for no one in particular.
    static var readers: [(caseID: String, reader: String?)] {
        let ids = (try? store.caseIDs()) ?? []
        return ids.flatMap { id -> [(String, String?)] in
            let adults = ((try? store.read(id))?.adults ?? []).map(\.id)
            return adults.map { (id, $0) } + [(id, nil)]
        }
    }

    private func summary(_ caseID: String, for reader: String?) throws -> SummaryDocument {
        try PlanSummaryBuilder(case: Self.store.read(caseID), plan: nil, for: reader,
                               settings: Self.store.settings(), asOf: Self.asOf).build()
    }

    @Test func thereIsASummaryForEveryAdultInEveryFamily() {
        #expect(Self.readers.count >= 18)
        #expect(Set(Self.readers.map(\.caseID)).count >= 6)
    }

    @Test(arguments: readers.map { "\($0.caseID)/\($0.reader ?? "-")" })
    func theToolsOwnWordsAreEasyToRead(_ key: String) throws {
        let parts = key.split(separator: "/").map(String.init)
        let document = try summary(parts[0], for: parts[1] == "-" ? nil : parts[1])
        let measured = Readability(sentences: document.ownWords)
        #expect(measured.fleschReadingEase >= 75, "\(key): Flesch Reading Ease \(measured.fleschReadingEase)")
        #expect(measured.longestSentenceWords <= 20, "\(key): \(measured.longestSentences.first?.text ?? "")")
    }

    @Test(arguments: readers.map { "\($0.caseID)/\($0.reader ?? "-")" })
    func everyTermIsExplainedWhereItFirstAppearsAndInTheWordList(_ key: String) throws {
        let parts = key.split(separator: "/").map(String.init)
        let builder = try PlanSummaryBuilder(case: Self.store.read(parts[0]), plan: nil, for: parts[1] == "-" ? nil : parts[1],
                                             settings: Self.store.settings(), asOf: Self.asOf)
        let (document, unexplained) = builder.checkedBuild()
        #expect(unexplained == [], "\(key)")
        let listed = document.sections.first { $0.heading == "Words you may hear" }.map { section in
            section.blocks.flatMap { block -> [String] in
                if case .terms(let terms) = block { return terms.map(\.term) }
                return []
            }
        } ?? []
        // The text before the word list, on one line.
        let body = SummaryDocument(title: document.title, subtitle: document.subtitle, sections: document.sections.filter { $0.heading != "Words you may hear" })
            .allText.lowercased()
        for match in Jargon.matches(in: document.allText) {
            // Listed under some word that means it, and explained in brackets somewhere in the text.
            #expect(listed.contains { Jargon.matches(in: $0).first?.term == match.term }, "\(key): \(match.written) is not in the word list")
            #expect(body.contains(match.term.meaning.lowercased()) || body.contains(" means \(match.term.meaning.lowercased())"),
                    "\(key): \(match.written) is never explained in the text")
        }
        // Advice for writers never reaches a family.
        for term in Jargon.list { if let advice = term.advice { #expect(!document.allText.contains(advice), "\(key)") } }
    }

    /// Every date a family is told to do or expect something by is a working day.
    @Test(arguments: readers.map { "\($0.caseID)/\($0.reader ?? "-")" })
    func everyDateGivenToTheFamilyIsAWorkingDay(_ key: String) throws {
        let parts = key.split(separator: "/").map(String.init)
        let text = try summary(parts[0], for: parts[1] == "-" ? nil : parts[1]).allText
        let calendar = try Self.store.settings().workingCalendar
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let pattern = try Regex(#"(?:by|until) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})"#)
        var checked = 0
        for match in text.matches(of: pattern) {
            let day = Int(match.output[1].substring!)!, month = months.firstIndex(of: String(match.output[2].substring!))! + 1
            let date = CalendarDate(year: Int(match.output[3].substring!)!, month: month, day: day)!
            #expect(calendar.isWorkingDay(date), "\(key): \(match.output[0].substring!) is not a working day")
            checked += 1
        }
        #expect(checked > 0, "\(key): no dates found to check")
    }

    @Test(arguments: readers.map { "\($0.caseID)/\($0.reader ?? "-")" })
    func theEasyReadVersionIsShortAndPlainAndKeepsTheSameSecrets(_ key: String) throws {
        let parts = key.split(separator: "/").map(String.init)
        let builder = try PlanSummaryBuilder(case: Self.store.read(parts[0]), plan: nil, for: parts[1] == "-" ? nil : parts[1],
                                             settings: Self.store.settings(), asOf: Self.asOf)
        let (easy, unexplained) = builder.checkedBuild(easyRead: true)
        let measured = Readability(sentences: easy.ownWords)
        #expect(measured.fleschReadingEase >= 90, "\(key): Flesch Reading Ease \(measured.fleschReadingEase)")
        #expect(measured.longestSentenceWords <= 20, "\(key): \(measured.longestSentences.first?.text ?? "")")
        #expect(unexplained == [], "\(key)")
        let full = builder.build()
        #expect(easy.allText.count < full.allText.count, "\(key): the easy-read version is not shorter")
        // Nothing the full summary keeps back appears in the easy-read one.
        let shown = Set(full.quotedWords)
        for quotation in easy.quotedWords { #expect(shown.contains(quotation), "\(key): \(quotation)") }
    }

    /// The same checks on other days of each plan: early on, with meetings late, and after the
    /// sample day, when more has passed.
    @Test(arguments: ["2026-09-15", "2026-10-20", "2026-12-15", "2027-02-01"])
    func theSummaryStaysPlainOnOtherDays(_ day: String) throws {
        var checked = 0
        for (caseID, reader) in Self.readers {
            let value = try Self.store.read(caseID)
            guard let builder = try? PlanSummaryBuilder(case: value, plan: nil, for: reader, settings: Self.store.settings(), asOf: date(day))
            else { continue }
            let (document, unexplained) = builder.checkedBuild()
            let measured = Readability(sentences: document.ownWords)
            let key = "\(caseID)/\(reader ?? "-") on \(day)"
            #expect(measured.fleschReadingEase >= 75, "\(key): Flesch Reading Ease \(measured.fleschReadingEase)")
            #expect(measured.longestSentenceWords <= 20, "\(key): \(measured.longestSentences.first?.text ?? "")")
            #expect(unexplained == [], "\(key)")
            checked += 1
        }
        #expect(checked >= 10)
    }

    @Test func aPlanWrittenInJargonIsExplainedInPlaceWithoutChangingTheWorkersWords() throws {
        let document = try summary("HAL-08", for: "Jade")
        let text = document.allText
        #expect(text.contains("“DV [domestic abuse] incidents reported by police"))
        #expect(text.contains("M [mother] did not attend 2x [twice] appts [appointments]"))
        #expect(text.contains("DNA'd [did not come to an appointment]"))
        #expect(text.contains("ICPC (the first big meeting about a child's safety) gave a score of 2 out of 10"))
        // Each quotation, with the explanations taken out, is exactly what the worker wrote.
        let value = try Self.store.read("HAL-08")
        for quotation in document.quotedWords where quotation.contains("appts") {
            #expect(value.worries.contains { $0.text == quotation })
        }
        let words = try #require(document.sections.last)
        #expect(words.heading == "Words you may hear")
        guard case .terms(let terms) = words.blocks.first else { Issue.record("no word list"); return }
        #expect(terms.contains(SummaryTerm(term: "DNA'd", meaning: "Did not come to an appointment.")))
        #expect(terms.contains { $0.term == "PLO" })
    }

    @Test func aDueDayOnASundayIsGivenAsTheFridayButIsNotLateUntilItPasses() throws {
        let value = try Self.store.read("HAL-08")
        // Jade's GP registration is due on Sunday 6 December; on Saturday 5 December it is not late.
        let saturday = try PlanSummaryBuilder(case: value, plan: nil, for: "Jade", settings: Self.store.settings(), asOf: date("2026-12-05")).build()
        #expect(!saturday.allText.contains("Late: “Jade will register Ellie with the GP”"))
        #expect(saturday.allText.contains("To do by Friday 4 December 2026."))
        let monday = try PlanSummaryBuilder(case: value, plan: nil, for: "Jade", settings: Self.store.settings(), asOf: date("2026-12-07")).build()
        #expect(monday.allText.contains("Late: “Jade will register Ellie with the GP”. It was due by Friday 4 December 2026."))
    }

    /// A professional's promise that slipped is as plain at the top as the parent's own late part.
    @Test func whatOthersPromisedAndHaveNotDoneIsInTheBoxAtTheTop() throws {
        let first = try summary("ASH-01", for: "Kelly").sections[0]
        #expect(first.heading == "The most important things now")
        let texts = first.blocks.flatMap(\.texts).map(\.allText)
        #expect(texts.contains("Late from Northtown Housing: “Repair the heating and make the house warm before winter”. "
            + "It was due by Friday 13 November 2026."))
        // Done, and not yet due, are not late.
        let before = try PlanSummaryBuilder(case: try Self.store.read("ASH-01"), plan: nil, for: "Kelly", settings: Self.store.settings(),
                                            asOf: date("2026-11-13")).build()
        #expect(!before.sections[0].blocks.flatMap(\.texts).map(\.allText).contains { $0.hasPrefix("Late from Northtown Housing") })
    }

    @Test func aPlanForABabyNotYetBornSpeaksOfWhatPeopleFearNotWhatHappened() throws {
        let text = try summary("GRE-07", for: "Tasha").allText
        #expect(text.contains("people are worried the baby's needs will not be met once the baby is born"))
        #expect(!text.contains("were not being met"))
        #expect(try summary("DAV-04", for: "Rhian").allText.contains("needs were not being met"))
    }

    @Test func theEasyReadVersionSaysWhenEverythingAskedIsDoneAndDoesNotTellTheParentToDoWorkersJobs() throws {
        let value = try Self.store.read("ASH-01")
        let easy = try PlanSummaryBuilder(case: value, plan: nil, for: "Kelly", settings: Self.store.settings(), asOf: date("2026-11-23"))
            .checkedBuild(easyRead: true).document
        let yours = try #require(easy.sections.first { $0.heading == "What you need to do" })
        #expect(yours.blocks.flatMap(\.texts).map(\.allText) == ["You have done everything the plan asks of you so far."])
        // Before the housing repair was due, it is what the worker should do, not what the parent must.
        let earlier = try PlanSummaryBuilder(case: value, plan: nil, for: "Kelly", settings: Self.store.settings(), asOf: date("2026-11-10"))
            .checkedBuild(easyRead: true).document
        let workers = try #require(earlier.sections.first { $0.heading == "What workers will do" }).blocks.flatMap(\.texts).map(\.allText)
        #expect(workers.contains { $0.contains("Repair the heating") && $0.contains("It should be done by Friday 13 November 2026.") })
        #expect(!workers.contains { $0.contains("Do it by") })
    }

    @Test func aReportHandedOverLateIsSaidToBeLateWithWhatTheParentCanAsk() throws {
        var value = try Self.store.read("BRO-02")
        _ = try value.shareReport(conference: "c2", report: "rep2", with: ["Leah"], on: date("2026-11-23"))
        let text = try build(value, for: "Leah").allText
        #expect(text.contains("You had the report from Ola Ade on Monday 23 November 2026. That was late: you should have had it by "
            + "Friday 20 November 2026. If you have not had time to read it, you can ask for the meeting to be moved."))
        // Given on time, nothing is said to be late.
        var onTime = try Self.store.read("BRO-02")
        _ = try onTime.shareReport(conference: "c2", report: "rep2", with: ["Leah"], on: date("2026-11-20"))
        #expect(!(try build(onTime, for: "Leah").allText.contains("That was late")))
    }

    @Test func aConferenceBookedAfterItWasDueIsSaidToBeLateAndNotTheParentsDoing() throws {
        let texts = try summary("BRO-02", for: "Leah").sections[0].blocks.flatMap(\.texts).map(\.allText)
        #expect(texts.contains("It should have been held by Tuesday 3 November 2026, so it is late. That is not your doing."))
        // A conference booked in time says nothing of the kind.
        #expect(!(try summary("ASH-01", for: "Kelly").allText.contains("so it is late")))
    }

    @Test func theEasyReadVersionKeepsTheMissingReportsAndTheInterpreter() throws {
        let value = try Self.store.read("BRO-02")
        let easy = try PlanSummaryBuilder(case: value, plan: nil, for: "Marcus", settings: Self.store.settings(), asOf: date("2026-11-23"))
            .checkedBuild(easyRead: true).document.allText
        #expect(easy.contains("You should have had a report from Ola Ade. Ask for it today."))
        #expect(easy.contains("No interpreter is booked for you yet."))
    }

    @Test func reportsThatReachedTheParentLateAreStillSaidAfterTheConference() throws {
        let late = try #require(try summary("ASH-01", for: "Kelly").sections.first { $0.heading == "Reports you had late" })
        #expect(late.blocks.flatMap(\.texts).map(\.allText).contains(
            "You had the report from Priya Shah on Friday 18 September 2026. You should have had it by Wednesday 16 September 2026."))
        #expect(try summary("HAL-08", for: "Jade").sections.first { $0.heading == "Reports you had late" } == nil)
    }

    @Test func aRewordedWorryIsAChangeToThePlanInItsNewWords() throws {
        var value = try Self.store.read("ASH-01")
        _ = try value.reword("w1", text: "Amy, Ben and Cody sometimes go to school hungry", reason: "Kelly asked; the school agrees",
                             by: "Sam Okafor", on: date("2026-11-20"))
        let changes = try PlanChanges(plan: nil, since: nil, in: value, asOf: date("2026-11-23")).changes
        let reworded = try #require(changes.first { $0.id == "w1" })
        #expect(reworded.change.hasPrefix("worry reworded from \"Amy, Ben and Cody often go to school"))
        #expect(reworded.reason == "Kelly asked; the school agrees")
        let text = try build(value, for: "Kelly").allText
        #expect(text.contains("Changed on 20 November 2026: “Amy, Ben and Cody sometimes go to school hungry”"))
    }

    @Test func oneChildIsNamedAndASoleParentIsYou() throws {
        let text = try summary("HAL-08", for: "Jade").allText
        #expect(!text.contains("the children") && !text.contains("your children"))
        #expect(text.contains("If Ellie has an accident") && text.contains("0 means Ellie is not safe"))
        let several = try summary("ASH-01", for: "Kelly").allText
        #expect(several.contains("your children"))
    }

    @Test func anOngoingActionIsAHabitWithHowItIsGoingNotAMissedDeadline() throws {
        let document = try summary("HAL-08", for: "Jade")
        let part = try #require(document.sections.first { $0.heading == "Your part" })
        guard case .checklist(let items) = part.blocks[1] else { Issue.record("no checklist"); return }
        let habit = try #require(items.first { $0.text.allText.contains("nursery") })
        #expect(habit.mark == .habit)
        #expect(habit.text.allText.contains("How often: every weekday."))
        #expect(habit.text.allText.contains("Ellie has been at nursery every day for three weeks"))
        #expect(!habit.status.contains("Not done") && habit.status.contains("looked at again"))
        // A deadline that falls on a Sunday is given as the Friday before.
        let registration = try #require(items.first { $0.text.allText.contains("GP") })
        #expect(registration.status == "To do by Friday 4 December 2026.")
    }

    @Test func whatMattersMostComesFirstAndWhatHappensIfNothingChanges() throws {
        let document = try summary("HAL-08", for: "Jade")
        #expect(document.sections.first?.heading == "The most important things now")
        let first = document.sections[0].blocks.flatMap(\.texts).map(\.allText)
        #expect(first.contains { $0.contains("review conference") && $0.contains("It is late") })
        #expect(first.contains { $0.contains("Due soon") && $0.contains("register Ellie") })
        #expect(first.contains { $0.contains("Priya Nair") && $0.contains("01632 960204") })
        let ifNot = try #require(document.sections.first { $0.heading == "If things do not change" })
        let words = ifNot.blocks.flatMap(\.texts).map(\.allText).joined(separator: " ")
        #expect(words.contains("the change under What needs to change") && words.contains("free") && words.contains("Family Rights Group"))
        let rights = try #require(document.sections.first { $0.heading == "Your rights, and where to get help" }).blocks.flatMap(\.texts).map(\.allText).joined(separator: " ")
        for promise in ["meet the conference chair", "send your views", "childcare or travel", "Visits are to see", "never count against you",
                        "an accident", "01632 960210", "01632 960500", "999"] {
            #expect(rights.contains(promise), "missing: \(promise)")
        }
    }

    @Test func aPlanWithNoWorriesRecordedSaysSoAndWhomToAsk() throws {
        var value = try Self.store.read("HAL-08")
        value.worries = []
        let document = try PlanSummaryBuilder(case: value, plan: nil, for: "Jade", settings: Self.store.settings(), asOf: Self.asOf).build()
        let why = try #require(document.sections.first { $0.heading == "Why there is a plan" })
        #expect(why.blocks.flatMap(\.texts).map(\.allText).joined().contains("Ask Priya Nair, your social worker, to tell you why"))
    }

    @Test(arguments: ["ASH-01", "CAR-03", "HAL-08", "FOS-06"])
    func everyPlanHasAJourneyPicture(_ caseID: String) throws {
        let document = try summary(caseID, for: nil)
        let pictures = document.sections.flatMap(\.blocks).compactMap { block -> JourneyPicture? in
            if case .journey(let picture) = block { return picture }
            return nil
        }
        #expect(pictures.count == 1)
        if caseID == "HAL-08" {
            #expect(pictures.first?.stops.contains { $0.kind == .late && $0.label.contains("Review conference") } == true)
            #expect(pictures.first?.stops.contains { $0.label.contains("score 2 out of 10") } == true)
        }
        if caseID == "CAR-03" { #expect(pictures.first?.stops.contains { $0.label.contains("Child protection conference") } == true) }
    }

    @Test func theFathersSummaryHoldsNoneOfTheMothersConfidentialDetails() throws {
        let value = try Self.store.read("EVA-05")
        let ryan = try value.person("Ryan")
        let hidden = value.people.filter { $0.isConfidential(from: ryan.id) }
            .flatMap { $0.contact?.labelledValues.map(\.value) ?? [] }
        #expect(hidden.count >= 5)  // Gemma's address, phone, email and workplace; Noah's school
        let document = try summary("EVA-05", for: "Ryan")
        for output in [SummaryTextRenderer.render(document), SummaryMarkdownRenderer.render(document),
                       SummaryHTMLRenderer.render(document), document.allText] {
            for detail in hidden {
                #expect(!output.lowercased().contains(detail.lowercased()), "leaked: \(detail)")
                // The HTML escapes apostrophes ("St Anne's"): look for the escaped form too.
                let escaped = detail.replacingOccurrences(of: "'", with: "&#39;")
                #expect(!output.lowercased().contains(escaped.lowercased()), "leaked: \(detail)")
            }
        }
        // Dawn's weekly meeting with Gemma (at her workplace) is about Gemma: it is left out whole,
        // and the reader is told that some parts are kept private.
        #expect(!document.allText.contains("Dawn will meet Gemma"))
        #expect(document.allText.contains("Some parts of the plan are private, so they are not shown here."))
        #expect(try summary("EVA-05", for: "Gemma").allText.contains("Dawn will meet Gemma at Eastfield Garden Centre"))
    }

    @Test func aChildsWordsAppearOnlyWhereTheChildAgreed() throws {
        let value = try Self.store.read("EVA-05")
        let unshared = value.views.filter { $0.childAgreedToShare == false }
        #expect(!unshared.isEmpty)
        let text = try summary("EVA-05", for: "Gemma").allText
        for view in unshared { #expect(!text.contains(view.text)) }
        let ashworth = try Self.store.read("ASH-01")
        let shared = ashworth.views.filter { $0.childAgreedToShare == true }
        #expect(!shared.isEmpty)
        let kelly = try summary("ASH-01", for: "Kelly").allText
        for view in shared { #expect(kelly.contains(view.text)) }
    }

    @Test func workersNotesAndOtherAdultsViewsNeverAppear() throws {
        for (caseID, reader) in Self.readers where reader != nil {
            let value = try Self.store.read(caseID)
            let text = try summary(caseID, for: reader).allText
            for note in value.visits.compactMap(\.note) + value.coreGroups.compactMap(\.note) + value.strategyDiscussions.compactMap(\.note) {
                #expect(!text.contains(note), "\(caseID): a worker's note appeared")
            }
            for view in value.views where value.person(withID: view.person)?.isChild == false && view.person != reader {
                #expect(!text.contains(view.text), "\(caseID): \(view.person)'s view appeared for \(reader ?? "-")")
            }
        }
    }

    @Test func aChildInNeedPlanSaysItIsVoluntary() throws {
        let text = try summary("CAR-03", for: "Sharon").allText
        #expect(text.contains("It is a child in need plan"))
        #expect(text.contains("It is voluntary. That means you choose whether to take part."))
        #expect(!(try summary("ASH-01", for: "Kelly").allText.contains("voluntary")))
    }

    @Test func theReadersPartComesFirstThenWhatOthersPromised() throws {
        let document = try summary("ASH-01", for: "Kelly")
        let headings = document.sections.map(\.heading)
        let yourPart = try #require(headings.firstIndex(of: "Your part"))
        let others = try #require(headings.firstIndex(of: "What others promised"))
        #expect(yourPart < others)
        #expect(headings.prefix(2) == ["The most important things now", "About the plan"])
        #expect(headings.last == "Words you may hear")
        let value = try Self.store.read("ASH-01")
        let kellys = value.actions.filter { $0.current.owners.contains(.person("kelly")) }.map(\.current.text)
        let yourText = SummaryTextRenderer.render(SummaryDocument(title: "", subtitle: "", sections: [document.sections[yourPart]]))
            .replacingOccurrences(of: "\n    ", with: " ")
        for text in kellys { #expect(yourText.contains(text)) }
        // The professionals' part says what slipped and why.
        let promised = SummaryTextRenderer.render(SummaryDocument(title: "", subtitle: "", sections: [document.sections[others]]))
        #expect(promised.contains("given until"))
        #expect(promised.contains("First due by"))
        #expect(promised.contains("Why it changed:"))
    }

    @Test func theRiskRatingThenAndNowIsShownWithReasons() throws {
        let text = try summary("ASH-01", for: "Kelly").allText
        #expect(text.contains("gave a score of 3 out of 10"))
        #expect(text.contains("gave a score of 7 out of 10"))
        #expect(text.contains("The score has gone up from 3 to 7."))
    }

    @Test func aChildCannotBeTheReader() throws {
        #expect(throws: CaseJourneyError.self) { try summary("ASH-01", for: "Amy") }
        #expect(throws: CaseJourneyError.self) { try summary("ASH-01", for: "Nobody") }
    }

    @Test func theHTMLPageIsSelfContainedAndPrintable() throws {
        let html = SummaryHTMLRenderer.render(try summary("ASH-01", for: "Kelly"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for forbidden in ["<script", "http://", "https://", " src=", "<link", "@import", "url("] {
            #expect(!html.contains(forbidden), "the page contains \(forbidden)")
        }
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("<ul class=\"checklist\">"))
        #expect(html.contains("<svg") && html.contains("<title id=\"journey-title\">"))
        #expect(html.contains("<figcaption>"))  // the picture's text equivalent
    }

    private func build(_ value: Case, for reader: String?, asOf: String = "2026-11-23") throws -> SummaryDocument {
        try PlanSummaryBuilder(case: value, plan: nil, for: reader, settings: Self.store.settings(), asOf: date(asOf)).build()
    }

    @Test func anActionOnceInTheHandsOfSomeoneKeptFromTheReaderIsLeftOut() throws {
        var value = try Self.store.read("EVA-05")
        _ = try value.addAction("Gemma will take Noah to school by the Orchard Row bus", outcome: "o1", owner: .member("Gemma"),
                                due: date("2026-12-18"), on: date("2026-11-18"), by: "Sam Okafor", reason: "New school route")
        let id = value.actions.last!.id
        _ = try value.changeAction(id, text: nil, owners: [.member("Dawn")], due: nil, on: date("2026-11-19"), by: "Sam Okafor",
                                   reason: "Dawn will do the school run for now")
        let ryan = try build(value, for: "Ryan").allText
        #expect(!ryan.contains("Orchard Row"))
        #expect(!ryan.contains("take Noah to school"))
        // Gemma herself sees her own part.
        #expect(try build(value, for: "Gemma").allText.contains("take Noah to school"))
    }

    @Test func confidentialDetailsAreFoundWhateverTheSpacingApostrophesOrPart() throws {
        var value = try Self.store.read("EVA-05")
        _ = try value.addAction("Dawn will check St Anne’s has Ryan's photo, and meet near Orchard Row (EF3  8PL), phone 07700900506",
                                outcome: "o1", owner: .member("Dawn"), due: date("2026-12-18"), on: date("2026-11-18"),
                                by: "Sam Okafor", reason: "Safety check")
        let ryan = try build(value, for: "Ryan").allText
        for leak in ["St Anne’s", "Orchard Row", "EF3  8PL", "07700900506"] {
            #expect(!ryan.contains(leak), "leaked: \(leak)")
        }
        // The whole action is left out, not only its details: the worker sees it in the list.
        #expect(!ryan.contains("Ryan's photo"))
        let builder = try PlanSummaryBuilder(case: value, plan: nil, for: "Ryan", settings: Self.store.settings(), asOf: date("2026-11-23"))
        #expect(builder.withheld.contains { $0.id == value.actions.last!.id })
    }

    @Test func childrensWordsGoOnlyToTheirParents() throws {
        let shared = try Self.store.read("ASH-01").views.filter { $0.childAgreedToShare == true }.map(\.text)
        #expect(!shared.isEmpty)
        let dean = try summary("ASH-01", for: "Dean").allText  // the mother's partner, no parental responsibility
        for words in shared { #expect(!dean.contains(words)) }
        // Without a reader it is the professionals' view, and says so first.
        let professionals = try summary("ASH-01", for: nil)
        #expect(professionals.title.hasPrefix("Professionals' view"))
        #expect(professionals.subtitle.hasPrefix("Not for family members"))
    }

    @Test func theSummaryIsWrittenAsOfItsDay() throws {
        let value = try Self.store.read("EVA-05")
        let june = try build(value, for: "Ryan", asOf: "2026-06-01")
        let text = SummaryTextRenderer.render(june)
        #expect(text.contains("Written on Monday 1 June 2026"))
        #expect(!text.contains("Done on Thursday 29 October 2026"))
        #expect(june.allText.contains("“Ryan will complete the domestic abuse perpetrator programme [a course for"))
        #expect(june.sections.flatMap(\.blocks).contains { block in
            if case .checklist(let items) = block { return items.contains { $0.status == "To do by Friday 30 October 2026." } }
            return false
        })
        let davies = SummaryTextRenderer.render(try build(try Self.store.read("DAV-04"), for: "Rhian", asOf: "2026-10-01"))
        #expect(davies.contains("Your social worker is Sam Okafor."))
    }

    @Test func aParentWithNoActionsIsToldSo() throws {
        let text = SummaryTextRenderer.render(try summary("ASH-01", for: "Dean"))
        #expect(text.contains("There are no actions for you in the plan yet."))
    }

    @Test func aVoluntaryPlanSaysWhenChildProtectionChecksHaveStarted() throws {
        let text = try summary("CAR-03", for: "Sharon").allText
        #expect(text.contains("These checks go on even if you say no to this plan."))
        // The children were on a child protection plan before, so this conference is a new one.
        #expect(text.contains("The next child protection conference (a big meeting about a child's safety) is on Thursday 3 December 2026."))
        #expect(text.contains("A new child protection conference is on Thursday 3 December 2026."))
        #expect(text.contains("That kind of plan is not voluntary in the same way."))
        // Before the strategy discussion there were no such checks to mention.
        let earlier = try build(try Self.store.read("CAR-03"), for: "Sharon", asOf: "2026-10-01").allText
        #expect(!earlier.contains("These checks go on"))
    }
}
