import Foundation

/// `<store>/.casejourney/index/`, where derived files (`StoreIndex`, `SavedReport`) are kept.
///
/// They hold families' details, so the folder is used only when it is a real folder (not a
/// link), owned by whoever runs the command and readable by them alone, on a local disk: a
/// network drive may report a file's details from a cache while its content has changed. Every
/// file in it is opened without following links, and must be an ordinary file.
struct IndexFolder: Sendable {
    let path: String

    /// The store's index folder, made if `creating` and missing; nil when it cannot be trusted
    /// (then nothing is indexed and every file is read).
    init?(store: CaseStore, creating: Bool) {
        path = store.indexFolder
        guard IndexFolder.isLocal(store.path) else { return nil }
        if creating, mkdir(path, 0o700) != 0, errno != EEXIST { return nil }
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_uid == geteuid() else { return nil }
        if status.st_mode & 0o077 != 0, fchmod(descriptor, 0o700) != 0 { return nil }
    }

    /// An ordinary file of the folder's own: made by this user, with no other name (a hard link
    /// could make a write here land in a file elsewhere).
    private static func isOwnFile(_ status: stat) -> Bool {
        status.st_mode & S_IFMT == S_IFREG && status.st_uid == geteuid() && status.st_nlink == 1
    }

    /// The whole of an ordinary file in the folder, if it is no larger than `limit` bytes.
    func read(_ name: String, limit: Int = 1 << 31) -> [UInt8]? {
        let descriptor = open(path + "/" + name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, IndexFolder.isOwnFile(status), Int(status.st_size) <= limit else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            filled += count
        }
        return bytes
    }

    /// The file system's time now, read by touching `clock`; nil when the folder cannot be written.
    func clock() -> FileStamp? {
        let file = path + "/clock"
        var descriptor = open(file, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if descriptor < 0, errno == ENOENT {
            descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, IndexFolder.isOwnFile(status) else {
            // Not ours to write to: put a new one in its place next time.
            unlink(file)
            return nil
        }
        var byte = UInt8(ascii: "\n")
        guard pwrite(descriptor, &byte, 1, 0) == 1, fstat(descriptor, &status) == 0 else { return nil }
        return FileStamp(status)
    }

    /// Marks a file as just used, so that it is among the last to be removed.
    func touch(_ name: String) {
        utimensat(AT_FDCWD, path + "/" + name, nil, AT_SYMLINK_NOFOLLOW)
    }

    /// Keeps the `kept` most recently used files ending in `suffix` and removes the rest, with
    /// any temporary file a command stopped part-way (a closed pipe, Ctrl-C) left over an hour ago.
    func removeOld(endingWith suffix: String, keeping kept: Int) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        let anHourAgo = Int64(Date().timeIntervalSince1970) - 3600
        var files: [(name: String, stamp: FileStamp)] = []
        for name in names {
            guard let stamp = FileStamp(ofFileAt: path + "/" + name) else { continue }
            if name.hasSuffix(".tmp"), stamp.modifiedSeconds < anHourAgo { unlink(path + "/" + name) }
            if name.hasSuffix(suffix) { files.append((name, stamp)) }
        }
        let newestFirst = files.sorted {
            ($0.stamp.modifiedSeconds, $0.stamp.modifiedNanoseconds) > ($1.stamp.modifiedSeconds, $1.stamp.modifiedNanoseconds)
        }
        for file in newestFirst.dropFirst(kept) { unlink(path + "/" + file.name) }
    }

    /// A new file in the folder, written piece by piece and put in place by `commit`.
    func writer(for name: String) -> Writer? {
        Writer(folder: self, name: name)
    }

    final class Writer {
        private let temporary: String
        private let destination: String
        private var descriptor: Int32
        private var failed = false

        fileprivate init?(folder: IndexFolder, name: String) {
            destination = folder.path + "/" + name
            temporary = destination + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { return nil }
            fchmod(descriptor, 0o600)
        }

        func append(_ bytes: UnsafeRawBufferPointer) {
            var offset = 0
            while !failed, offset < bytes.count {
                let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0, errno == EINTR { continue }
                if written <= 0 { failed = true }
                offset += max(written, 0)
            }
        }

        func append(_ data: Data) { data.withUnsafeBytes(append) }
        func append(_ bytes: [UInt8]) { bytes.withUnsafeBytes(append) }
        func append(_ bytes: ArraySlice<UInt8>) { bytes.withUnsafeBytes(append) }

        /// Puts the file in place, flushed to disk first when `durable` (else a crash could
        /// leave it with holes); false when anything went wrong, and then nothing is put in place.
        @discardableResult
        func commit(durable: Bool) -> Bool {
            let flushed = !durable || fsync(descriptor) == 0
            close(descriptor)
            descriptor = -1
            guard !failed, flushed, rename(temporary, destination) == 0 else {
                unlink(temporary)
                return false
            }
            return true
        }

        deinit {
            if descriptor >= 0 {
                close(descriptor)
                unlink(temporary)
            }
        }
    }

    /// False on network drives, whose file details may come from a cache.
    private static func isLocal(_ path: String) -> Bool {
        #if os(Linux)
        guard let resolved = realpath(path, nil) else { return false }
        let folder = String(cString: resolved)
        free(resolved)
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return true }
        // The mount the folder is on is the longest mount point that contains it.
        var type = ""
        var longest = -1
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = fields[1].replacingOccurrences(of: "\\040", with: " ")
            let contains = point == "/" || folder == point || folder.hasPrefix(point + "/")
            if contains, point.count > longest {
                longest = point.count
                type = String(fields[2])
            }
        }
        let network: Set<String> = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "lustre", "gpfs", "sshfs"]
        return !network.contains(type) && !type.hasPrefix("fuse.")
        #else
        var info = statfs()
        guard statfs(path, &info) == 0 else { return false }
        return info.f_flags & UInt32(MNT_LOCAL) != 0
        #endif
    }
}
