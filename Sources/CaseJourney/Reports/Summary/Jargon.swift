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
        JargonTerm(spellings: ["designated safeguarding lead"], plainWords: "the person at a school who is in charge of keeping children safe"),
        JargonTerm(spellings: ["safeguarding"], plainWords: "keeping children safe"),
        JargonTerm(spellings: ["parental responsibility"], plainWords: "the legal rights and duties of a parent"),
        JargonTerm(spellings: ["emotional harm"], plainWords: "harm to how a child feels and grows, for example from seeing violence at home"),
        JargonTerm(spellings: ["contact centre"], plainWords: "a safe place where children can spend time with a parent"),
        JargonTerm(spellings: ["non-molestation order"], plainWords: "a court order that stops someone from harming or pestering a person"),
        JargonTerm(spellings: ["perpetrator programme"], plainWords: "a course for people who have been abusive, to help them change"),
        JargonTerm(spellings: ["independent domestic violence adviser", "IDVA"], plainWords: "someone who helps people at risk from domestic abuse to stay safe"),
        JargonTerm(spellings: ["Freedom Programme"], plainWords: "a course for women who have lived with domestic abuse"),
        JargonTerm(spellings: ["health visitor"], plainWords: "a nurse who supports families with young children"),
        JargonTerm(spellings: ["family support worker"], plainWords: "someone who visits to help with daily family life"),
        JargonTerm(spellings: ["working days"], plainWords: "Monday to Friday, not counting bank holidays"),
        JargonTerm(spellings: ["multi-agency", "multiagency"], plainWords: "people from different services"),
    ]

    /// The terms used in `text`, whole words only, ignoring case (short all-capital forms such
    /// as "CP" only match in capitals, so "cp" inside ordinary words does not count).
    public static func termsUsed(in text: String) -> [JargonTerm] {
        terms.filter { term in term.spellings.contains { contains(text, spelling: $0) } }
    }

    /// True when `word` appears in `text` as a whole word, ignoring case.
    static func contains(_ text: String, word: String) -> Bool {
        !word.isEmpty && contains(text, spelling: word.lowercased())
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
