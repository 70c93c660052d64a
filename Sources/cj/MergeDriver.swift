import ArgumentParser
import CaseJourney
import Foundation

/// How git is told to run this program to merge case files.
enum MergeDriverCommand {
    /// `'/path/to/cj' merge-driver %O %A %B %P`, with this program's own path.
    static var registration: String {
        let program = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        return "'\(program.replacingOccurrences(of: "'", with: "'\\''"))' merge-driver %O %A %B %P"
    }
}

extension CJ {
    struct MergeDriver: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge-driver",
            abstract: "Merge two copies of a case file record by record (git runs this during `cj sync`).",
            discussion: """
                Git runs it when two copies of a case file both changed: BASE is the version they \
                share, OURS this copy (the result is written over it), THEIRS the other copy. \
                Records either side added are all kept; a field both sides changed differently is \
                kept as an open conflict for a person to settle. Exits 0 when merged, 1 when the \
                files could not be merged (git then leaves this copy as it was).

                Example (as registered by `cj init --git` and `cj store clone`):
                  cj merge-driver %O %A %B %P
                """)

        @Argument(help: "The version both copies started from.") var base: String
        @Argument(help: "This copy; the merged case is written here.") var ours: String
        @Argument(help: "The other copy.") var theirs: String
        @Argument(help: "The case file's name in the store, for messages.") var name: String?

        func run() throws {
            do {
                try merge()
            } catch {
                // Git reads any exit but 0 as "could not merge" and leaves this copy as it was.
                Output.error(error.errorDescription ?? "\(error)")
                throw ExitCode(1)
            }
        }

        private func merge() throws(CaseJourneyError) {
            let author = Author.resolve(explicit: nil, environment: ProcessInfo.processInfo.environment)
            let baseBytes = FileManager.default.contents(atPath: base).map(Array.init)
            if name == SettingsMerge.sharedPath {
                let merged = try SettingsMerge.merge(base: baseBytes, ours: try bytes(ours), theirs: try bytes(theirs), path: name!)
                try AtomicFile.write(merged.bytes, to: ours)
                // `cj sync` picks these lines out of git's output and shows them.
                for line in merged.notKept { Output.note(SettingsMerge.notePrefix + line) }
                return
            }
            let merged = try CaseMerge.merge(base: baseBytes, ours: try bytes(ours), theirs: try bytes(theirs),
                                             path: name ?? ours, by: author, at: Timestamp.now())
            try AtomicFile.write(merged.bytes, to: ours)
            for conflict in merged.conflicts {
                Output.error("\(name ?? ours): \(conflict.about) differs (\(conflict.versions)); both kept as conflict \(conflict.id).")
            }
        }

        private func bytes(_ file: String) throws(CaseJourneyError) -> [UInt8] {
            guard let data = FileManager.default.contents(atPath: file) else { throw .io(path: file, reason: "it could not be read") }
            return Array(data)
        }
    }
}
