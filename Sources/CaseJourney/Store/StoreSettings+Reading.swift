extension StoreSettings {
    /// The settings a file's bytes hold, or every problem with them: what cannot be decoded, a
    /// value out of range, a newer format, and `null` anywhere (left out means the default;
    /// null is a hand edit that may have meant something else). The one way settings are read,
    /// from the store, from the team's server and after a merge.
    static func read(_ bytes: [UInt8], path: String) throws(CaseJourneyError) -> StoreSettings {
        let settings = try bytes.withUnsafeBufferPointer { buffer throws(CaseJourneyError) in
            try CaseFileCodec.decode(StoreSettings.self, from: buffer, path: path)
        }
        var problems = settings.problems
        if settings.schemaVersion > StoreSettings.currentSchemaVersion {
            problems.insert(CaseFileProblem(location: "schemaVersion", found: "\(settings.schemaVersion)",
                                            expected: "expected format \(StoreSettings.currentSchemaVersion) or below: a newer version of "
                                                + "CaseJourney wrote these settings; update cj to use them"), at: 0)
        }
        if let tree = try? JSONParser.parse(bytes) {
            problems += tree.nullPaths().map { CaseFileProblem(location: $0.dottedPath, found: "null",
                                                              expected: "expected a value, or leave the field out for the default") }
        }
        guard problems.isEmpty else { throw .invalidFile(path: path, problems: problems) }
        return settings
    }
}
