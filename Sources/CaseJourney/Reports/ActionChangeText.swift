/// Plain sentences for what happened to an action, shared by the timeline and `plan changes`.
enum ActionChangeText {
    /// "added for Kelly Ashworth, due 2026-08-31", "deferred from 2026-09-30 to 2026-11-13",
    /// "now due 2026-10-01 instead of 2026-09-01", "done", "dropped".
    static func describe(_ step: ActionStep, in value: Case) -> String {
        let after = step.after
        switch step.event.kind {
        case .added:
            return "added for \(value.name(of: after.owners)), " + (after.repeats.map { "ongoing (\($0)), looked at again by \(after.due)" } ?? "due \(after.due)")
        case .deferred:
            return "deferred from \(step.before?.due.description ?? "?") to \(after.due)"
        case .done:
            return "done"
        case .dropped:
            return "dropped"
        case .progress:
            return "how it is going: \(step.event.note ?? "")"
        case .changed:
            guard let before = step.before else { return "changed" }
            var parts: [String] = []
            if before.text != after.text { parts.append("reworded (it said \"\(before.text)\")") }
            if before.owners != after.owners {
                parts.append("now for \(value.name(of: after.owners)) instead of \(value.name(of: before.owners))")
            }
            if before.due != after.due { parts.append("now due \(after.due) instead of \(before.due)") }
            if !before.status.isLive && after.status.isLive { parts.append("reopened (it was \(before.status.rawValue))") }
            return parts.isEmpty ? "changed" : parts.joined(separator: "; ")
        }
    }
}
