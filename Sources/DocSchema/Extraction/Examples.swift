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
        guard exampleLanguages.contains(language(of: block.info)) else { return nil }
        var lines = Lines(block.literal)
        guard let firstIndex = lines.firstNonBlank(from: 0) else { return nil }
        let first = Self.droppingLeadingWhitespace(lines[firstIndex])

        var example = Example(role: .other, annotation: annotation, headers: [], position: position(block.offset))
        var bodyStartLine = firstIndex
        if let lead = first.utf8.first, lead == UInt8(ascii: "{") || lead == UInt8(ascii: "[") {
            // A JSON body from its first line; not split into words, since it may be all on that line.
            example.role = inRepresentationSection ? .resource : .other
        } else {
            let words = firstWords(first)
            if let verb = words.first, methods.contains(verb), words.count >= 2 {
                example.role = .request
                example.method = String(verb)
                example.url = String(words[1])
                if words.count >= 3, words[2].hasPrefix("HTTP/") { example.httpVersion = String(words[2]) }
                bodyStartLine = readHeaders(&lines, after: firstIndex, block: block, position: position, into: &example)
            } else if let version = words.first, version.hasPrefix("HTTP"), words.count >= 2, let code = Int(words[1]) {
                example.role = .response
                example.httpVersion = String(version)
                example.statusCode = code
                bodyStartLine = readHeaders(&lines, after: firstIndex, block: block, position: position, into: &example)
            } else {
                return nil
            }
        }
        switch annotation?.blockType {
        case "request": example.role = .request
        case "response": example.role = .response
        case "resource": example.role = .resource
        default: break
        }

        // The body is whatever follows the headers, from its first non-blank line.
        guard let bodyFirst = lines.firstNonBlank(from: bodyStartLine) else { return Parsed(example: example, issues: []) }
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

    /// `line` from its first character that is not white space; leading ASCII spacing, nearly
    /// all there is, is passed over as bytes.
    private static func droppingLeadingWhitespace(_ line: Substring) -> Substring {
        let utf8 = line.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex, utf8[index] == 0x20 || (0x09...0x0D).contains(utf8[index]) { index = utf8.index(after: index) }
        let rest = line[index...]
        guard let lead = rest.utf8.first, lead >= 0x80 else { return rest }
        return rest.drop(while: \.isWhitespace)
    }

    /// The first word of a code block's info string, lower-cased: its language.
    private static func language(of info: String) -> String {
        guard let word = info.utf8.split(separator: UInt8(ascii: " "), maxSplits: 1, omittingEmptySubsequences: true).first else { return "" }
        return Substring(word).lowercased()
    }

    /// The first three words of a start line (`GET url HTTP/1.1`) and the rest; an ASCII line
    /// is split on its bytes, which for ASCII are its characters.
    private static func firstWords(_ line: Substring) -> [Substring] {
        guard line.utf8.allSatisfy({ $0 < 0x80 }) else {
            return line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        }
        return line.utf8.split(separator: UInt8(ascii: " "), maxSplits: 3, omittingEmptySubsequences: true).map { Substring($0) }
    }

    /// Reads `Name: value` lines after the start line; returns the index of the first line after them.
    private static func readHeaders(
        _ lines: inout Lines, after start: Int, block: CodeBlock, position: (Int) -> SourcePosition, into example: inout Example
    ) -> Int {
        var index = start + 1
        while lines.exists(index) {
            if lines.isBlank(index) { return index + 1 }
            let line = lines[index]
            // Looked for as a byte: a colon is ASCII, and walking the line by characters cost more.
            guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")), let lead = line.utf8.first,
                  lead != UInt8(ascii: "{"), lead != UInt8(ascii: "[") else { return index }
            let name = line[..<colon].trimmingSpaces()
            guard !name.isEmpty, !name.utf8.contains(UInt8(ascii: " ")) else { return index }
            example.headers.append(Example.Header(
                name: name, value: line[line.index(after: colon)...].trimmingSpaces(),
                position: position(block.contentOffset + lines.start(of: index))))
            index += 1
        }
        return index
    }

    /// The lines of a code block, found by their starts, and only as far as they are asked for:
    /// most blocks are JSON bodies, of which only the first line is read as a line.
    private struct Lines {
        let text: String
        /// The byte offset where each line found so far starts; lines end at `\n` (kept out, as a
        /// `\r` before it is).
        private var starts = [0]
        /// Whether `starts` holds every line's.
        private var isComplete = false

        init(_ text: String) {
            self.text = text
        }

        /// Whether the text has a line `line`, finding line starts up to it.
        mutating func exists(_ line: Int) -> Bool {
            while starts.count <= line, !isComplete { findNextStart() }
            return line < starts.count
        }

        private mutating func findNextStart() {
            let utf8 = text.utf8
            let from = utf8.index(utf8.startIndex, offsetBy: starts[starts.count - 1])
            if let newline = utf8[from...].firstIndex(of: UInt8(ascii: "\n")) {
                starts.append(utf8.distance(from: utf8.startIndex, to: newline) + 1)
            } else {
                isComplete = true
            }
        }

        /// The first line from `line` on that has more than white space.
        mutating func firstNonBlank(from line: Int) -> Int? {
            var index = line
            while exists(index) {
                if !isBlank(index) { return index }
                index += 1
            }
            return nil
        }

        /// Only white space: ASCII lines are read byte by byte, others by character.
        mutating func isBlank(_ line: Int) -> Bool {
            let bytes = bounds(of: line)
            for byte in text.utf8[bytes] {
                if byte >= 0x80 { return self[line].allSatisfy(\.isWhitespace) }
                guard byte == 0x20 || (0x09...0x0D).contains(byte) else { return false }
            }
            return true
        }

        func start(of line: Int) -> Int { starts[line] }

        /// The line's bytes, found already by `exists(_:)`.
        private mutating func bounds(of line: Int) -> Range<String.Index> {
            _ = exists(line + 1)
            let utf8 = text.utf8
            var end = line + 1 < starts.count ? starts[line + 1] - 1 : utf8.count
            if end > starts[line], utf8[utf8.index(utf8.startIndex, offsetBy: end - 1)] == UInt8(ascii: "\r") { end -= 1 }
            return utf8.index(utf8.startIndex, offsetBy: starts[line])..<utf8.index(utf8.startIndex, offsetBy: end)
        }

        subscript(line: Int) -> Substring {
            mutating get { Substring(text.utf8[bounds(of: line)]) }
        }
    }
}
