import Foundation
import Testing

@Suite struct SummaryCommandTests {
    private let store = FixtureTests.fixtures

    @Test func printsTheSummaryInEachFormat() {
        let sandbox = Sandbox()
        let text = sandbox.cj("plan", "summary", "ASH-01", "--for", "Kelly", "--store", store, "--as-of", "2026-11-23")
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("The plan for the Ashworth family\n"))
        #expect(text.stdout.contains("Written on Monday 23 November 2026 for Kelly Ashworth.\nPrivate: for Kelly Ashworth."))
        #expect(text.stdout.contains("Done: “Kelly will make sure the children have breakfast"))
        let markdown = sandbox.cj("plan", "summary", "ASH-01", "--for", "Kelly", "--store", store, "--as-of", "2026-11-23",
                                  "--format", "markdown").stdout
        #expect(markdown.hasPrefix("# The plan for the Ashworth family"))
        #expect(markdown.contains("## Your part"))
        #expect(markdown.contains("- Done: "))
        let html = sandbox.cj("plan", "summary", "ASH-01", "--for", "Kelly", "--store", store, "--as-of", "2026-11-23",
                              "--format", "html").stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<h2>Your part</h2>"))
    }

    @Test func theDateDecidesWhatIsLate() {
        let sandbox = Sandbox()
        let early = sandbox.cj("plan", "summary", "ASH-01", "--for", "Kelly", "--store", store, "--as-of", "2026-10-27").stdout
        let late = sandbox.cj("plan", "summary", "ASH-01", "--for", "Kelly", "--store", store, "--as-of", "2026-11-23").stdout
        #expect(early.contains("Written on Tuesday 27 October 2026"))
        #expect(late.contains("That visit is late."))
        #expect(!early.contains("That visit is late."))
    }

    @Test func reportsReadabilityOnRequest() {
        let result = Sandbox().cj("plan", "summary", "CAR-03", "--for", "Sharon", "--store", store, "--as-of", "2026-11-23", "--readability")
        #expect(result.stderr.hasPrefix("The summary's own words: reading ease (Flesch) "))
        #expect(result.stderr.contains("Words quoted from the case: reading ease (Flesch) "))
        #expect(result.stderr.contains("longest sentence"))
        #expect(result.stderr.contains("Unexplained words: none."))
    }

    @Test func theEasyReadVersionGivesOneIdeaToALine() {
        let result = Sandbox().cj("plan", "summary", "HAL-08", "--for", "Jade", "--store", store, "--as-of", "2026-11-23", "--easy-read", "--readability")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Your plan, in easy words\n"))
        #expect(result.stdout.contains("- “Jade will register Ellie with the GP”. Do it by Friday 4 December 2026."))
        #expect(result.stdout.contains("- If a child is in danger now, call 999."))
        let score = result.stderr.split(separator: "\n").first.flatMap { $0.split(separator: "(Flesch) ").last?.split(separator: ",").first }
        #expect(score.flatMap { Int($0) }.map { $0 >= 90 } == true, "\(result.stderr)")
    }

    @Test func eachWayOfWritingATermIsExplainedAndNamesAreLeftAlone() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("plan", "worry", "ASH-01", "The review conference may extend CP; RCPC in March", "--date", "2026-06-22")
        sandbox.cj("plan", "action", "add", "ASH-01", "Offer Kim a place", "--agency", "Threshold Housing Project", "--due", "2026-07-31",
                   "--date", "2026-06-22")
        sandbox.cj("plan", "view", "ASH-01", "Kim", "We're (really) trying", "--date", "2026-06-23")
        let text = sandbox.cj("plan", "summary", "ASH-01", "--for", "Kim", "--as-of", "2026-07-01", "--format", "markdown").stdout
            .replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("RCPC \\[a big meeting to check how the plan is going\\]"), "\(text)")
        #expect(text.contains("CP \\[a plan to keep a child safe from harm\\]"))
        #expect(text.contains("Threshold Housing Project: "))
        #expect(text.contains("We're (really) trying"))
    }

    @Test func anAbbreviationInARoleOrAgencyIsWarnedAbout() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        let added = sandbox.cj("professional", "add", "ASH-01", "--name", "Mo Ali", "--role", "IHT practitioner", "--agency", "YOT")
        #expect(added.status == 0)
        #expect(added.stderr.contains(#"uses "IHT", an abbreviation a parent may not know"#))
        #expect(added.stderr.contains(#"uses "YOT""#))
    }

    @Test func readabilityCountsAnAbbreviationNobodyCanExplain() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        sandbox.cj("plan", "worry", "ASH-01", "Kim missed the TBQ panel", "--date", "2026-06-22")
        let result = sandbox.cj("plan", "summary", "ASH-01", "--for", "Kim", "--as-of", "2026-07-01", "--readability")
        #expect(result.status == 0)
        #expect(result.stderr.contains("Unexplained words: 1 (TBQ)."))
    }

    @Test func recordingJargonWarnsAndSuggestsPlainWordsButRecordsItAsTyped() {
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        let worry = sandbox.cj("plan", "worry", "ASH-01", "Kim DNA'd 2x appts with the HV", "--date", "2026-06-22")
        #expect(worry.status == 0 && worry.stdout == "w1\n")
        #expect(worry.stderr.contains(#"Warning: The text of worry w1 uses "DNA'd", which a parent may not understand. Plain words: "did not come to an appointment"."#))
        #expect(worry.stderr.contains("Say which appointment was missed"))
        #expect(worry.stderr.contains(#"uses "HV""#) && worry.stderr.contains(#"uses "2x""#))
        #expect(sandbox.cj("plan", "show", "ASH-01").stdout.contains("Kim DNA'd 2x appts with the HV"))
        // Plain words, and workers' notes no family reads, raise nothing.
        let plain = sandbox.cj("plan", "worry", "ASH-01", "Kim missed two appointments with the health visitor", "--date", "2026-06-22")
        #expect(!plain.stderr.contains("DNA") && !plain.stderr.contains("appts"))
        let visit = sandbox.cj("visit", "log", "ASH-01", "--date", "2026-06-25", "--seen", "Amy", "--note", "HV present; DNA'd last week")
        #expect(visit.status == 0 && !visit.stderr.contains("Warning"))
        // Terms written out in words are explained in the summary itself; workers hear of the
        // ones with a better way to say them.
        let explained = sandbox.cj("plan", "worry", "ASH-01", "Kim missed the core group and the review conference", "--date", "2026-06-22")
        #expect(explained.status == 0 && !explained.stderr.contains("Warning"))
        let vague = sandbox.cj("plan", "worry", "ASH-01", "Kim does not engage with services and minimises the worries", "--date", "2026-06-22")
        #expect(vague.stderr.contains(#"uses "engage with services""#) && vague.stderr.contains("Say which help"))
        #expect(vague.stderr.contains(#"uses "minimises""#))
        let summary = sandbox.cj("plan", "summary", "ASH-01", "--for", "Kim", "--as-of", "2026-07-01").stdout
        #expect(summary.contains("engage with services [take part in the help offered]"))
        // A parent's own words are recorded as they said them, with no advice to the worker.
        let request = sandbox.cj("request", "add", "ASH-01", "w2", "--from", "Kim", "--wrong", "It says I am not engaging",
                                 "--should-say", "I went to every appointment", "--date", "2026-06-23")
        #expect(request.status == 0, "\(request.stderr)")
        #expect(!request.stderr.contains("Warning"))
    }

    @Test func thePrintedPageCarriesThePrivateMarkAndPageNumbersAndShowsTheJourneyOnce() {
        let html = Sandbox().cj("plan", "summary", "HAL-08", "--for", "Jade", "--store", store, "--as-of", "2026-11-23", "--format", "html").stdout
        #expect(html.contains(#"@top-left { content: "Private: for Jade Hall""#))
        #expect(html.contains(#"counter(page) " of " counter(pages)"#))
        #expect(html.contains(#"<q>DV <span class="gloss">[domestic abuse]</span> incidents"#))
        #expect(html.contains("<svg") && html.contains("<desc>"))
        #expect(!html.contains("<figcaption>\n<p>"), "the dates are drawn, not listed again")
        #expect(html.contains("<div class=\"first\">"))
        // A name cannot end the style sheet or the CSS string.
        let sandbox = Sandbox()
        sandbox.makeFamilyWithPlan()
        let added = sandbox.cj("person", "add", "ASH-01", "--name", #"Jo "</style><script>x</script>"#, "--role", "carer")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let hostile = sandbox.cj("plan", "summary", "ASH-01", "--for", id, "--as-of", "2026-07-01", "--format", "html")
        #expect(hostile.status == 0)
        #expect(!hostile.stdout.contains("</style><script>"))
    }

    @Test func anUnknownOrChildReaderIsAUsageError() {
        let sandbox = Sandbox()
        let unknown = sandbox.cj("plan", "summary", "ASH-01", "--for", "Zed", "--store", store)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("There is nobody called Zed"))
        let child = sandbox.cj("plan", "summary", "ASH-01", "--for", "Amy", "--store", store)
        #expect(child.status == 64)
        #expect(child.stderr.contains("is a child"))
        #expect(sandbox.cj("plan", "summary", "ASH-01", "--help").stdout.contains("Example"))
    }
}
