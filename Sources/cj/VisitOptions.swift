import Foundation
import ArgumentParser
import CaseJourney

/// What was seen on a visit: shared by `visit log` and `visit amend`.
struct SightingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A child who was seen (repeatable).", valueName: "child"))
    var seen: [String] = []

    @Option(name: .customLong("seen-alone"), help: ArgumentHelp("A child who was seen alone (repeatable; counts as seen).", valueName: "child"))
    var seenAlone: [String] = []

    @Option(name: .customLong("not-seen"), help: ArgumentHelp(
        "A child who was not seen, optionally with why after a colon: \"Ben: at his grandmother's\" (repeatable).",
        valueName: "child[: reason]"))
    var notSeen: [String] = []

    /// "Ben: at his grandmother's" becomes ("Ben", "at his grandmother's").
    var notSeenWithReasons: [(child: String, reason: String?)] {
        notSeen.map { entry in
            guard let colon = entry.firstIndex(of: ":") else { return (entry.trimmingCharacters(in: .whitespaces), nil) }
            let reason = entry[entry.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            return (entry[..<colon].trimmingCharacters(in: .whitespaces), reason.isEmpty ? nil : reason)
        }
    }
}

/// The details of a visit besides who was seen.
struct VisitDetailOptions: ParsableArguments {
    @Option(help: "home, school, office or other.")
    var kind: VisitKind?

    @Flag(help: "The family did not know the visit was coming.")
    var unannounced = false

    @Flag(name: .customLong("bedroom-seen"), help: "The children's bedrooms were seen.")
    var bedroomSeen = false

    @Option(help: ArgumentHelp("What happened, in your words.", valueName: "text"))
    var note: String?
}
