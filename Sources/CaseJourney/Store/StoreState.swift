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
        guard let ids = try? store.caseIDs(), ids == files.map(\.id),
              (try? store.misnamedCaseFiles())?.isEmpty == true else { return false }
        let files = files
        let changed = ConcurrentResults<Bool>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            if FileStamp(ofFileAt: store.casePath(files[index].id)) != files[index].stamp { changed.set(index, true) }
        }
        return !changed.values.contains { $0 == true }
    }

    // MARK: As text: one line per file, `id device inode size modified changed`

    var text: String {
        files.map { file in
            let stamp = file.stamp
            return "\(file.id) \(stamp.device) \(stamp.inode) \(stamp.size) \(stamp.modifiedSeconds) \(stamp.modifiedNanoseconds) "
                + "\(stamp.changedSeconds) \(stamp.changedNanoseconds)\n"
        }.joined()
    }

    init(files: [File]) {
        self.files = files
    }

    /// Reads `lines` as `text` wrote them; nil when any line does not read.
    init?<Lines: Sequence>(lines: Lines) where Lines.Element: StringProtocol {
        var files: [File] = []
        for line in lines {
            let fields = line.split(separator: " ")
            guard fields.count == 8 else { return nil }
            let numbers = fields.dropFirst().compactMap { Int64($0) }
            guard numbers.count == 7 else { return nil }
            files.append(File(id: String(fields[0]), stamp: FileStamp(
                device: numbers[0], inode: numbers[1], size: numbers[2], modifiedSeconds: numbers[3],
                modifiedNanoseconds: numbers[4], changedSeconds: numbers[5], changedNanoseconds: numbers[6])))
        }
        self.files = files
    }
}
