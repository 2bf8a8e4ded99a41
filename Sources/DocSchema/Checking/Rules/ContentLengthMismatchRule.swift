/// `content-length-mismatch`: a Content-Length header that fits the body with neither line ending.
struct ContentLengthMismatchRule: CheckRule {
    let id = RuleID.contentLengthMismatch
    let summary = "A Content-Length header matches the body's length with neither LF nor CRLF line ends."
    let explanation = """
        An HTTP example's Content-Length must be the byte length of its body. Bodies in the docs are \
        measured either with LF or with CRLF line ends (HTTP's own), with or without a final line end, \
        so any of those four lengths is accepted; anything else misleads readers who copy the request. \
        Blocks annotated `"truncated": true` are exempt, since their bodies are shortened on purpose, \
        and so are bodies that are not JSON (a Content-Type such as application/zip, whose body the \
        page shows as a placeholder) or that cannot be read as JSON.
        """

    func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for page in context.pages {
            for example in page.examples where example.annotation?.isTruncated != true {
                guard let header = example.headers.first(where: { $0.name.lowercased() == "content-length" }),
                      let declared = Int(header.value), let body = example.bodyText, example.body != nil,
                      ExampleTyper.isReliable(example), Self.isJSON(example)
                else { continue }
                let lines = body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                    .map { $0.last == UInt8(ascii: "\r") ? $0.count - 1 : $0.count }
                let text = lines.reduce(0, +)
                let lf = text + lines.count - 1
                let crlf = text + 2 * (lines.count - 1)
                guard ![lf, lf + 1, crlf, crlf + 2].contains(declared) else { continue }
                findings.append(Diagnostic(
                    id, "Content-Length is \(declared), but the body is \(lf) bytes with LF line ends and \(crlf) with CRLF",
                    at: (header.position ?? example.position).in(page.file)))
            }
        }
        return findings
    }

    /// Whether the body is JSON: its Content-Type says so, or it has none. Other bodies (a zip
    /// file, an image) are shown as placeholders whose length means nothing.
    private static func isJSON(_ example: Example) -> Bool {
        guard let type = example.headers.first(where: { $0.name.lowercased() == "content-type" }) else { return true }
        return type.value.lowercased().containsBytes("json")
    }
}
