import Foundation

/// Runs the built `cj` the way a user would, in a temporary store.
struct CJResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

final class Sandbox {
    /// The day every command run by a test takes as today.
    static let today = "2027-06-30"

    let folder: String
    var store: String { folder + "/store" }

    init() {
        folder = NSTemporaryDirectory() + "cj-e2e-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The `cj` built beside this test bundle.
    static let executable: URL = {
        let running = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        var folder = running.deletingLastPathComponent()
        // On macOS the tests run inside an .xctest bundle.
        while folder.path.contains(".xctest") { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("cj")
    }()

    @discardableResult
    func cj(_ arguments: String..., environment: [String: String] = [:]) -> CJResult {
        run(arguments, environment: environment)
    }

    func start(_ arguments: [String], environment: [String: String] = [:]) -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = Sandbox.executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var merged = ProcessInfo.processInfo.environment
        merged["CJ_STORE"] = store
        merged["CJ_USER"] = "Test Worker"
        // Tests never depend on the real date: "today" is fixed unless a test says otherwise.
        merged["CJ_TODAY"] = Sandbox.today
        merged.merge(environment) { _, new in new }
        process.environment = merged
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try! process.run()
        return (process, out, err)
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) -> CJResult {
        let (process, out, err) = start(arguments, environment: environment)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CJResult(status: process.terminationStatus,
                        stdout: String(decoding: stdout, as: UTF8.self),
                        stderr: String(decoding: stderr, as: UTF8.self))
    }

    func caseFile(_ id: String) -> String { "\(store)/\(id).json" }

    func read(_ id: String) -> String {
        (try? String(contentsOfFile: caseFile(id), encoding: .utf8)) ?? ""
    }

    /// A store with the Ashworth family: two children, a mother, a father who lives elsewhere.
    func makeFamily(_ id: String = "ASH-01") {
        cj("init")
        cj("case", "new", id, "--family", "Ashworth")
        cj("person", "add", id, "--name", "Amy Ashworth", "--role", "child", "--born", "2019-04-02")
        cj("person", "add", id, "--name", "Ben Ashworth", "--role", "child", "--born", "2022-01-15")
        cj("person", "add", id, "--name", "Kim Ashworth", "--role", "mother", "--parental-responsibility")
        cj("person", "add", id, "--name", "Lee Ashworth", "--role", "father", "--lives-elsewhere")
    }

    /// Every command path, found by walking the SUBCOMMANDS list of each command's help.
    func allCommands(under path: [String] = []) -> [[String]] {
        let help = run(path + ["--help"]).stdout
        guard let start = help.range(of: "SUBCOMMANDS:\n") else { return [path] }
        let names = help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.isEmpty }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { line in line.split(whereSeparator: { $0 == " " || $0 == "," }).first.map(String.init) }
            .filter { $0 != "help" }
        return [path] + names.flatMap { allCommands(under: path + [$0]) }
    }

    /// `makeFamily` plus a health visitor (priya), Sam Okafor as worker from 1 June 2026, a child
    /// protection plan for Amy and Ben from Monday 22 June 2026, and one outcome (o1).
    func makeFamilyWithPlan() {
        makeFamily()
        cj("professional", "add", "ASH-01", "--name", "Priya Shah", "--role", "health visitor", "--agency", "Northtown Community Health")
        cj("worker", "assign", "ASH-01", "--name", "Sam Okafor", "--from", "2026-06-01")
        cj("plan", "start", "ASH-01", "--type", "cp", "--child", "Amy", "--child", "Ben", "--category", "neglect", "--date", "2026-06-22")
        cj("plan", "outcome", "ASH-01", "The children have breakfast every school day", "--date", "2026-06-22")
    }
}
