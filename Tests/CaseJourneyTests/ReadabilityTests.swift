import CaseJourney
import Testing

@Suite struct ReadabilityTests {
    @Test func countsWordsSentencesAndSyllablesTheUsualWay() {
        let simple = Readability(sentences: ["The cat sat on the mat."])
        #expect(simple.words == 6 && simple.sentences == 1 && simple.syllables == 6)
        #expect(abs(simple.fleschReadingEase - 116.145) < 0.01)
        let harder = Readability(sentences: ["Professionals evaluated the developmental circumstances comprehensively."])
        #expect(harder.fleschReadingEase < 0)
    }

    @Test func estimatesSyllablesWithSilentEndings() {
        let expected = ["the": 1, "made": 1, "asked": 1, "wanted": 2, "takes": 1, "little": 2, "people": 2,
                        "children": 2, "worker": 2, "yesterday": 3, "safe": 1, "meeting": 2, "2026": 4]
        let counts = Readability(sentences: [expected.keys.joined(separator: " ")])
        #expect(counts.syllables == expected.values.reduce(0, +))
    }

    @Test func headingsAndListItemsCountAsSentencesAndTheLongestIsKnown() {
        let text = Readability(sentences: ["What happens next", "Sam will visit you on Monday. Then the group meets!",
                                           "One two three four five six seven eight nine ten eleven twelve."])
        #expect(text.sentences == 4)
        #expect(text.longestSentenceWords == 12)
        #expect(text.longestSentences.first?.text.hasPrefix("One two") == true)
    }

    @Test func findsJargonAsWholeWordsOnly() {
        #expect(Jargon.termsUsed(in: "The core group meets on Monday.").map(\.plainWords)
                == ["the smaller group who meet often to make the plan work"])
        #expect(Jargon.termsUsed(in: "Your CP plan starts today.").count == 1)
        #expect(Jargon.termsUsed(in: "A cup of tea, except on Tuesdays.").isEmpty)  // "cp" inside words, "cin" in "except"
        #expect(Jargon.termsUsed(in: "The s47 checks are done.").count == 1)
    }
}
