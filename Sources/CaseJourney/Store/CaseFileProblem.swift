/// One thing wrong with a case file: where (a JSON path such as `visits[3].date`, or a line and
/// column for a syntax error), the value found there, and what was expected.
public struct CaseFileProblem: Sendable, Equatable, CustomStringConvertible {
    public var location: String
    public var found: String?
    public var expected: String

    public init(location: String, found: String? = nil, expected: String) {
        self.location = location
        self.found = found
        self.expected = expected
    }

    public var description: String {
        if let found {
            return "\(location): found \(found); \(expected)"
        }
        return "\(location): \(expected)"
    }
}
