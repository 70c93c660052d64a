import CaseJourney
import Testing

@Suite struct JSONTests {
    @Test func syntaxErrorsGiveLineAndColumn() {
        let text = "{\n  \"caseId\": \"A\",\n  \"revision\": 1,,\n}"
        #expect {
            try JSONParser.parse(Array(text.utf8))
        } throws: { error in
            guard let syntax = error as? JSONParser.SyntaxError else { return false }
            return syntax.line == 3 && syntax.column == 17
        }
    }

    @Test func writerAndParserRoundTripEverything() throws {
        let text = """
            {"a": [1, 2.50, -3e2, true, false, null], "b": {"c": "line\\nbreak \\"quoted\\" é 😀"}}
            """
        let parsed = try JSONParser.parse(Array(text.utf8))
        let written = JSONWriter.write(parsed)
        #expect(try JSONParser.parse(Array(written.utf8)) == parsed)
        #expect(written.contains("2.50"))  // numbers keep the text they were written with
        #expect(parsed.value(at: [.key("b"), .key("c")]) == .string("line\nbreak \"quoted\" é 😀"))
    }

    /// Case files are compared and merged as text, so the writer's exact layout and escapes are
    /// part of the file format.
    @Test func writtenTextIsLaidOutAndEscapedExactly() {
        let value = JSONValue.object([
            (key: "note", value: .string("say \"hi\"\\ then\n\r\t\u{01}\u{1F} é 😀")),
            (key: "list", value: .array([.number("1"), .bool(true), .null, .array([]), .object([])])),
            (key: "empty", value: .string("")),
        ])
        #expect(JSONWriter.write(value) == #"""
            {
              "note": "say \"hi\"\\ then\n\r\t\u0001\u001f é 😀",
              "list": [
                1,
                true,
                null,
                [],
                {}
              ],
              "empty": ""
            }

            """#)
        #expect(JSONWriter.inline(value) == #"{"note": "say \"hi\"\\ then\n\r\t\u0001\u001f é 😀", "list": [1, true, null, [], {}], "empty": ""}"#)
        #expect(JSONWriter.writeElement(.object([(key: "a", value: .array([.string("x")]))])) == "  {\n    \"a\": [\n      \"x\"\n    ]\n  }")
    }

    /// A store-wide report's rows are written straight from their columns: the text must be what
    /// writing each row's JSON value gives, for every kind of value a column holds.
    @Test func reportRowsAreWrittenAsTheirJSONValuesAre() {
        let rows = [
            SampleRow(text: "say \"hi\"\\ then\n\t\u{01} é 😀", number: -42, date: CalendarDate(year: 2026, month: 3, day: 9)!,
                      flag: true, list: ["a", "b \"c\""], absent: nil),
            SampleRow(text: "", number: 0, date: CalendarDate(year: 812, month: 12, day: 31)!, flag: false, list: [], absent: "here"),
        ]
        let direct = String(decoding: SampleRow.jsonElements(rows[...]), as: UTF8.self)
        #expect(direct == rows.map { JSONWriter.writeElement($0.json) }.joined(separator: ",\n"))
        #expect(direct.contains("\"2026-03-09\"") && direct.contains("\"0812-12-31\"") && direct.contains("-42"))
        #expect(SampleRow.jsonElements([SampleRow]()[...]).isEmpty)
    }

    @Test func pathsReadLikeTheFile() {
        let path: [JSONPathComponent] = [.key("visits"), .index(3), .key("date")]
        #expect(path.dottedPath == "visits[3].date")
    }
}

private struct SampleRow: ReportRow {
    var text: String
    var number: Int
    var date: CalendarDate
    var flag: Bool
    var list: [String]
    var absent: String?

    static let columns: [ReportColumn<SampleRow>] = [
        ReportColumn("text") { .text($0.text) },
        ReportColumn("number") { .number($0.number) },
        ReportColumn("date") { .date($0.date) },
        ReportColumn("flag") { .flag($0.flag) },
        ReportColumn("list") { .list($0.list) },
        ReportColumn("absent") { .text($0.absent) },
    ]
}
