import Foundation

/// Every case file a store-wide answer was made from, each with its stamp when it was read,
/// and nothing else in the store that looks like a case file. Two equal states mean the same
/// case files with the same content (see `FileStamp`).
public struct StoreState: Sendable, Equatable {
    struct File: Sendable, Equatable {
        var id: String
        var stamp: FileStamp
    }

    /// In case-id order.
    var files: [File]

    /// True when the store holds exactly these case files now, unchanged, and no misnamed one.
    func isCurrent(in store: CaseStore) -> Bool {
        guard let listing = try? store.caseFiles(), listing.misnamed.isEmpty, listing.ids == files.map(\.id) else { return false }
        let files = files
        let changed = ConcurrentResults<Bool>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            if FileStamp(ofFileAt: store.casePath(files[index].id)) != files[index].stamp { changed.set(index, true) }
        }
        return !changed.values.contains { $0 == true }
    }

    // MARK: As text: one line per file, `id device inode size modified changed`

    var text: String {
        files.map { file in ([file.id] + file.stamp.numbers.map(String.init)).joined(separator: " ") + "\n" }.joined()
    }

    init(files: [File]) {
        self.files = files
    }

    /// Reads the lines `text` wrote, each given as a range of `bytes`; nil when any line does not read.
    init?(bytes: [UInt8], lines: [Range<Int>]) {
        var files: [File] = []
        files.reserveCapacity(lines.count)
        for line in lines {
            var fields: [Range<Int>] = []
            var start = line.lowerBound
            for index in line where bytes[index] == UInt8(ascii: " ") {
                fields.append(start..<index)
                start = index + 1
            }
            fields.append(start..<line.upperBound)
            // A number too large for 64 bits, like any other damage, means the line does not read.
            let numbers = fields.dropFirst().compactMap { Int64(String(decoding: bytes[$0], as: UTF8.self)) }
            guard fields.count == 8, !fields[0].isEmpty, let stamp = FileStamp(numbers: numbers) else { return nil }
            files.append(File(id: String(decoding: bytes[fields[0]], as: UTF8.self), stamp: stamp))
        }
        self.files = files
    }
}
