import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts a program and collects what it printed. A sync runs a dozen short git commands, and
/// Foundation's `Process` waits for each to end in 50 ms steps on Linux, which alone made a sync
/// take most of a second; `posix_spawn` and `waitpid` return as soon as the program ends.
enum ChildProcess {
    struct Finished {
        var status: Int32
        var output: Data
        var errors: Data
    }

    /// Runs `program` with `arguments`, its input empty and its output captured; nil (with
    /// `errno` set) when it cannot be started. The store's own files are opened close-on-exec,
    /// so the program inherits none of them (a lock held by cj stays cj's).
    static func run(_ program: String, _ arguments: [String], environment: [String: String]) -> Finished? {
        var outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1]
        guard makePipe(&outputPipe) else { return nil }
        guard makePipe(&errorPipe) else {
            outputPipe.forEach { close($0) }
            return nil
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        // dup2 clears close-on-exec on the copies, so the program keeps exactly these two.
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)

        var argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, program, &actions, nil, &argv, &envp)
        close(outputPipe[1])
        close(errorPipe[1])
        guard started == 0 else {
            close(outputPipe[0])
            close(errorPipe[0])
            errno = started
            return nil
        }
        // Read both pipes at once, so a long output on one cannot fill it and stall the program.
        let errorReader = DrainedPipe(errorPipe[0])
        let output = readToEnd(outputPipe[0])
        let errors = errorReader.finish()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // A program killed by a signal counts as failed, with the signal's number above 128.
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Finished(status: exitStatus, output: output, errors: errors)
    }

    /// A pipe whose ends are closed in any program started later (the child gets copies).
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// Everything a descriptor gives until end of file; the descriptor is closed.
    fileprivate static func readToEnd(_ descriptor: Int32) -> Data {
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                return data
            }
        }
    }
}

/// Reads one pipe to its end on another thread.
private final class DrainedPipe: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ descriptor: Int32) {
        DispatchQueue.global().async {
            self.data = ChildProcess.readToEnd(descriptor)
            self.done.signal()
        }
    }

    func finish() -> Data {
        done.wait()
        return data
    }
}
