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
        files.map { file in
            let stamp = file.stamp
            return "\(file.id) \(stamp.device) \(stamp.inode) \(stamp.size) \(stamp.modifiedSeconds) \(stamp.modifiedNanoseconds) "
                + "\(stamp.changedSeconds) \(stamp.changedNanoseconds)\n"
        }.joined()
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
            guard fields.count == 8, !fields[0].isEmpty else { return nil }
            var numbers: [Int64] = []
            for field in fields.dropFirst() {
                guard let number = StoreState.number(bytes[field]) else { return nil }
                numbers.append(number)
            }
            files.append(File(id: String(decoding: bytes[fields[0]], as: UTF8.self), stamp: FileStamp(
                device: numbers[0], inode: numbers[1], size: numbers[2], modifiedSeconds: numbers[3],
                modifiedNanoseconds: numbers[4], changedSeconds: numbers[5], changedNanoseconds: numbers[6])))
        }
        self.files = files
    }

    /// A whole number written in decimal, perhaps negative, that fits 64 bits.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int64? {
        var digits = digits
        let negative = digits.first == UInt8(ascii: "-")
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 19 else { return nil }
        var value: Int64 = 0
        for digit in digits {
            guard (0x30...0x39).contains(digit) else { return nil }
            value = value * 10 + Int64(digit - 0x30)
        }
        return negative ? -value : value
    }
}
