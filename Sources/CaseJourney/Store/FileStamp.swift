#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the file system says about a file without reading it: which file it is (device and
/// inode), its size, and when its content and its details last changed.
///
/// Any change to a file's content, by any means (an editor, a copy, a version-control checkout,
/// a rename over it), gives it a new change time, which no program can set back; so two equal
/// stamps mean the same content, provided the stamp was taken after the file's last change
/// could still land in the same clock tick (see `isSettled(before:)`).
public struct FileStamp: Codable, Sendable, Equatable {
    var device: Int64
    var inode: Int64
    var size: Int64
    var modifiedSeconds: Int64
    var modifiedNanoseconds: Int64
    var changedSeconds: Int64
    var changedNanoseconds: Int64

    init(_ status: stat) {
        // Kept as signed numbers, which JSON carries exactly, with the same bits.
        device = Int64(truncatingIfNeeded: status.st_dev)
        inode = Int64(truncatingIfNeeded: status.st_ino)
        size = Int64(status.st_size)
        #if canImport(Darwin)
        modifiedSeconds = Int64(status.st_mtimespec.tv_sec)
        modifiedNanoseconds = Int64(status.st_mtimespec.tv_nsec)
        changedSeconds = Int64(status.st_ctimespec.tv_sec)
        changedNanoseconds = Int64(status.st_ctimespec.tv_nsec)
        #else
        modifiedSeconds = Int64(status.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(status.st_mtim.tv_nsec)
        changedSeconds = Int64(status.st_ctim.tv_sec)
        changedNanoseconds = Int64(status.st_ctim.tv_nsec)
        #endif
    }

    /// The stamp as seven whole numbers, in the order the derived files write them.
    var numbers: [Int64] {
        [device, inode, size, modifiedSeconds, modifiedNanoseconds, changedSeconds, changedNanoseconds]
    }

    /// The stamp `numbers` gave; nil unless there are exactly seven.
    init?(numbers: [Int64]) {
        guard numbers.count == 7 else { return nil }
        (device, inode, size) = (numbers[0], numbers[1], numbers[2])
        (modifiedSeconds, modifiedNanoseconds, changedSeconds, changedNanoseconds) = (numbers[3], numbers[4], numbers[5], numbers[6])
    }

    /// The stamp of an ordinary file at `path`, not following a link; nil for anything else.
    init?(ofFileAt path: String) {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        self.init(status)
    }

    /// True when the file last changed strictly before `clock`, a time read from the same file
    /// system. A change in the same tick as `clock` could be followed by another in that tick
    /// that leaves the stamp as it was, so such a file is not trusted to be settled; nor is one
    /// on another file system, whose clock may differ.
    func isSettled(before clock: FileStamp) -> Bool {
        func earlier(_ seconds: Int64, _ nanoseconds: Int64) -> Bool {
            (seconds, nanoseconds) < (clock.changedSeconds, clock.changedNanoseconds)
        }
        return device == clock.device && earlier(changedSeconds, changedNanoseconds) && earlier(modifiedSeconds, modifiedNanoseconds)
    }
}
