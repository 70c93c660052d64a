import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on one case, held around every read-modify-write of its file.
///
/// It is an advisory `flock` on `<store>/.casejourney/locks/<case-id>.lock`, so the operating
/// system releases it when the holder exits, even after a crash: there are no stale locks to
/// clear by hand. The holder writes who it is into the lock file so a command that gives up can
/// say who it was waiting for.
public final class CaseLock {
    private var descriptor: Int32

    /// Waits up to `timeout` seconds for the lock, then throws `.locked` (exit 75).
    public init(path: String, caseID: String, holder: String, timeout: Double) throws(CaseJourneyError) {
        // Never through a link: a link planted here must not make the lock truncate its target.
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else {
            let reason = errno == ELOOP ? "it is a link, and a lock file must be a plain file: remove it" : describeErrno()
            throw .cannotCreate(path: path, reason: reason)
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw .cannotCreate(path: path, reason: "it is not a plain file: remove it")
        }
        let deadline = Date().addingTimeInterval(timeout)
        var pause: UInt32 = 2_000
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                let holderNow = CaseLock.describeHolder(descriptor)
                close(descriptor)
                throw .locked(caseID: caseID, holder: holderNow)
            }
            usleep(pause + UInt32.random(in: 0...pause))
            pause = min(pause * 2, 50_000)
        }
        self.descriptor = descriptor
        recordHolder(holder)
    }

    /// Releases the lock now rather than when the object goes away.
    public func release() {
        guard descriptor >= 0 else { return }
        ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    private func recordHolder(_ holder: String) {
        let text = "\(holder), process \(getpid()), since \(Timestamp.now())\n"
        ftruncate(descriptor, 0)
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    private static func describeHolder(_ descriptor: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[..<count], as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}

/// UTC timestamps for history entries and lock records.
public enum Timestamp {
    /// `2026-11-23T17:09:07Z`.
    public static func now() -> String {
        format(Date())
    }

    /// True for a timestamp as `format` writes it: `2026-11-23T17:09:07Z`, a real day and time.
    /// Read in place, with nothing allocated: every history entry of every case is checked on
    /// every store-wide reading.
    public static func isWellFormed(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isWellFormed) ?? Array(text.utf8).withUnsafeBufferPointer(isWellFormed)
    }

    private static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              bytes[19] == UInt8(ascii: "Z") else { return false }
        func number(_ at: Int) -> Int? {
            let tens = Int(bytes[at]) - 48, units = Int(bytes[at + 1]) - 48
            return (0...9).contains(tens) && (0...9).contains(units) ? tens * 10 + units : nil
        }
        guard let hour = number(11), hour < 24, let minute = number(14), minute < 60, let second = number(17), second < 61 else { return false }
        return CalendarDate(utf8: UnsafeBufferPointer(rebasing: bytes[0..<10])) != nil
    }

    public static func format(_ date: Date) -> String {
        var formatter = Date.ISO8601FormatStyle()
        formatter.timeZone = TimeZone(identifier: "UTC")!
        return formatter.format(date)
    }
}
