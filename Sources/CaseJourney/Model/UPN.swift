/// A unique pupil number, checked as the Department for Education checks it: a check letter,
/// a three-digit local authority code, a four-digit school number, two digits for the year of
/// issue, three digits, and a final digit or letter (a letter marks a temporary number).
public enum UPN {
    /// The letters a check letter or a final letter can be (I, O and S are never used).
    static let letters = Array("ABCDEFGHJKLMNPQRTUVWXYZ")

    /// `text` in capitals when it is a valid UPN; a usage error that says what is wrong otherwise.
    public static func checked(_ text: String) throws(CaseJourneyError) -> String {
        let upn = text.trimmed.uppercased()
        let characters = Array(upn)
        guard characters.count == 13 else {
            throw .usage("A unique pupil number has 13 characters; \"\(text)\" has \(characters.count).")
        }
        guard characters[1..<12].allSatisfy(\.isASCII) && characters[1..<12].allSatisfy(\.isNumber) else {
            throw .usage("Characters 2 to 12 of a unique pupil number are digits; \"\(text)\" is not.")
        }
        guard (characters[12].isASCII && characters[12].isNumber) || letters.contains(characters[12]) else {
            throw .usage("The last character of a unique pupil number is a digit or a letter other than I, O or S; \"\(text)\" is not.")
        }
        let area = String(characters[1...3])
        guard localAuthorityCodes.contains(area) else {
            throw .usage("Characters 2 to 4 of a unique pupil number are a local authority's code from the UPN guide; \"\(area)\" in \"\(text)\" is not one. Check it was copied correctly.")
        }
        let expected = checkLetter(characters)
        guard characters[0] == expected else {
            throw .usage("\"\(text)\" is not a valid unique pupil number: its check letter should be \(expected). Check it was copied correctly.")
        }
        return upn
    }

    /// The local authority codes a UPN may carry, as the Department's UPN guide lists them.
    static let localAuthorityCodes: Set<String> = {
        let ranges: [ClosedRange<Int>] = [1...5, 201...213, 301...320, 330...336, 340...344, 350...359, 370...373, 380...384, 390...394,
                                          420...420, 660...681, 701...708, 800...803, 805...808, 810...813, 815...816, 820...823, 825...826,
                                          830...831, 835...841, 845...846, 850...852, 855...857, 860...861, 865...896, 908...909, 916...916,
                                          919...919, 921...921, 925...926, 928...929, 931...931, 933...933, 935...938, 940...943]
        return Set(ranges.flatMap { $0 }.map { String(format: "%03d", $0) })
    }()

    /// Weights 2 to 13 on characters 2 to 13 (a final letter counts as its place in `letters`),
    /// summed, modulo 23, as a letter.
    static func checkLetter(_ characters: [Character]) -> Character {
        var sum = 0
        for index in 1..<13 {
            let character = characters[index]
            let value = character.wholeNumberValue ?? letters.firstIndex(of: character) ?? 0
            sum += value * (index + 1)
        }
        return letters[sum % 23]
    }
}

extension DisabilityCode {
    /// NONE means no disability: it cannot stand beside another code, and no code twice.
    static func check(_ codes: [DisabilityCode]) throws(CaseJourneyError) {
        if codes.contains(.none) && codes.count > 1 {
            throw .usage("NONE means the child has no disability; give it alone, or give only the disability codes.")
        }
        if Set(codes).count != codes.count { throw .usage("Give each disability code once.") }
    }
}
