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
    private static var format: Int { 2 }
    /// Index files kept: one per recent question (the overdue list, the agenda and the list of
    /// cases, over a few days).
    private static var kept: Int { 8 }

    let folder: IndexFolder?
    let fileName: String
    let question: String
    private(set) var entries: [String: Entry] = [:]
    /// Each entry's line in the file it was read from, written back as it was when the entry is kept.
    private var lines: [String: Range<Int>] = [:]
    private var bytes: [UInt8] = []

    /// The index for `question` in `store`, as last saved; empty when there is none that can be
    /// trusted (and nothing is saved when the index folder cannot be trusted).
    init(store: CaseStore, question: StoreQuestion) {
        self.question = question.description
        folder = IndexFolder(store: store, creating: true)
        fileName = question.fileName + ".index"
        load()
    }

    /// What the index holds for case `id` if its file is still the one that was read.
    func entry(for id: String, at path: String) -> Entry? {
        guard let entry = entries[id], FileStamp(ofFileAt: path) == entry.stamp else { return nil }
        return entry
    }

    /// The file system's time now; nil when nothing can be saved.
    func clock() -> FileStamp? {
        folder?.clock()
    }

    /// Writes `newEntries` as the index for the next asking, when they differ from what it held.
    mutating func save(_ newEntries: [Entry]) {
        guard let folder else { return }
        let unchanged = newEntries.count == entries.count
            && newEntries.allSatisfy { entries[$0.id]?.stamp == $0.stamp }
        guard !unchanged else { return folder.touch(fileName) }
        guard let writer = folder.writer(for: fileName) else { return }
        // Only the new and changed entries are written afresh, on all cores; the rest are copied.
        let fresh = newEntries.indices.filter { entries[newEntries[$0].id]?.stamp != newEntries[$0].stamp }
        let freshLines = ConcurrentResults<[UInt8]>(count: fresh.count)
        DispatchQueue.concurrentPerform(iterations: fresh.count) { index in
            freshLines.set(index, StoreIndex.line(newEntries[fresh[index]]))
        }
        var written = Dictionary(uniqueKeysWithValues: zip(fresh, freshLines.values))
        writer.append(StoreIndex.line(Header(format: StoreIndex.format, question: question)))
        for (position, entry) in newEntries.enumerated() {
            if let line = written.removeValue(forKey: position) {
                writer.append(line ?? [])
            } else {
                writer.append(bytes[lines[entry.id]!])
            }
        }
        // The index is made again whenever it is missing or damaged: it needs no flush to disk.
        guard writer.commit(durable: false) else { return }
        folder.removeOld(endingWith: ".index", keeping: StoreIndex.kept)
    }

    // MARK: Reading and writing the file

    /// One value as a line of JSON (text in JSON never holds a raw line break), followed by a
    /// space and the checksum of the JSON.
    private static func line(_ value: some Encodable) -> [UInt8] {
        guard var json = try? InlineJSONEncoder.encode(value) else { return [] }
        json += (" " + Checksum.text(Checksum.of(json[...])) + "\n").utf8
        return json
    }

    /// The JSON of a line `line` wrote, when its checksum matches.
    private static func json(of line: Range<Int>, in bytes: [UInt8]) -> Range<Int>? {
        let suffix = 18  // " ", 16 digits, "\n"
        guard line.count > suffix, bytes[line.upperBound - suffix] == UInt8(ascii: " ") else { return nil }
        let json = line.lowerBound..<(line.upperBound - suffix)
        let written = String(decoding: bytes[(json.upperBound + 1)..<(line.upperBound - 1)], as: UTF8.self)
        guard UInt64(written, radix: 16) == Checksum.of(bytes[json]) else { return nil }
        return json
    }

    private mutating func load() {
        guard let bytes = folder?.read(fileName) else { return }
        var lines: [Range<Int>] = []
        var start = 0
        while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(start..<(end + 1))
            start = end + 1
        }
        guard let header = lines.first.flatMap({ StoreIndex.json(of: $0, in: bytes) }).flatMap({ StoreIndex.decode(Header.self, bytes, $0) }),
              header.format == StoreIndex.format, header.question == question else { return }
        let body = Array(lines.dropFirst())
        let decoded = ConcurrentResults<Entry>(count: body.count)
        DispatchQueue.concurrentPerform(iterations: body.count) { index in
            if let json = StoreIndex.json(of: body[index], in: bytes), let entry = StoreIndex.decode(Entry.self, bytes, json) {
                decoded.set(index, entry)
            }
        }
        // A line that does not read means the file is damaged: trust none of it.
        let entries = decoded.values.compactMap { $0 }
        guard entries.count == body.count, Set(entries.map(\.id)).count == entries.count else { return }
        self.entries = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0) })
        self.lines = Dictionary(uniqueKeysWithValues: zip(entries.map(\.id), body))
        self.bytes = bytes
    }

    private static func decode<Line: Decodable>(_ type: Line.Type, _ bytes: [UInt8], _ range: Range<Int>) -> Line? {
        bytes.withUnsafeBufferPointer { buffer in
            try? JSONBytesDecoder.decode(type, from: UnsafeBufferPointer(rebasing: buffer[range]))
        }
    }
}
