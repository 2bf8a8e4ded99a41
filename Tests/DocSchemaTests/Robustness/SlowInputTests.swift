@testable import DocSchema
import Testing

/// Pages that once took minutes: a cost paid again for every item, over everything before it.
/// Each now reads in well under a second and yields everything it holds.
@Suite("Robustness: inputs that were quadratic")
struct SlowInputTests {
    @Test("19 999 unpaired spans on one 600 KB line are each reported at their own column")
    func unpairedSpansOnOneLine() {
        // Every location on the line once counted the columns from the line's start.
        let span = #"<span data-ttu-id="1">a</span>"#
        let page = "# x\n\n" + String(repeating: span, count: 20_000)
            + #"<span class="sxs-lookup"><span data-stu-id="1">b</span></span>"# + "\n"
        let facts = Pipeline.extract(SourceFile(path: "docs/v1.0/x.md", bytes: Array(page.utf8)))
        let unpaired = facts.diagnostics.filter { $0.rule == .sideBySideSpanUnpaired }
        // The last local span has its English partner.
        #expect(unpaired.count == 19_999)
        let last = SourceLocation(file: "docs/v1.0/x.md", line: 3, column: 1 + 19_998 * span.count)
        #expect(unpaired.last?.location == last)
    }

    @Test("a request with 50 000 header lines keeps every header, each at its own line")
    func manyHeaderLines() {
        // Each header's place once summed the lengths of every line before it.
        let page = "# x\n\n```http\nGET https://graph.microsoft.com/v1.0/me HTTP/1.1\n"
            + String(repeating: "X-Header: value\n", count: 50_000) + "\n{\"a\": 1}\n```\n"
        let facts = Pipeline.extract(SourceFile(path: "x.md", bytes: Array(page.utf8)))
        let example = facts.examples.first
        #expect(example?.headers.count == 50_000)
        #expect(example?.headers.last?.position == SourcePosition(line: 50_004, column: 1))
        #expect(example?.body?["a"] == .number("1"))
        #expect(facts.apiVersion == .v1)
    }
}
