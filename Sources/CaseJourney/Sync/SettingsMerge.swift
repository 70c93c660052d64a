/// Merges two copies of the team settings that both changed: a setting only one copy changed
/// takes that change; a setting both changed differently keeps the team's (the server's, which
/// everyone else already works to), and the merge says so, so the person syncing can raise it.
public enum SettingsMerge {
    /// The settings file's place in the store, as git names it to the merge driver.
    public static let sharedPath = ".casejourney/settings.json"
    /// Starts each line the merge driver writes about a setting not kept.
    public static let notePrefix = "Team settings: "
    public struct Outcome: Sendable {
        public var bytes: [UInt8]
        /// One line per setting this copy changed and the team's version replaced.
        public var notKept: [String]
    }

    /// - Parameters: `ours` is this copy, `theirs` the team's, as in `git merge`.
    public static func merge(base: [UInt8]?, ours: [UInt8], theirs: [UInt8], path: String) throws(CaseJourneyError) -> Outcome {
        let theirsTree: JSONValue
        do {
            theirsTree = try JSONParser.parse(theirs)
        } catch {
            throw .invalidFile(path: "\(path) (the team's copy)", problems: [CaseFileProblem(location: "line \(error.line)", expected: error.message)])
        }
        guard let oursTree = try? JSONParser.parse(ours) else {
            return Outcome(bytes: theirs, notKept: ["this copy's settings could not be read, so the team's stand"])
        }
        var merger = TreeMerger(by: "", at: "")
        var merged = merger.value(base: base.flatMap { try? JSONParser.parse($0) }, ours: oursTree, theirs: theirsTree, at: []) ?? theirsTree
        var notKept: [String] = []
        for conflict in merger.conflicts {
            let teams = theirsTree.value(following: conflict.path[...])
            merged = merged.replacing(at: conflict.path[...], with: teams) ?? merged
            notKept.append("\(conflict.path.joined(separator: ".")): this copy's \(conflict.ours ?? "(left out)") was not kept; "
                + "the team's \(conflict.theirs ?? "(left out)") stands")
        }
        let bytes = Array(JSONWriter.write(merged).utf8)
        guard (try? StoreSettings.read(bytes, path: path)) != nil else {
            return Outcome(bytes: theirs, notKept: ["the two copies' settings could not be combined, so the team's stand"])
        }
        return Outcome(bytes: bytes, notKept: notKept)
    }
}
