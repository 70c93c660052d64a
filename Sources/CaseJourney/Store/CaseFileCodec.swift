import Foundation

/// Turns case-file bytes into a `Case` and back, reporting every problem with its JSON path.
public enum CaseFileCodec {
    /// A decoded case with what it needs to be written back faithfully.
    public struct Decoded: Sendable {
        public var value: Case
        /// Fields this version does not know, to be put back on the next write.
        public var unknownFields: UnknownFields
    }

    /// Decodes and validates. Throws `.invalidFile` listing the problems, or `.newerSchema` for
    /// a file from a newer version.
    public static func decode(
        _ bytes: [UInt8], path: String, expectedCaseID: String? = nil, keepingUnknownFields: Bool = true
    ) throws(CaseJourneyError) -> Decoded {
        try bytes.withUnsafeBufferPointer { buffer throws(CaseJourneyError) in
            try decode(buffer, path: path, expectedCaseID: expectedCaseID, keepingUnknownFields: keepingUnknownFields)
        }
    }

    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, path: String, expectedCaseID: String?, keepingUnknownFields: Bool
    ) throws(CaseJourneyError) -> Decoded {
        let value: Case
        do {
            value = try decode(Case.self, from: bytes, path: path)
        } catch {
            // A newer version may have changed what a field holds: say so rather than list it.
            if case .invalidFile = error, let version = schemaVersion(in: bytes), version > Case.currentSchemaVersion {
                throw .newerSchema(path: path, found: version)
            }
            throw error
        }
        if value.schemaVersion > Case.currentSchemaVersion {
            throw .newerSchema(path: path, found: value.schemaVersion)
        }
        let problems = CaseValidator.problems(in: value, expectedCaseID: expectedCaseID)
        guard problems.isEmpty else { throw .invalidFile(path: path, problems: problems) }
        guard keepingUnknownFields, let tree = try? JSONParser.parse(bytes) else {
            return Decoded(value: value, unknownFields: UnknownFields())
        }
        return Decoded(value: value, unknownFields: UnknownFields.find(in: tree, missingFrom: encodeTree(value)))
    }

    /// Decodes any value from JSON bytes, turning every problem into one with its place in the
    /// file: a line and column for broken syntax, a JSON path for a wrong value.
    public static func decode<Value: Decodable>(_ type: Value.Type, from bytes: UnsafeBufferPointer<UInt8>, path: String) throws(CaseJourneyError) -> Value {
        do {
            return try JSONBytesDecoder.decode(Value.self, from: bytes)
        } catch let error as JSONCursor.SyntaxError {
            throw .invalidFile(path: path, problems: [error.problem(in: bytes)])
        } catch let error as DecodingError {
            throw .invalidFile(path: path, problems: [problem(for: error, in: bytes)])
        } catch {
            throw .invalidFile(path: path, problems: [CaseFileProblem(location: "(top level)", expected: "\(error)")])
        }
    }

    /// The `schemaVersion` of a document, if it has a readable one.
    private static func schemaVersion(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        struct Probe: Decodable { var schemaVersion: Int }
        return (try? JSONBytesDecoder.decode(Probe.self, from: bytes))?.schemaVersion
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

    static func problem(for error: DecodingError, in bytes: UnsafeBufferPointer<UInt8>) -> CaseFileProblem {
        func path(_ codingPath: [any CodingKey]) -> [JSONPathComponent] {
            codingPath.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
        }
        func found(_ components: [JSONPathComponent]) -> String? {
            JSONBytesDecoder.describeValue(at: components, in: bytes)
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
