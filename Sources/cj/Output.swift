import ArgumentParser
import CaseJourney
import Foundation

/// Writing to the terminal: results to standard output, problems to standard error. Text from
/// a case file is never written raw: control characters and escape sequences (which could
/// rewrite the screen, say erase the overdue rows) are shown escaped, as `\u{1B}`.
enum Output {
    static func line(_ text: String = "") {
        print(terminalSafe(text))
    }

    /// `text` exactly as given, but terminal-safe, with no line break added.
    static func text(_ text: String) {
        print(terminalSafe(text), terminator: "")
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data("cj: \(terminalSafe(text))\n".utf8))
    }

    /// A note for the person running the command (what a report left out, say), on standard
    /// error so that it never mixes with the rows on standard output.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data("\(terminalSafe(text))\n".utf8))
    }

    /// Every control character but the line break, and every text-direction control, shown
    /// escaped (`\u{1B}`), each line as `oneLine` shows it.
    static func terminalSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && TextInput.isRefused($0) }) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).oneLine }.joined(separator: "\n")
    }

    /// Names each unreadable case file on standard error, then exits as a command reading only
    /// that case would (65 for a damaged file, 74 for one that cannot be read at all).
    static func reportUnreadable(_ failures: [CaseJourneyError]) throws {
        guard let worst = failures.exitCode else { return }
        for failure in failures { error(failure.errorDescription ?? "\(failure)") }
        throw ExitCode(worst)
    }

    /// Lists and reports as indented JSON, fields in a stable order.
    static func json(_ value: some Encodable) throws {
        fflush(nil)
        try standardOutput(Data(JSONWriter.write(CaseFileCodec.encodeTree(value)).utf8))
    }

    /// The rows of a store-wide report in the chosen format: JSON and CSV hold every column of
    /// the row, in order; the table is the command's own view of them. With `savingTo`, the
    /// report is then saved, to be written out again while the store is unchanged: only once
    /// all of it has been written, so a reader that stops early (`| head`) leaves nothing behind.
    static func report<Row: ReportRow>(_ rows: [Row], as format: ListFormat, savingTo copy: () -> SavedReport.Writer? = { nil },
                                       table: () -> String) throws {
        let pieces: [Data] = switch format {
        case .json: json(rows: rows)
        case .csv: [Data(terminalSafe(CSV.render(headers: Row.columns.map(\.name), rows: rows.map(\.cells))).utf8)]
        case .table: [Data((terminalSafe(table()) + "\n").utf8)]
        }
        fflush(nil)  // anything printed before comes first
        // Written piece by piece: joining them first would hold the whole output in memory twice more.
        for piece in pieces { try standardOutput(piece) }
        guard let copy = copy() else { return }
        for piece in pieces { copy.append(piece) }
        copy.commit()
    }

    /// A store-wide report that is written out again, unchanged, while no case file has changed:
    /// the copy saved for `question` shown this way (format, store, `worker` filter) when there
    /// is one; else `answer` worked out, written, saved, and its unreadable files named.
    static func storeReport<Row: ReportRow>(_ store: CaseStore, question: StoreQuestion?, as format: ListFormat,
                                            worker: String? = nil, answer: () throws -> StoreAnswer<Row>,
                                            table: (StoreAnswer<Row>) -> String) throws {
        let presentation = ["\(format)", store.path, worker.map { "worker " + $0 } ?? "every worker"].joined(separator: "\n")
        if let copy = store.savedReport(for: question, presentation: presentation) {
            return try saved(copy)
        }
        let answer = try answer()
        try report(answer.rows, as: format, savingTo: { store.reportWriter(presentation: presentation, answer: answer) }) {
            table(answer)
        }
        try reportUnreadable(answer.unreadable)
    }

    /// A report saved earlier, exactly as it was written then.
    private static func saved(_ report: ArraySlice<UInt8>) throws {
        fflush(nil)
        try standardOutput(report)
    }

    /// Writes to standard output; a failure (a full disk) is an error, never a crash.
    private static func standardOutput(_ bytes: some DataProtocol) throws {
        for region in bytes.regions {
            try region.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0, errno == EINTR { continue }
                    guard written > 0 else {
                        throw CaseJourneyError.io(path: "standard output", reason: String(cString: strerror(errno)))
                    }
                    offset += written
                }
            }
        }
    }

    /// A long list of rows as JSON, the same text as `json` would write, in pieces made on all cores.
    private static func json<Row: ReportRow>(rows: [Row]) -> [Data] {
        guard !rows.isEmpty else { return [Data(JSONWriter.write(CaseFileCodec.encodeTree([String]())).utf8)] }
        let chunkSize = 1_000
        let chunkCount = (rows.count + chunkSize - 1) / chunkSize
        let pieces = ConcurrentResults<Data>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let slice = rows[(chunk * chunkSize)..<min(rows.count, (chunk + 1) * chunkSize)]
            var piece = Data((chunk == 0 ? "[\n" : ",\n").utf8)
            piece.append(contentsOf: Row.jsonElements(slice))
            pieces.set(chunk, piece)
        }
        return pieces.values.compactMap { $0 } + [Data("\n]\n".utf8)]
    }

    /// A case exactly as the case file holds it.
    static func caseFile(_ value: Case) throws {
        fflush(nil)
        try standardOutput(CaseFileCodec.encode(value))
    }
}

/// Aligned columns for people to read.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    func render() -> String {
        var widths = headers.map(\.count)
        // A cell is one line, whatever a hand-edited file holds, so no value can make a row of its own.
        let counted = rows.map { row in row.map { cell in (cell.oneLine, cell.oneLine.count) } }
        for row in counted {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.1) }
        }
        var output = ""
        for row in [headers.map { ($0, $0.count) }] + counted {
            var line = ""
            for (index, cell) in row.enumerated() {
                line += cell.0
                if index < row.count - 1 { line += String(repeating: " ", count: widths[index] - cell.1 + 2) }
            }
            // Empty cells at the end of a row would leave trailing spaces.
            if let last = line.utf8.lastIndex(where: { $0 != UInt8(ascii: " ") }) {
                line = String(line[...last])
            }
            output += output.isEmpty ? line : "\n" + line
        }
        return output
    }
}

/// RFC 4180 CSV: fields quoted when they hold a comma, quote or line break. A field that a
/// spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage return)
/// gets a leading apostrophe, as spreadsheet exports usually do, so it is shown as text.
enum CSV {
    static func render(headers: [String], rows: [[String]]) -> String {
        ([headers] + rows).map { $0.map { quote(neutralised($0)) }.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func neutralised(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return field }
        return "'" + field
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
