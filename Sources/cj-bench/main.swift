import CaseJourney
import Foundation

// cj-bench: builds a store of invented cases and times the commands a team uses every day.
//
//   swift build -c release
//   .build/release/cj-bench [--cases 10000] [--runs 5] [--store DIR]
//
// It compares each store-wide command (`cj visit overdue`, `cj due`, `cj case list`,
// `cj validate`, `cj report caseload`, `cj report annex-a`) with `cat`ing the same files to /dev/null (the floor for any program that reads
// every file), first reading every file and then, for the overdue list and the agenda, asked
// again with the store's index; reports peak memory, and times `cj visit log` and
// `cj plan summary` on a case with two years of history.

var options: [String: String] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    guard flag.hasPrefix("--"), let value = arguments.popFirst() else {
        print("usage: cj-bench [--cases N] [--runs N] [--store DIR] [--cj PATH]")
        exit(64)
    }
    options[String(flag.dropFirst(2))] = value
}
let caseCount = Int(options["cases"] ?? "10000") ?? 10_000
let runs = Int(options["runs"] ?? "5") ?? 5
let binFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
let cj = options["cj"] ?? binFolder + "/cj"
let storePath = options["store"] ?? NSTemporaryDirectory() + "cj-bench-\(caseCount)"
let asOf = CalendarDate("2026-11-23")!

/// Deletes a folder only if this benchmark made it (it leaves a marker file), so a mistyped
/// `--store` can never wipe a real case store.
func removeBenchFolder(_ path: String) {
    guard FileManager.default.fileExists(atPath: path) else { return }
    guard FileManager.default.fileExists(atPath: path + "/.cj-bench") else {
        print("\(path) exists and was not made by cj-bench; choose another --store.")
        exit(73)
    }
    try? FileManager.default.removeItem(atPath: path)
}

func makeBenchStore(_ path: String) throws -> CaseStore {
    let store = CaseStore(path: path)
    try store.initialise()
    _ = FileManager.default.createFile(atPath: path + "/.cj-bench", contents: Data("made by cj-bench\n".utf8))
    return store
}

// 1. The store (reused when it already has the right number of cases).
let existing = CaseStore(path: storePath)
let reusable = (try? existing.caseIDs().count) == caseCount && FileManager.default.fileExists(atPath: storePath + "/.cj-bench")
if !reusable { removeBenchFolder(storePath) }
let store = reusable ? existing : try makeBenchStore(storePath)
if !reusable {
    print("Generating \(caseCount) cases in \(storePath) ...")
    let ids = (0..<caseCount).map { String(format: "BENCH-%05d", $0) }
    DispatchQueue.concurrentPerform(iterations: caseCount) { index in
        var generator = CaseGenerator(seed: UInt64(index), lastDay: asOf)
        let value = generator.makeCase(id: ids[index])
        try! AtomicFile.write(CaseFileCodec.encode(value), to: store.casePath(ids[index]))
    }
}
let files = try store.caseIDs().map(store.casePath)
let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
let totalMB = Double(sizes.reduce(0, +)) / 1_048_576
print("Store: \(files.count) cases, \(String(format: "%.0f", totalMB)) MB, "
      + "\(sizes.min()! / 1024)–\(sizes.max()! / 1024) KB each (median \(sizes.sorted()[sizes.count / 2] / 1024) KB)")

// 2. The floor: reading every file once. Warm the page cache first so both sides read from memory.
let catCommand = ["/bin/sh", "-c", "cat \"$0\"/*.json > /dev/null", storePath]
_ = measure(catCommand)
let cat = median((0..<runs).map { _ in measure(catCommand) })

