import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old version or the new one, never a mixture.
///
/// The new content goes to a temporary file in the same folder (a rename is only atomic within one
/// file system), is flushed to disk, and is then renamed over the old file; the folder is flushed
/// too so the rename itself survives a power cut. The file is created readable by its owner only.
public enum AtomicFile {
    public static func write(_ contents: [UInt8], to path: String, mode: mode_t = 0o600) throws(CaseJourneyError) {
        let folder = parentFolder(of: path)
        let name = String(path.split(separator: "/").last ?? Substring(path))
        let temporary = "\(folder)/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"

        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
        guard descriptor >= 0 else { throw .cannotCreate(path: temporary, reason: describeErrno()) }
        // The mode given to open is narrowed by the umask; set it exactly.
        fchmod(descriptor, mode)
        do throws(CaseJourneyError) {
            defer { close(descriptor) }
            try writeAll(contents, to: descriptor, path: temporary)
            guard fsync(descriptor) == 0 else { throw .io(path: temporary, reason: describeErrno()) }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = describeErrno()
            unlink(temporary)
            throw .io(path: path, reason: reason)
        }
        syncFolder(folder)
    }

    /// For crash tests: `CJ_SIMULATE_CRASH_AFTER_BYTES=N` makes the process die abruptly once it has
    /// written N bytes of a file, as a power cut or a killed laptop would.
    private static let simulatedCrashPoint: Int? = {
        guard let text = getenv("CJ_SIMULATE_CRASH_AFTER_BYTES") else { return nil }
        return Int(String(cString: text))
    }()

    private static func writeAll(_ contents: [UInt8], to descriptor: Int32, path: String) throws(CaseJourneyError) {
        var offset = 0
        while offset < contents.count {
            if let crashPoint = simulatedCrashPoint, offset >= crashPoint { _exit(137) }
            let end = simulatedCrashPoint.map { min(contents.count, max($0, offset + 1)) } ?? contents.count
            let written = contents[offset..<end].withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress, buffer.count)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, reason: describeErrno())
            }
            offset += written
        }
    }

    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Removes the temporary copies of `path` that writers killed part-way left behind
    /// (`.<name>.<process>.<random>.tmp`). Only call it while holding the file's lock.
    static func removeLeftovers(of path: String) {
        let folder = parentFolder(of: path)
        let prefix = "." + String(path.split(separator: "/").last ?? Substring(path)) + "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            unlink("\(folder)/\(name)")
        }
    }

    static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
