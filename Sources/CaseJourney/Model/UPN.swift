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
        let expected = checkLetter(characters)
        guard characters[0] == expected else {
            throw .usage("\"\(text)\" is not a valid unique pupil number: its check letter should be \(expected). Check it was copied correctly.")
        }
        return upn
    }

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
