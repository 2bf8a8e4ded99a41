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

    /// How many arrays and objects deep `value` goes along its first elements and members.
    func depth(_ value: JSONValue?) -> Int {
        var depth = 0
        var current = value
        while let next = current {
            switch next {
            case .array(let elements): current = elements.first
            case .object(let members): current = members.first?.value
            default: return depth
            }
            depth += 1
        }
        return depth
    }

    @Test("10,000 levels of nesting are read to the depth limit; the rest is skipped and reported once", arguments: [
        (String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000), false),
        (String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000), true),
        (String(repeating: "[", count: 10_000), false),
    ])
    func depthLimit(text: String, isObject: Bool) {
        let result = LenientJSONParser.parse(text)
        let deep = result.issues.filter { $0.kind == .tooDeep }
        #expect(deep.count == 1)
        #expect(deep.first?.offset == LenientJSONParser.maximumDepth * (isObject ? 5 : 1))
        #expect(deep.first?.message == "nested deeper than 256 levels")
        // The innermost array read is empty; the innermost object keeps its key, with null for the value left out.
        #expect(depth(result.value) == LenientJSONParser.maximumDepth)
        if text.hasSuffix("]") || text.hasSuffix("}") {
            #expect(result.issues.count == 1, "the enclosing containers close normally: \(result.issues.prefix(3))")
        }
    }

    @Test("what follows a value that is too deep is read as usual")
    func afterTooDeep() {
        let deep = String(repeating: "[", count: 300) + #""]]}""# + String(repeating: "]", count: 300)
        let result = LenientJSONParser.parse(#"{"deep": "# + deep + #", "after": [1, 2]}"#)
        #expect(result.value?["after"]?.elements == [.number("1"), .number("2")])
        #expect(result.issues.map(\.kind) == [.tooDeep])
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
