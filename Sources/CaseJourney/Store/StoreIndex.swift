import Foundation

/// A derived record, under `.casejourney/index/`, of what one store-wide question gave for each
/// case file, with the file's stamp when it was read: asking the same question again reads only
/// the case files that are new or whose stamp has changed, and takes the rest from here.
///
/// It is never the source of truth. A question is the query, its parameters, the team's
/// settings and this build of the program, written out in full in the index and compared
/// exactly, so a change to any of them starts a new index. Only an answer that read cleanly is
/// kept: a file that could not be read is read again every time. An index that is damaged, or
/// was written for another question, is ignored and made again; deleting the folder is always
/// safe. The shared store's `.gitignore` keeps it out of version control.
struct StoreIndex<Value: Codable & Sendable>: Sendable {
    struct Entry: Codable, Sendable {
        var id: String
        var stamp: FileStamp
        var value: Value
    }

    private struct Header: Codable {
        var format: Int
        var question: String
    }

    /// Raise when what an index holds changes shape.
    private static var format: Int { 1 }
    /// Index files kept: one per recent question (the overdue list and the agenda, a few days).
    private static var kept: Int { 8 }

    let folder: String
    let file: String
    let question: String
    private(set) var entries: [String: Entry] = [:]

    /// The index for `question` in `store`, as last saved; empty when there is none that can be
    /// trusted.
    init(store: CaseStore, question: StoreQuestion) {
        self.question = question.description
        folder = store.indexFolder
        file = folder + "/\(question.fileName).index"
        entries = load()
    }

    /// What the index holds for case `id` if its file is still the one that was read.
    func entry(for id: String, at path: String) -> Entry? {
        guard let entry = entries[id], FileStamp(ofFileAt: path) == entry.stamp else { return nil }
        return entry
    }

    /// The file system's time now, read by touching a file in the index folder; nil when the
    /// folder cannot be written (a read-only store), and then nothing is saved.
    func clock() -> FileStamp? {
        guard mkdir(folder, 0o700) == 0 || errno == EEXIST else { return nil }
        let descriptor = open(folder + "/clock", O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var byte = UInt8(ascii: "\n")
        var status = stat()
        guard systemWrite(descriptor, &byte, 1) == 1, fstat(descriptor, &status) == 0 else { return nil }
        return FileStamp(status)
    }

    /// Replaces what the index holds with `entries`, when they differ from what it held.
    mutating func save(_ newEntries: [Entry]) {
        let unchanged = newEntries.count == entries.count
            && newEntries.allSatisfy { entries[$0.id]?.stamp == $0.stamp }
        guard !unchanged else { return }
        let lines = ConcurrentResults<[UInt8]>(count: newEntries.count)
        DispatchQueue.concurrentPerform(iterations: newEntries.count) { index in
            lines.set(index, StoreIndex.line(newEntries[index]))
        }
        var bytes = StoreIndex.line(Header(format: StoreIndex.format, question: question))
        for line in lines.values { bytes += line ?? [] }
        // The index is made again whenever it is missing: it needs no flush to disk.
        guard (try? AtomicFile.write(bytes, to: file, durable: false)) != nil else { return }
        entries = Dictionary(newEntries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        StoreIndex.removeOldFiles(in: folder, endingWith: ".index", keeping: StoreIndex.kept)
    }

    // MARK: Reading and writing the file

    /// One value as a line of JSON (text in JSON never holds a raw line break).
    private static func line(_ value: some Encodable) -> [UInt8] {
        guard let tree = try? JSONValueEncoder.encode(value) else { return [] }
        return Array((JSONWriter.inline(tree) + "\n").utf8)
    }

    private func load() -> [String: Entry] {
        guard let data = FileManager.default.contents(atPath: file) else { return [:] }
        let bytes = [UInt8](data)
        var lines: [Range<Int>] = []
        var start = 0
        while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(start..<end)
            start = end + 1
        }
        guard let header = lines.first.flatMap({ StoreIndex.decode(Header.self, bytes, $0) }),
              header.format == StoreIndex.format, header.question == question else { return [:] }
        let body = Array(lines.dropFirst())
        let decoded = ConcurrentResults<Entry>(count: body.count)
        DispatchQueue.concurrentPerform(iterations: body.count) { index in
            if let entry = StoreIndex.decode(Entry.self, bytes, body[index]) { decoded.set(index, entry) }
        }
        // A line that does not read means the file is damaged: trust none of it.
        let entries = decoded.values.compactMap { $0 }
        guard entries.count == body.count else { return [:] }
        return Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func decode<Line: Decodable>(_ type: Line.Type, _ bytes: [UInt8], _ range: Range<Int>) -> Line? {
        bytes.withUnsafeBufferPointer { buffer in
            try? JSONBytesDecoder.decode(type, from: UnsafeBufferPointer(rebasing: buffer[range]))
        }
    }

    /// Keeps the most recently written index files (and saved reports) and removes the rest.
    static func removeOldFiles(in folder: String, endingWith suffix: String, keeping kept: Int) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let indexes = names.filter { $0.hasSuffix(suffix) }.compactMap { name -> (String, Int64)? in
            guard let stamp = FileStamp(ofFileAt: folder + "/" + name) else { return nil }
            return (name, stamp.modifiedSeconds)
        }
        for (name, _) in indexes.sorted(by: { $0.1 > $1.1 }).dropFirst(kept) {
            unlink(folder + "/" + name)
        }
    }

}

/// A store-wide question whose answer for each case depends only on that case's file and on
/// what is written here: the query, its parameters, the team's settings and this build.
public struct StoreQuestion: Sendable, CustomStringConvertible {
    var name: String
    public let description: String

    init?(name: String, parameters: [String], settings: StoreSettings) {
        guard let build = BuildIdentity.current else { return nil }
        self.name = name
        description = ([name] + parameters + ["settings " + JSONWriter.inline(CaseFileCodec.encodeTree(settings)), "build " + build])
            .joined(separator: "\n")
    }

    /// A short, stable name for files about this question (the question itself is compared in full).
    var fileName: String { name + "-" + StoreQuestion.hash(description) }

    /// FNV-1a, for short file names; what is hashed is always compared in full too.
    static func hash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}

/// Which build of the program is running, so an index written by another (whose rules may
/// differ) is never trusted: the running program file's stamp.
enum BuildIdentity {
    static let current: String? = {
        #if os(Linux)
        let path = "/proc/self/exe"
        #else
        guard let path = Bundle.main.executablePath else { return nil }
        #endif
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let stamp = FileStamp(status)
        return "\(stamp.device) \(stamp.inode) \(stamp.size) \(stamp.modifiedSeconds).\(stamp.modifiedNanoseconds)"
    }()
}
