import CaseJourney
import Foundation

/// Writing to the terminal: results to standard output, problems to standard error.
enum Output {
    static func line(_ text: String = "") {
        print(text)
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data("cj: \(text)\n".utf8))
    }

    /// Lists and reports as indented JSON with sorted keys.
    static func json(_ value: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Values made of strings, numbers and dates always encode.
        let data = try! encoder.encode(value)
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    /// A case exactly as the case file holds it.
    static func caseFile(_ value: Case) {
        FileHandle.standardOutput.write(Data(CaseFileCodec.encode(value)))
    }
}

/// Aligned columns for people to read.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    func render() -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func format(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([format(headers)] + rows.map(format))
            .map { line in String(line.reversed().drop(while: { $0 == " " }).reversed()) }
            .joined(separator: "\n")
    }
}

/// RFC 4180 CSV: fields quoted when they hold a comma, quote or line break.
enum CSV {
    static func render(headers: [String], rows: [[String]]) -> String {
        ([headers] + rows).map { $0.map(quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
