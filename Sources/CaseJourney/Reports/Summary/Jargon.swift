import Foundation

/// Words professionals use that a parent may not know, with plain words for each.
///
/// The parent summary avoids these; where one cannot be avoided it goes in the summary's "words
/// you may hear" list with its explanation. Matching ignores case and whole words only.
public struct JargonTerm: Sendable, Equatable {
    /// Every spelling that means this term, e.g. ["CP plan", "child protection plan"].
    public var spellings: [String]
    /// The words a parent would use.
    public var plainWords: String
}

public enum Jargon {
    public static let terms: [JargonTerm] = [
        JargonTerm(spellings: ["child protection plan", "CP plan", "CP", "CPP"],
                   plainWords: "a plan to keep your children safe"),
        JargonTerm(spellings: ["child in need plan", "CIN plan", "CIN"],
                   plainWords: "a plan of help you agree to. It is voluntary"),
        JargonTerm(spellings: ["initial child protection conference", "initial conference", "ICPC"],
                   plainWords: "the first big meeting about your children's safety"),
        JargonTerm(spellings: ["review child protection conference", "review conference", "RCPC"],
                   plainWords: "the meeting that checks how the plan is going"),
        JargonTerm(spellings: ["core group"],
                   plainWords: "the smaller group who meet often to make the plan work"),
        JargonTerm(spellings: ["section 47 enquiry", "section 47", "s47"],
                   plainWords: "the checks made when someone is worried a child is being harmed"),
        JargonTerm(spellings: ["significant harm"], plainWords: "serious harm"),
        JargonTerm(spellings: ["de-plan", "deplan", "step down", "stepped down", "step-down"],
                   plainWords: "the plan ends, or changes to a lighter plan"),
        JargonTerm(spellings: ["strategy discussion", "strategy meeting"],
                   plainWords: "a meeting between services to decide what to do next"),
        JargonTerm(spellings: ["LADO"], plainWords: "the person who looks into worries about adults who work with children"),
        JargonTerm(spellings: ["PLO", "public law outline"], plainWords: "the steps before the council may go to court"),
        JargonTerm(spellings: ["SGO", "special guardianship order"], plainWords: "a court order that lets a relative or friend bring up a child"),
        JargonTerm(spellings: ["LAC", "looked after child"], plainWords: "a child the council looks after"),
        JargonTerm(spellings: ["FGC", "family group conference"], plainWords: "a meeting where the family makes its own plan"),
        JargonTerm(spellings: ["non-engagement", "non engagement"], plainWords: "say what actually happened"),
        JargonTerm(spellings: ["disguised compliance"], plainWords: "say what actually happened"),
        JargonTerm(spellings: ["safeguarding"], plainWords: "keeping children safe"),
        JargonTerm(spellings: ["multi-agency", "multiagency"], plainWords: "people from different services"),
    ]

    /// The terms used in `text`, whole words only, ignoring case (short all-capital forms such
    /// as "CP" only match in capitals, so "cp" inside ordinary words does not count).
    public static func termsUsed(in text: String) -> [JargonTerm] {
        terms.filter { term in term.spellings.contains { contains(text, spelling: $0) } }
    }

    static func contains(_ text: String, spelling: String) -> Bool {
        let isAbbreviation = spelling.count <= 5 && spelling == spelling.uppercased()
        let haystack = isAbbreviation ? text : text.lowercased()
        let needle = isAbbreviation ? spelling : spelling.lowercased()
        var searchStart = haystack.startIndex
        while let range = haystack.range(of: needle, range: searchStart..<haystack.endIndex) {
            let before = range.lowerBound == haystack.startIndex ? nil : haystack[haystack.index(before: range.lowerBound)]
            let after = range.upperBound == haystack.endIndex ? nil : haystack[range.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            searchStart = range.upperBound
        }
        return false
    }
}
