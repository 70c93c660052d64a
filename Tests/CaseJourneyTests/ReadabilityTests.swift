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
        #expect(Jargon.termsUsed(in: "The core group meets on Monday.").map(\.meaning)
                == ["the smaller group who meet often to make the plan work"])
        #expect(Jargon.termsUsed(in: "Your CP plan starts today.").count == 1)
        #expect(Jargon.termsUsed(in: "A cup of tea, except on Tuesdays.").isEmpty)  // "cp" inside words, "cin" in "except"
        #expect(Jargon.termsUsed(in: "The s47 checks are done.").count == 1)
    }

    @Test func findsTheWordAsTheTextWroteIt() {
        let text = "M did not attend 2x appts; DNA'd. Re-referral noted re housing; s47 started."
        #expect(Jargon.matches(in: text).map(\.written) == ["M", "2x", "appts", "DNA'd", "re", "s47"])
        // A letter is a mother only before a lower-case word, and never after a title.
        #expect(Jargon.matches(in: "Dr M Patel saw Ellie. Ms M said no.").isEmpty)
        // The longer term wins where two overlap.
        #expect(Jargon.matches(in: "The initial child protection conference met.").map(\.term.headword) == ["initial child protection conference"])
        // Abbreviations in capitals match only in capitals.
        #expect(Jargon.matches(in: "Salt and pepper; a dv player").isEmpty)
    }

    @Test func abbreviationsNobodyExplainedAreFoundButNamesAndFamiliarOnesAreNot() {
        let text = "The GP and the NSPCC saw her; TBC by the XYZ panel; DNA'd once."
        #expect(Jargon.unexplainedAbbreviations(in: text, names: Jargon.nameWords(["NSPCC"])) == ["TBC", "XYZ"])
    }

    @Test func adviceForWritersIsKeptApartFromWhatAWordMeans() {
        let nonEngagement = Jargon.list.first { $0.spellings.contains("non-engagement") }!
        #expect(nonEngagement.advice?.hasPrefix("Say what actually happened") == true)
        #expect(!nonEngagement.meaning.lowercased().contains("say what"))
        // Every meaning can follow its word in brackets: one short phrase, true for any family.
        for term in Jargon.list {
            #expect(!term.meaning.isEmpty && !term.meaning.hasSuffix(".") && !term.meaning.contains("your children"), "\(term.headword)")
            #expect(Readability(sentences: [term.meaning]).longestSentenceWords <= 16, "\(term.headword)")
        }
    }

    @Test func ordinaryWordsAreNotTakenForJargon() {
        // An apostrophe before a word makes it part of another ("we're"); a letter after a place
        // word is a flat, not a father; "stepped down from her job" is not a plan ending.
        #expect(Jargon.matches(in: "We're scared. She stepped down from her job and sat on the chair.").isEmpty)
        #expect(Jargon.matches(in: "Flat F above the shop; Dr M Patel; the threshold of the front door").isEmpty)
        #expect(Jargon.matches(in: "Threshold met; F did not come").map(\.written) == ["Threshold met", "F"])
    }
}
