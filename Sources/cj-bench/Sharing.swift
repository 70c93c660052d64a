import CaseJourney
import Foundation

/// What sharing a store costs a worker: logging a visit (one commit), sending it, and the
/// manager's sync that brings it in and merges it with their own change to the same case.
struct SharingResult {
    var log: Measurement
    var send: Measurement
    var merge: Measurement
}

/// Builds a team of two on a local bare repository holding a copy of the whole bench store, then
/// times each step over several rounds. The copies live beside the bench store and are rebuilt
/// every time, so the figures always start from a store of exactly `caseCount` cases.
func measureSharing() throws -> SharingResult {
    let serverPath = storePath + "-server.git"
    let managerPath = storePath + "-manager"
    let workerPath = storePath + "-worker"
    for path in [serverPath, managerPath, workerPath] { removeBenchFolder(path) }

    print("Sharing the store through git (a one-off commit of every case) ...")
    try FileManager.default.copyItem(atPath: storePath, toPath: managerPath)
    try FileManager.default.createDirectory(atPath: serverPath, withIntermediateDirectories: false)
    _ = FileManager.default.createFile(atPath: serverPath + "/.cj-bench", contents: Data("made by cj-bench\n".utf8))
    try runOnce(["/usr/bin/env", "git", "init", "--bare", "--quiet", "--initial-branch=main", serverPath])
    try runOnce([cj, "init", "--git", "--remote", serverPath, "--by", "Bench Manager", "--store", managerPath])
    try runOnce([cj, "sync", "--by", "Bench Manager", "--store", managerPath])
    try runOnce([cj, "store", "clone", serverPath, "--by", "Bench Worker", "--store", workerPath])
    _ = FileManager.default.createFile(atPath: workerPath + "/.cj-bench", contents: Data("made by cj-bench\n".utf8))

    let caseID = "BENCH-00000"
    var logs: [Measurement] = [], sends: [Measurement] = [], merges: [Measurement] = []
    for round in 0..<max(runs, 5) {
        let visit = ["visit", "log", caseID, "--date", asOf.description, "--seen-alone", "c1", "--again"]
        let log = measure([cj] + visit + ["--note", "Worker visit \(round)", "--by", "Bench Worker", "--store", workerPath])
        try runOnce([cj] + visit + ["--note", "Manager visit \(round)", "--by", "Bench Manager", "--store", managerPath])
        let send = measure([cj, "sync", "--by", "Bench Worker", "--store", workerPath])
        let merge = measure([cj, "sync", "--by", "Bench Manager", "--store", managerPath])
        for step in [log, send, merge] where step.status != 0 {
            print("A sharing step failed with exit \(step.status)")
            exit(1)
        }
        logs.append(log); sends.append(send); merges.append(merge)
    }
    return SharingResult(log: median(logs), send: median(sends), merge: median(merges))
}

/// Runs a setup step, stopping the benchmark if it fails.
func runOnce(_ arguments: [String]) throws {
    let result = measure(arguments)
    guard result.status == 0 else {
        print("\(arguments.prefix(3).joined(separator: " ")) ... failed with exit \(result.status)")
        exit(1)
    }
}
