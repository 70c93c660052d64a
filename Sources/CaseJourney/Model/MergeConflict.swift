/// Two copies of a case changed the same thing in different ways before they were merged.
///
/// Nothing is chosen silently: the merge leaves the value from the copy it merged into in the
/// record ("ours", so the file stays whole and readable), keeps the other copy's value here
/// ("theirs"), and the case shows an open conflict until someone settles it with a reason.
public struct MergeConflict: Codable, Sendable, Equatable {
    /// `x` and six hex digits, worked out from what conflicts, so two people merging the same
    /// two copies record the same conflict once.
    public var id: String
    /// Where it is in the case file: a list's name, then a record's id within a list, then field
    /// names (`["riskRatings", "r2", "score"]`). Empty for the whole case.
    public var path: [String]
    /// The place in plain words: "risk rating r2: score".
    public var about: String
    /// The value left in the record, as JSON text; nil when that copy had removed it.
    public var ours: String?
    /// The other copy's value, as JSON text; nil when that copy had removed it.
    public var theirs: String?
    /// When the merge found it (UTC) and who was merging.
    public var at: String
    public var by: String
    public var resolution: ConflictResolution?

    public init(id: String, path: [String], about: String, ours: String?, theirs: String?, at: String, by: String) {
        self.id = id
        self.path = path
        self.about = about
        self.ours = ours
        self.theirs = theirs
        self.at = at
        self.by = by
    }

    public var isOpen: Bool { resolution == nil }
}

/// How a conflict was settled: which value was kept, by whom, when and why.
public struct ConflictResolution: Codable, Sendable, Equatable {
    /// `ours`, `theirs`, or `other` for a value given by hand.
    public var kept: String
    /// The value kept, as JSON text; nil when the field was left out.
    public var value: String?
    public var reason: String
    public var by: String
    public var date: CalendarDate

    public init(kept: String, value: String?, reason: String, by: String, date: CalendarDate) {
        self.kept = kept
        self.value = value
        self.reason = reason
        self.by = by
        self.date = date
    }
}

extension MergeConflict {
    /// What each copy held when they were merged, in words:
    /// `ours (this copy's, kept by the merge) 7, theirs (the other copy's) 4`. For a list both
    /// copies added to differently (an action's steps), only what each added is shown.
    public var versions: String {
        if let lists = listDifference {
            return "ours (this copy's, kept by the merge) adds \(lists.ours), theirs (the other copy's) adds \(lists.theirs)"
        }
        let theirsText = path.isEmpty ? "the other copy of the whole case" : theirs.map(\.oneLine) ?? "(left out)"
        // A whole case is named, not printed: the copy replaced when settling is kept in `ours`.
        let oursText = path.isEmpty ? "this copy of the whole case" : ours.map(\.oneLine) ?? "(left out)"
        return "ours (this copy's, kept by the merge) \(oursText), theirs (the other copy's) \(theirsText)"
    }

    /// How to settle it: a list or the whole case is kept one way or the other; a single value
    /// can also be typed.
    public var choices: String { path.isEmpty || listDifference != nil ? "ours|theirs" : "ours|theirs|VALUE" }

    /// For two lists of records: the entries only in ours and only in theirs, each in words
    /// ("kind defer, date 2026-12-04, due 2027-03-01, by Priya Shah").
    private var listDifference: (ours: String, theirs: String)? {
        guard case .array(let mine)? = ours.flatMap({ try? JSONParser.parse(Array($0.utf8)) }),
              case .array(let other)? = theirs.flatMap({ try? JSONParser.parse(Array($0.utf8)) }),
              (mine + other).contains(where: { if case .object = $0 { true } else { false } }) else { return nil }
        func words(_ entries: [JSONValue]) -> String {
            guard !entries.isEmpty else { return "nothing" }
            return entries.map { entry in
                guard case .object(let members) = entry else { return JSONWriter.inline(entry) }
                let fields = members.compactMap { member -> String? in
                    guard member.value.isScalar else { return nil }
                    return "\(member.key) \(member.value.stringValue ?? JSONWriter.inline(member.value))"
                }
                return "[" + fields.joined(separator: ", ") + "]"
            }.joined(separator: " ")
        }
        return (words(mine.filter { !other.contains($0) }), words(other.filter { !mine.contains($0) }))
    }

    /// The line the agenda and `cj validate` show for an open conflict.
    func settleMessage(caseID: String) -> String {
        "Two copies of the case were merged with different versions of \(about): \(versions). Nothing was chosen; "
            + "settle it with `cj conflict resolve \(caseID) \(id) --keep \(choices) --reason \"...\"`."
    }
}

extension Case {
    /// Conflicts from merges that nobody has settled yet.
    public var openConflicts: [MergeConflict] { conflicts.filter(\.isOpen) }
}
