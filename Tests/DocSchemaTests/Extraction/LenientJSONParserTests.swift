@testable import DocSchema
import Testing

@Suite("Lenient JSON")
struct LenientJSONParserTests {
    @Test("strict JSON parses with no issues and keeps member order and number text")
    func strict() {
        let result = LenientJSONParser.parse(#"{"b": 1, "a": [true, null, -2.5e3, "x\u00e9\n"], "big": 9007199254740993}"#)
        #expect(result.isStrict)
        #expect(result.value?.members?.map(\.key) == ["b", "a", "big"])
        #expect(result.value?["big"] == .number("9007199254740993"))
        #expect(result.value?["a"]?.elements == [.bool(true), .null, .number("-2.5e3"), .string("xé\n")])
    }

    @Test("the liberties the docs take are read and reported", arguments: [
        (#"{"a": 1,}"#, "trailing comma"),
        ("{\"a\": 0\u{A0}}", "no-break space"),
        ("{\"a\": 1 // note\n}", "comment"),
        (#"{"a": [1, ...]}"#, "truncation mark"),
        (#"{"a": String}"#, "bare word instead of a value"),
        (#"{'a': 1}"#, "single-quoted string"),
        (#"{"a": 1 "b": 2}"#, "missing comma"),
        (#"{"a": 1"#, "object is not closed"),
    ])
    func lenient(text: String, issue: String) {
        let result = LenientJSONParser.parse(text)
        #expect(result.value?.members?.first?.key == "a")
        #expect(result.issues.map(\.message).contains(issue), "\(result.issues)")
    }

    @Test("garbage never traps")
    func garbage() {
        for text in ["", "}", "[[[[", "{\"a\":", "\"unterminated", "-", "{,,,}", String(repeating: "[", count: 10_000)] {
            _ = LenientJSONParser.parse(text)
        }
    }

    @Test("an invalid example body is reported at the offending place, and its page still yields facts")
    func exampleDiagnostic() {
        let marked = MarkedText("""
            # Get x

            ```http
            HTTP/1.1 200 OK

            {
              "a": 1,
            1️⃣}
            ```
            """)
        let page = facts(of: marked.text, path: "api/x-get.md")
        let diagnostic = page.diagnostics.first { $0.rule == .jsonInvalid }
        #expect(diagnostic?.location.position == marked["1️⃣"])
        #expect(diagnostic?.severity == .error)
        #expect(page.examples.first?.body?["a"] == .number("1"))
        #expect(page.examples.first?.isStrictJSON == false)
    }

    @Test("truncation marks are excused where the annotation says the body is truncated")
    func truncated() {
        let page = facts(of: "# Get x\n\n<!-- { \"blockType\": \"response\", \"truncated\": true } -->\n```http\nHTTP/1.1 200 OK\n\n{\"value\": [1, ...]}\n```\n", path: "api/x.md")
        #expect(!page.diagnostics.contains { $0.rule == .jsonInvalid })
        #expect(page.examples.first?.annotation?.isTruncated == true)
    }
}