// 3. The store-wide commands a team manager runs, each against the floor: first reading every
// file (the store's index removed before each run), then the overdue list and the agenda asked
// again, with nothing changed and with one case changed since.
struct StoreCommand {
    enum Index { case removed, kept, keptWithOneCaseChanged }
    var name: String
    var arguments: [String]
    var index = Index.removed
    var ratioTarget = 2.0
}
let overdueArguments = ["visit", "overdue", "--as-of", asOf.description, "--format", "json"]
let dueArguments = ["due", "--as-of", asOf.description, "--format", "json"]
let listArguments = ["case", "list", "--format", "json"]
let storeCommands = [
    StoreCommand(name: "`cj visit overdue --format json` over the store", arguments: overdueArguments),
    StoreCommand(name: "`cj due --format json` over the store", arguments: dueArguments),
    StoreCommand(name: "`cj case list --format json` over the store", arguments: listArguments),
    StoreCommand(name: "`cj validate` over the store", arguments: ["validate", "--as-of", asOf.description]),
    StoreCommand(name: "`cj report caseload --format json` over the store", arguments: ["report", "caseload", "--as-of", asOf.description, "--format", "json"]),
    StoreCommand(name: "`cj report annex-a` over the store", arguments: ["report", "annex-a", "--as-of", asOf.description]),
    StoreCommand(name: "`cj visit overdue` asked again, nothing changed", arguments: overdueArguments, index: .kept, ratioTarget: 0.2),
    StoreCommand(name: "`cj due` asked again, nothing changed", arguments: dueArguments, index: .kept, ratioTarget: 0.2),
    StoreCommand(name: "`cj case list` asked again, nothing changed", arguments: listArguments, index: .kept, ratioTarget: 0.2),
    StoreCommand(name: "`cj visit overdue` asked again, one case changed", arguments: overdueArguments, index: .keptWithOneCaseChanged),
    StoreCommand(name: "`cj due` asked again, one case changed", arguments: dueArguments, index: .keptWithOneCaseChanged),
    StoreCommand(name: "`cj case list` asked again, one case changed", arguments: listArguments, index: .keptWithOneCaseChanged),
]
let indexFolder = storePath + "/.casejourney/index"
/// Writes a case file again (the same content, as a new file), as saving it in an editor would.
func changeOneCase() {
    let contents = FileManager.default.contents(atPath: files[0])!
    try! AtomicFile.write(Array(contents), to: files[0])
}
/// A command measured against `cat` run just before it, so a slow moment on a shared machine
/// slows both: the ratio is the figure that matters, with its spread over the runs.
struct StoreResult {
    var command: StoreCommand
    var median: Measurement
    var ratios: [Double]
    var peakMegabytes: Double
}
var storeResults: [StoreResult] = []
for command in storeCommands {
    let arguments = [cj] + command.arguments + ["--store", storePath]
    var measurements: [Measurement] = []
    var ratios: [Double] = []
    if command.index != .removed { _ = measure(arguments) }
    for _ in 0..<runs {
        if command.index == .keptWithOneCaseChanged { changeOneCase() }
        let floor = measure(catCommand)
        if command.index == .removed { try? FileManager.default.removeItem(atPath: indexFolder) }
        let result = measure(arguments)
        guard result.status == 0 else { print("\(command.name) failed with exit \(result.status)"); exit(1) }
        measurements.append(result)
        ratios.append(result.seconds / floor.seconds)
    }
    storeResults.append(StoreResult(command: command, median: median(measurements), ratios: ratios.sorted(),
                                    peakMegabytes: measurements.map(\.peakMegabytes).max() ?? 0))
}

// 4. Logging a visit, and a parent summary, on a case with two years of history (a private copy,
// so the store is unchanged).
let logStorePath = storePath + "-log"
removeBenchFolder(logStorePath)
let logStore = try makeBenchStore(logStorePath)
let largest = files[sizes.firstIndex(of: sizes.max()!)!]
let largestID = String(URL(fileURLWithPath: largest).deletingPathExtension().lastPathComponent)
try FileManager.default.copyItem(atPath: largest, toPath: logStore.casePath(largestID))
let logCommand = [cj, "visit", "log", largestID, "--store", logStorePath, "--date", asOf.description,
                  "--seen-alone", "c1", "--note", "Benchmark visit", "--by", "Bench", "--again"]
let log = median((0..<max(runs, 9)).map { _ in measure(logCommand) })
guard log.status == 0 else { print("cj visit log failed with exit \(log.status)"); exit(1) }
let summaryCommand = [cj, "plan", "summary", largestID, "--store", logStorePath, "--as-of", asOf.description]
let summary = median((0..<max(runs, 9)).map { _ in measure(summaryCommand) })
guard summary.status == 0 else { print("cj plan summary failed with exit \(summary.status)"); exit(1) }

// 5. Sharing through git: a copy of the store on a local server, a worker's clone, and a visit
// logged to the same case on both sides before each sync, so every pull runs the case merge.
let sharing = try measureSharing()

let memoryTarget = 150.0
var table = """

| Measurement (median of \(runs) runs) | Time | × cat (median, range) | Peak memory | Target |
|---|---|---|---|---|
| `cat` all \(files.count) case files to /dev/null | \(format(cat.seconds)) | 1.0 | | |

"""
for result in storeResults {
    let ratio = result.ratios[result.ratios.count / 2]
    let met = ratio <= result.command.ratioTarget && result.peakMegabytes < memoryTarget
    let target = String(format: result.command.ratioTarget < 1 ? "%.1f" : "%.0f", result.command.ratioTarget)
    table += "| \(result.command.name) | \(format(result.median.seconds)) | "
        + String(format: "%.2f (%.2f–%.2f)", ratio, result.ratios.first!, result.ratios.last!) + " | "
        + String(format: "%.0f MB", result.peakMegabytes) + " | "
        + "≤ \(target)× cat, < \(String(format: "%.0f", memoryTarget)) MB: " + (met ? "met" : "not met") + " |\n"
}
table += "| `cj visit log` on a \(sizes.max()! / 1024) KB case | \(format(log.seconds)) | | \(String(format: "%.0f", log.peakMegabytes)) MB | under 50 ms |\n"
table += "| `cj plan summary` of that case | \(format(summary.seconds)) | | \(String(format: "%.0f", summary.peakMegabytes)) MB | |\n"
table += "| `cj visit log` in a shared store (one commit) | \(format(sharing.log.seconds)) | | \(String(format: "%.0f", sharing.log.peakMegabytes)) MB | |\n"
table += "| `cj sync` sending one changed case | \(format(sharing.send.seconds)) | | \(String(format: "%.0f", sharing.send.peakMegabytes)) MB | under 1 s |\n"
table += "| `cj sync` bringing it in and merging it with a local change | \(format(sharing.merge.seconds)) | | \(String(format: "%.0f", sharing.merge.peakMegabytes)) MB | under 1 s |"
print(table)
