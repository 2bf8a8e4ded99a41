import Foundation

/// Reads a code block that shows an HTTP exchange or a JSON body.
enum Examples {
    /// The info strings of code blocks that can hold examples; others (csharp, javascript…) are samples in SDK languages.
    static let exampleLanguages: Set<String> = ["http", "json", "", "msgraph-interactive", "javascript-json"]

    static let methods: Set<Substring> = ["GET", "POST", "PATCH", "PUT", "DELETE", "HEAD", "OPTIONS"]

    struct Parsed {
        var example: Example
        /// Where the body departs from strict JSON, as offsets in the parsed page text.
        var issues: [LenientJSONParser.Issue]
    }

    /// Parses `block`, or returns nil when it is not an example. `annotation` is the one right before it, if any.
    static func parse(
        _ block: CodeBlock, annotation: Annotation?, inRepresentationSection: Bool, position: (Int) -> SourcePosition
    ) -> Parsed? {
        let language = block.info.split(separator: " ").first.map { $0.lowercased() } ?? ""
        guard exampleLanguages.contains(language) else { return nil }
        let lines = Lines(block.literal)
        guard let firstIndex = (0..<lines.count).first(where: { !lines[$0].allSatisfy(\.isWhitespace) }) else { return nil }
        let first = lines[firstIndex].drop(while: \.isWhitespace)

        var example = Example(role: .other, annotation: annotation, headers: [], position: position(block.offset))
        var bodyStartLine = firstIndex
        // Only the first three words are read; a one-line JSON body is not split up.
        let words = first.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        if let verb = words.first, methods.contains(verb), words.count >= 2 {
            example.role = .request
            example.method = String(verb)
            example.url = String(words[1])
            if words.count >= 3, words[2].hasPrefix("HTTP/") { example.httpVersion = String(words[2]) }
            bodyStartLine = readHeaders(lines, after: firstIndex, block: block, position: position, into: &example)
        } else if let version = words.first, version.hasPrefix("HTTP"), words.count >= 2, let code = Int(words[1]) {
            example.role = .response
            example.httpVersion = String(version)
            example.statusCode = code
            bodyStartLine = readHeaders(lines, after: firstIndex, block: block, position: position, into: &example)
        } else if first.hasPrefix("{") || first.hasPrefix("[") {
            example.role = inRepresentationSection ? .resource : .other
        } else {
            return nil
        }
        switch annotation?.blockType {
        case "request": example.role = .request
        case "response": example.role = .response
        case "resource": example.role = .resource
        default: break
        }

        // The body is whatever follows the headers, from its first non-blank line.
        guard bodyStartLine < lines.count,
              let bodyFirst = (bodyStartLine..<lines.count).first(where: { !lines[$0].allSatisfy(\.isWhitespace) })
        else { return Parsed(example: example, issues: []) }
        // The lines from the body's first on, as the block has them: its bytes from that line's start.
        let bodyStart = lines.start(of: bodyFirst)
        var text = String(Substring(block.literal.utf8.dropFirst(bodyStart)))
        while text.last?.isWhitespace == true { text.removeLast() }
        example.bodyText = text
        let bodyOffset = block.contentOffset + bodyStart
        example.bodyPosition = position(bodyOffset)
        guard let lead = text.first, lead == "{" || lead == "[" else { return Parsed(example: example, issues: []) }
        let result = LenientJSONParser.parse(text)
        example.body = result.value
        example.isStrictJSON = result.isStrict
        if !result.issues.isEmpty { example.jsonIssues = Set(result.issues.map(\.message)).sorted() }
        // Truncation marks are allowed where the annotation says the body is truncated.
        let excused = annotation?.isTruncated == true
        let issues = result.issues
            .filter { !(excused && $0.message == "truncation mark") }
            .map { issue in
                var shifted = issue
                shifted.offset += bodyOffset
                return shifted
            }
        return Parsed(example: example, issues: issues)
    }

    /// Reads `Name: value` lines after the start line; returns the index of the first line after them.
    private static func readHeaders(
        _ lines: Lines, after start: Int, block: CodeBlock, position: (Int) -> SourcePosition, into example: inout Example
    ) -> Int {
        var index = start + 1
        while index < lines.count {
            let line = lines[index]
            if line.allSatisfy(\.isWhitespace) { return index + 1 }
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix("{"), !line.hasPrefix("[") else { return index }
            let name = line[..<colon].trimmingSpaces()
            guard !name.isEmpty, !name.contains(" ") else { return index }
            example.headers.append(Example.Header(
                name: name, value: line[line.index(after: colon)...].trimmingSpaces(),
                position: position(block.contentOffset + lines.start(of: index))))
            index += 1
        }
        return index
    }

    /// The lines of a code block, found by their starts alone: most blocks are JSON bodies, of
    /// which only the first line is read as a line, and splitting every line into a substring
    /// cost more than parsing the JSON.
    private struct Lines {
        let text: String
        /// The byte offset where each line starts; lines end at `\n` (kept out, as a `\r` before it is).
        private let starts: [Int]

        init(_ text: String) {
            self.text = text
            var starts = [0]
            var index = 0
            for byte in text.utf8 {
                index += 1
                if byte == UInt8(ascii: "\n") { starts.append(index) }
            }
            self.starts = starts
        }

        var count: Int { starts.count }

        func start(of line: Int) -> Int { starts[line] }

        subscript(line: Int) -> Substring {
            let utf8 = text.utf8
            var end = line + 1 < starts.count ? starts[line + 1] - 1 : utf8.count
            if end > starts[line], utf8[utf8.index(utf8.startIndex, offsetBy: end - 1)] == UInt8(ascii: "\r") { end -= 1 }
            return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: starts[line])..<utf8.index(utf8.startIndex, offsetBy: end)])
        }
    }
}
