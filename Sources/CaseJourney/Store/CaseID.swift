/// Case ids name files, so they are checked before they touch the file system: letters, digits,
/// `-` and `_`, starting with a letter or digit, at most 64 characters. No id can contain `/`
/// or start with `.`, so none can name a path outside the store.
public enum CaseID {
    public static let rule = "a letter or digit followed by up to 63 letters, digits, '-' or '_'"

    public static func isValid(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, bytes.count <= 64, isAlphanumeric(first) else { return false }
        return bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    /// Throws a usage error (exit 64) for an id that breaks the rule.
    public static func check(_ id: String) throws(CaseJourneyError) {
        guard isValid(id) else { throw .invalidCaseID(id) }
    }

    /// Names Windows keeps for devices (`CON`, `NUL`, `COM1` ...): a case file with one of them
    /// as its name could not be copied to such a computer, so a new case may not use one.
    public static func isReservedName(_ id: String) -> Bool {
        let upper = id.uppercased()
        if ["CON", "PRN", "AUX", "NUL"].contains(upper) { return true }
        return (upper.hasPrefix("COM") || upper.hasPrefix("LPT")) && upper.count == 4 && upper.last!.isNumber
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
