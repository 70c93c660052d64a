import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of a command: how long it took and its peak memory.
struct Measurement {
    var seconds: Double
    var peakMegabytes: Double
    var status: Int32
}

/// Runs a command with its output sent to /dev/null, and measures it with wait4.
func measure(_ arguments: [String]) -> Measurement {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let start = DispatchTime.now()
    var pid: pid_t = 0
    guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else {
        fatalError("could not start \(arguments[0])")
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    // ru_maxrss is in kilobytes on Linux.
    return Measurement(seconds: seconds, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF)
}

/// The median of several runs, which shrugs off one slow run.
func median(_ runs: [Measurement]) -> Measurement {
    let sorted = runs.sorted { $0.seconds < $1.seconds }
    return sorted[sorted.count / 2]
}

func format(_ seconds: Double) -> String {
    seconds < 1 ? String(format: "%.0f ms", seconds * 1000) : String(format: "%.2f s", seconds)
}
