import Foundation

/// A store-wide report exactly as it was last written (the overdue list as a table, the agenda
/// as JSON), kept under `.casejourney/index/` with the question it answered, how it was
/// presented, and the state of the store it was made from. Asked again while no case file has
/// changed, the command writes it out instead of working it out again.
///
/// Like the index it is derived and disposable: it is only used when the question (query,
/// parameters, settings, build), the presentation and every case file's stamp are exactly as
/// they were, and a report is only saved when every case file read cleanly.
public enum SavedReport {
    private struct Header: Codable {
        var format: Int
        var question: String
        var presentation: String
        var files: Int
    }

    private static var format: Int { 1 }
    private static var kept: Int { 8 }

    static func path(in store: CaseStore, question: StoreQuestion, presentation: String) -> String {
        let presentationName = StoreQuestion.hash(presentation)
        return store.indexFolder + "/\(question.fileName)-\(presentationName).report"
    }

    /// The report saved for `question` as `presentation`, if the store is still as it was.
    static func find(in store: CaseStore, question: StoreQuestion, presentation: String) -> Data? {
        let file = path(in: store, question: question, presentation: presentation)
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped),
              let headerEnd = data.firstIndex(of: UInt8(ascii: "\n")),
              let header = try? Array(data[..<headerEnd]).withUnsafeBufferPointer({ try JSONBytesDecoder.decode(Header.self, from: $0) }),
              header.format == format, header.question == question.description, header.presentation == presentation
        else { return nil }
        // The state: one line per case file.
        var lineStart = headerEnd + 1
        var lines: [Substring] = []
        lines.reserveCapacity(header.files)
        while lines.count < header.files {
            guard let lineEnd = data[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            lines.append(Substring(decoding: data[lineStart..<lineEnd], as: UTF8.self))
            lineStart = lineEnd + 1
        }
        guard let state = StoreState(lines: lines), state.isCurrent(in: store) else { return nil }
        return data[lineStart...]
    }

    /// Takes a report as it is written, piece by piece, and saves it when it is complete. Anything
    /// that goes wrong while saving only means the report is not saved.
    public final class Writer {
        private let temporary: String
        private let destination: String
        private let folder: String
        private var descriptor: Int32
        private var failed = false

        init?(store: CaseStore, question: StoreQuestion, presentation: String, state: StoreState) {
            folder = store.indexFolder
            guard mkdir(folder, 0o700) == 0 || errno == EEXIST else { return nil }
            destination = SavedReport.path(in: store, question: question, presentation: presentation)
            temporary = destination + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { return nil }
            let header = Header(format: SavedReport.format, question: question.description, presentation: presentation,
                                files: state.files.count)
            guard let tree = try? JSONValueEncoder.encode(header) else { return nil }
            append(Data((JSONWriter.inline(tree) + "\n" + state.text).utf8))
        }

        public func append(_ data: Data) {
            guard !failed else { return }
            data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        return
                    }
                    offset += written
                }
            }
        }

        /// Puts the saved report in place of any earlier one for the same question.
        public func commit() {
            close(descriptor)
            descriptor = -1
            guard !failed, rename(temporary, destination) == 0 else {
                unlink(temporary)
                return
            }
            StoreIndex<Int>.removeOldFiles(in: folder, endingWith: ".report", keeping: SavedReport.kept)
        }

        deinit {
            if descriptor >= 0 {
                close(descriptor)
                unlink(temporary)
            }
        }
    }
}

extension CaseStore {
    /// The report last written for `question` as `presentation`, when no case file has changed
    /// since; nil otherwise (then work it out, and save it with `reportWriter`).
    public func savedReport(for question: StoreQuestion?, presentation: String) -> Data? {
        guard useIndex, let question else { return nil }
        return SavedReport.find(in: self, question: question, presentation: presentation)
    }

    /// Somewhere to save a report as it is written, when the answer it shows can be saved (every
    /// case file read cleanly).
    public func reportWriter<Row>(for question: StoreQuestion?, presentation: String, answer: StoreAnswer<Row>) -> SavedReport.Writer? {
        guard useIndex, let question, let state = answer.state else { return nil }
        return SavedReport.Writer(store: self, question: question, presentation: presentation, state: state)
    }
}
