import Foundation

/// Turns case-file bytes into a `Case` and back, reporting every problem with its JSON path.
public enum CaseFileCodec {
    /// A decoded case with what it needs to be written back faithfully.
    public struct Decoded: Sendable {
        public var value: Case
        /// Fields this version does not know, to be put back on the next write.
        public var unknownFields: UnknownFields
    }

    /// Parses, decodes and validates. Throws `.invalidFile` listing the problems, or
    /// `.newerSchema` for a file from a newer version.
    public static func decode(
        _ bytes: [UInt8], path: String, expectedCaseID: String? = nil, keepingUnknownFields: Bool = true
    ) throws(CaseJourneyError) -> Decoded {
        let tree = try parse(bytes, path: path)
        if case .number(let text)? = tree["schemaVersion"], let version = Int(text),
           version > Case.currentSchemaVersion {
            throw .newerSchema(path: path, found: version)
        }
        let value = try decode(Case.self, from: tree, path: path)
        let problems = CaseValidator.problems(in: value, expectedCaseID: expectedCaseID)
        guard problems.isEmpty else { throw .invalidFile(path: path, problems: problems) }
        guard keepingUnknownFields else { return Decoded(value: value, unknownFields: UnknownFields()) }
        return Decoded(value: value, unknownFields: UnknownFields.find(in: tree, missingFrom: encodeTree(value)))
    }

    /// Parses JSON text, turning a syntax error into a problem with its line and column.
    public static func parse(_ bytes: [UInt8], path: String) throws(CaseJourneyError) -> JSONValue {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw .invalidFile(path: path, problems: [CaseFileProblem(
                location: "line \(error.line), column \(error.column)",
                expected: "this is not valid JSON: \(error.message)")])
        }
    }

    /// Decodes any value from a parsed tree, turning a decoding error into a problem at its JSON path.
    public static func decode<Value: Decodable>(_ type: Value.Type, from tree: JSONValue, path: String) throws(CaseJourneyError) -> Value {
        do {
            return try JSONValueDecoder.decode(Value.self, from: tree)
        } catch let error as DecodingError {
            throw .invalidFile(path: path, problems: [problem(for: error, in: tree)])
        } catch {
            throw .invalidFile(path: path, problems: [CaseFileProblem(location: "(top level)", expected: "\(error)")])
        }
    }

    /// The case as case-file text, with unknown fields put back.
    public static func encode(_ value: Case, preserving unknown: UnknownFields = UnknownFields()) -> [UInt8] {
        Array(JSONWriter.write(unknown.restore(into: encodeTree(value))).utf8)
    }

    /// A value as a JSON tree, fields in the order the type declares them.
    public static func encodeTree<Value: Encodable>(_ value: Value) -> JSONValue {
        // The model is plain structs of strings, numbers and dates: encoding it cannot fail.
        try! JSONValueEncoder.encode(value)
    }

    static func problem(for error: DecodingError, in tree: JSONValue) -> CaseFileProblem {
        func path(_ codingPath: [any CodingKey]) -> [JSONPathComponent] {
            codingPath.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
        }
        func found(_ components: [JSONPathComponent]) -> String? {
            tree.value(at: components)?.shortDescription
        }
        switch error {
        case let .typeMismatch(type, context):
            let components = path(context.codingPath)
            return CaseFileProblem(location: components.dottedPath, found: found(components),
                                   expected: "expected \(describe(type))")
        case let .valueNotFound(type, context):
            let components = path(context.codingPath)
            return CaseFileProblem(location: components.dottedPath, found: "null",
                                   expected: "expected \(describe(type))")
        case let .keyNotFound(key, context):
            let components = path(context.codingPath) + [.key(key.stringValue)]
            return CaseFileProblem(location: components.dottedPath,
                                   expected: "this required field is missing")
        case let .dataCorrupted(context):
            let components = path(context.codingPath)
            return CaseFileProblem(location: components.dottedPath, found: found(components),
                                   expected: context.debugDescription)
        @unknown default:
            return CaseFileProblem(location: "(top level)", expected: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text in quotes"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "a list in [ ]"
        case is [String: Any].Type: "an object in { }"
        default: "a value of type \(type)"
        }
    }
}
