/// How easy a piece of text is to read: Flesch Reading Ease and sentence lengths.
///
/// Flesch Reading Ease = 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words).
/// 70 or more is "fairly easy" (a reading age of about 12 and under); GOV.UK aims lower still.
/// Syllables are estimated by the usual English rule of thumb (groups of vowels, less a silent
/// final e), which is what every readability checker does.
public struct Readability: Sendable, Equatable {
    public var words: Int
    public var sentences: Int
    public var syllables: Int
    /// The longest sentences first, with their word counts.
    public var longestSentences: [(words: Int, text: String)]

    public static func == (lhs: Readability, rhs: Readability) -> Bool {
        lhs.words == rhs.words && lhs.sentences == rhs.sentences && lhs.syllables == rhs.syllables
    }

    public var fleschReadingEase: Double {
        guard words > 0, sentences > 0 else { return 100 }
        return 206.835 - 1.015 * Double(words) / Double(sentences) - 84.6 * Double(syllables) / Double(words)
    }

    public var wordsPerSentence: Double {
        sentences == 0 ? 0 : Double(words) / Double(sentences)
    }

    public var longestSentenceWords: Int { longestSentences.first?.words ?? 0 }

    /// Measures `sentences`: each string is one or more sentences (a heading or list item with
    /// no full stop counts as one).
    public init(sentences texts: [String]) {
        var words = 0, sentences = 0, syllables = 0
        var lengths: [(words: Int, text: String)] = []
        for text in texts {
            for sentence in Readability.splitSentences(text) {
                let sentenceWords = Readability.words(in: sentence)
                guard !sentenceWords.isEmpty else { continue }
                sentences += 1
                words += sentenceWords.count
                syllables += sentenceWords.reduce(0) { $0 + Readability.syllables(in: $1) }
                lengths.append((sentenceWords.count, sentence))
            }
        }
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
        self.longestSentences = lengths.sorted { $0.words > $1.words }
    }

    /// Splits on `.`, `!` and `?` followed by a space or the end, and on line breaks.
    static func splitSentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character == "\n" {
                sentences.append(current)
                current = ""
                continue
            }
            current.append(character)
            if ".!?".contains(character), index + 1 == characters.count || characters[index + 1] == " " || characters[index + 1] == "\n" {
                sentences.append(current)
                current = ""
            }
        }
        sentences.append(current)
        return sentences.map { $0.trimmed }.filter { !$0.isEmpty }
    }

    /// Words are runs of letters, digits, apostrophes and hyphens.
    static func words(in sentence: String) -> [String] {
        sentence.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" || $0 == "-") }
            .map(String.init)
            .filter { $0.contains { $0.isLetter || $0.isNumber } }
    }

    /// An estimate of the syllables in one word.
    static func syllables(in word: String) -> Int {
        let letters = word.lowercased().filter { $0.isLetter }
        if letters.isEmpty {
            // Numbers are read aloud: count a syllable per digit, which errs on the hard side.
            return max(1, word.filter(\.isNumber).count)
        }
        if letters.count <= 3 { return 1 }
        var stem = Array(letters)
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        // A final "e", "es" or "ed" is usually silent ("made", "takes", "asked"), but not "-le".
        if stem.count > 3, stem.last == "e", stem[stem.count - 2] != "l", !vowels.contains(stem[stem.count - 2]) {
            stem.removeLast()
        } else if stem.count > 3, stem.last == "s" || stem.last == "d", stem[stem.count - 2] == "e",
                  !vowels.contains(stem[stem.count - 3]), !"tdl".contains(stem[stem.count - 3]) || stem.last == "s" {
            stem.removeLast(2)
        }
        if stem.first == "y" { stem.removeFirst() }
        var groups = 0
        var inVowels = false
        for letter in stem {
            let isVowel = vowels.contains(letter)
            if isVowel && !inVowels { groups += 1 }
            inVowels = isVowel
        }
        return max(1, groups)
    }
}
