import Foundation
import Testing

@Suite struct SummaryCommandTests {
    private let store = FixtureTests.fixtures

    @Test func printsTheSummaryInEachFormat() {
        let sandbox = Sandbox()
        let text = sandbox.cj("plan", "summary", "ASH-01", "--for", "Kelly", "--store", store, "--as-of", "2026-11-23")
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("The plan for the Ashworth family\n"))
        #expect(text.stdout.contains("Written on Monday 23 November 2026 for Kelly Ashworth."))
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
        #expect(result.stderr.hasPrefix("Reading ease (Flesch) "))
        #expect(result.stderr.contains("longest sentence"))
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
