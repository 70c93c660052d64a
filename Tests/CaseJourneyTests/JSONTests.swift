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

    @Test func pathsReadLikeTheFile() {
        let path: [JSONPathComponent] = [.key("visits"), .index(3), .key("date")]
        #expect(path.dottedPath == "visits[3].date")
    }
}
