import Foundation

/// A store-wide report exactly as it was last written (the overdue list as a table, the agenda
/// as JSON), kept in the store's index folder with the question it answered, how it was
/// presented, and the state of the store it was made from. Asked again while no case file has
/// changed, the command writes it out instead of working it out again.
///
/// Like the index it is derived and disposable: it is only used when the question (query,
/// parameters, settings, build), the presentation and every case file's stamp are exactly as
/// they were, and a report is only saved when every case file read cleanly. It is flushed to
/// disk before it is put in place and ends with its own length, so a report cut short is never
/// written out.
public enum SavedReport {
    private struct Header: Codable {
        var format: Int
        var question: String
        var presentation: String
        var files: Int
    }

    private static var format: Int { 2 }
    private static var kept: Int { 8 }
    /// After the report: a NUL, its length in bytes and its checksum, each as 16 hexadecimal digits.
    private static var trailerLength: Int { 33 }

    static func name(question: StoreQuestion, presentation: String) -> String {
        "\(question.fileName)-\(StoreQuestion.hash(presentation)).report"
    }

    /// The report saved for `question` as `presentation`, if the store is still as it was.
    static func find(in store: CaseStore, question: StoreQuestion, presentation: String) -> ArraySlice<UInt8>? {
        let name = name(question: question, presentation: presentation)
        guard let folder = IndexFolder(store: store, creating: false), let bytes = folder.read(name),
              bytes.count > trailerLength,
              let headerEnd = bytes.firstIndex(of: UInt8(ascii: "\n")),
              let header = try? bytes[..<headerEnd].withUnsafeBufferPointer({ try JSONBytesDecoder.decode(Header.self, from: $0) }),
              header.format == format, header.question == question.description, header.presentation == presentation,
              (0...bytes.count / 16).contains(header.files)
        else { return nil }
        // The state: one line per case file.
        var lineStart = headerEnd + 1
        var lines: [Range<Int>] = []
        lines.reserveCapacity(header.files)
        while lines.count < header.files {
            guard let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            lines.append(lineStart..<lineEnd)
            lineStart = lineEnd + 1
        }
        let bodyEnd = bytes.count - trailerLength
        guard bodyEnd >= lineStart, bytes[bodyEnd] == 0,
              Int(String(decoding: bytes[(bodyEnd + 1)..<(bodyEnd + 17)], as: UTF8.self), radix: 16) == bodyEnd - lineStart,
              UInt64(String(decoding: bytes[(bodyEnd + 17)...], as: UTF8.self), radix: 16) == Checksum.of(bytes[headerEnd..<bodyEnd]),
              let state = StoreState(bytes: bytes, lines: lines), state.isCurrent(in: store) else { return nil }
        folder.touch(name)
        return bytes[lineStart..<bodyEnd]
    }

    /// Takes a report as it is written, piece by piece, and saves it when it is complete. Anything
    /// that goes wrong while saving only means the report is not saved.
    public final class Writer {
        private let folder: IndexFolder
        private let file: IndexFolder.Writer
        private var bodyLength = 0
        /// Of everything after the header line: the state and the report.
        private var checksum = Checksum()

        init?(store: CaseStore, question: StoreQuestion, presentation: String, state: StoreState) {
            guard let folder = IndexFolder(store: store, creating: true),
                  let file = folder.writer(for: SavedReport.name(question: question, presentation: presentation)) else { return nil }
            self.folder = folder
            self.file = file
            let header = Header(format: SavedReport.format, question: question.description, presentation: presentation,
                                files: state.files.count)
            guard let tree = try? JSONValueEncoder.encode(header) else { return nil }
            file.append(Data(JSONWriter.inline(tree).utf8))
            let state = Data(("\n" + state.text).utf8)
            file.append(state)
            state.withUnsafeBytes { checksum.add($0) }
        }

        public func append(_ data: Data) {
            file.append(data)
            data.withUnsafeBytes { checksum.add($0) }
            bodyLength += data.count
        }

        /// Puts the saved report in place of any earlier one for the same question.
        public func commit() {
            file.append([0] + Array((Checksum.text(UInt64(bodyLength)) + Checksum.text(checksum.value)).utf8))
            // Like the index, a saved report is checked against its checksum before it is used,
            // and worked out again when it is damaged or missing: it needs no flush to disk.
            guard file.commit(durable: false) else { return }
            folder.removeOld(endingWith: ".report", keeping: SavedReport.kept)
        }
    }
}

extension CaseStore {
    /// The report last written for `question` as `presentation`, when no case file has changed
    /// since; nil otherwise (then work it out, and save it with `reportWriter`).
    public func savedReport(for question: StoreQuestion?, presentation: String) -> ArraySlice<UInt8>? {
        guard useIndex, let question else { return nil }
        return SavedReport.find(in: self, question: question, presentation: presentation)
    }

    /// Somewhere to save a report as it is written, when the answer it shows can be saved: every
    /// case file read cleanly. The question is the one the answer was worked out for.
    public func reportWriter<Row>(presentation: String, answer: StoreAnswer<Row>) -> SavedReport.Writer? {
        guard useIndex, let question = answer.question, let state = answer.state else { return nil }
        return SavedReport.Writer(store: self, question: question, presentation: presentation, state: state)
    }
}
