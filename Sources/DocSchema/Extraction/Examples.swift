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
        // Read as bytes: the start line, headers and body are found by ASCII bytes, and only the
        // words and the body kept become strings.
        var literal = block.literal
        return literal.withUTF8 { bytes in
            parse(bytes, block, annotation: annotation, inRepresentationSection: inRepresentationSection, position: position)
        }
    }

    private static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, _ block: CodeBlock, annotation: Annotation?, inRepresentationSection: Bool,
        position: (Int) -> SourcePosition
    ) -> Parsed? {
        var lines = Lines(bytes)
        guard let firstIndex = lines.firstNonBlank(from: 0) else { return nil }
        let first = lines.droppingLeadingWhitespace(lines.bounds(of: firstIndex))

        var example = Example(role: .other, annotation: annotation, headers: [], position: position(block.offset))
        var bodyStartLine = firstIndex
        if let lead = first.first.map({ bytes[$0] }), lead == UInt8(ascii: "{") || lead == UInt8(ascii: "[") {
            // A JSON body from its first line; not split into words, since it may be all on that line.
            example.role = inRepresentationSection ? .resource : .other
        } else {
            let words = firstWords(bytes, first)
            if let verb = words.first, methods.contains(Substring(verb)), words.count >= 2 {
                example.role = .request
                example.method = verb
                example.url = words[1]
                if words.count >= 3, words[2].hasPrefix("HTTP/") { example.httpVersion = words[2] }
                bodyStartLine = readHeaders(&lines, after: firstIndex, block: block, position: position, into: &example)
            } else if let version = words.first, version.hasPrefix("HTTP"), words.count >= 2, let code = Int(words[1]) {
                example.role = .response
                example.httpVersion = version
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

        // The body is whatever follows the headers, from its first non-blank line, as the block
        // has it (its bytes from that line's start), less white space at its end.
        guard let bodyFirst = lines.firstNonBlank(from: bodyStartLine) else { return Parsed(example: example, issues: []) }
        let bodyStart = lines.start(of: bodyFirst)
        var bodyEnd = bytes.count
        while bodyEnd > bodyStart, Whitespace.isSpace(bytes[bodyEnd - 1]) { bodyEnd -= 1 }
        var text = bytes.string(bodyStart..<bodyEnd)
        if bodyEnd > bodyStart, bytes[bodyEnd - 1] >= 0x80 {
            // White space beyond ASCII (a no-break space, a line separator) ends a few bodies.
            while text.last?.isWhitespace == true { text.removeLast() }
        }
        example.bodyText = text
        let bodyOffset = block.contentOffset + bodyStart
        example.bodyPosition = position(bodyOffset)
        guard bodyStart < bodyEnd, bytes[bodyStart] == UInt8(ascii: "{") || bytes[bodyStart] == UInt8(ascii: "[") else {
            return Parsed(example: example, issues: [])
        }
        let result = LenientJSONParser.parse(Array(text.utf8))
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

    /// The first word of a code block's info string, lower-cased: its language.
    private static func language(of info: String) -> String {
        guard let word = info.utf8.split(separator: UInt8(ascii: " "), maxSplits: 1, omittingEmptySubsequences: true).first else { return "" }
        return Substring(word).lowercased()
    }

    /// The first three words of a start line (`GET url HTTP/1.1`), split at spaces. An ASCII
    /// line is split on its bytes, which for ASCII are its characters.
    private static func firstWords(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> [String] {
        guard line.allSatisfy({ bytes[$0] < 0x80 }) else {
            return bytes.string(line)
                .split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true).prefix(3).map(String.init)
        }
        var words: [String] = []
        var index = line.lowerBound
        while words.count < 3 {
            while index < line.upperBound, bytes[index] == UInt8(ascii: " ") { index += 1 }
            guard index < line.upperBound else { break }
            let start = index
            while index < line.upperBound, bytes[index] != UInt8(ascii: " ") { index += 1 }
            words.append(bytes.string(start..<index))
        }
        return words
    }

    /// Reads `Name: value` lines after the start line; returns the index of the first line after them.
    private static func readHeaders(
        _ lines: inout Lines, after start: Int, block: CodeBlock, position: (Int) -> SourcePosition, into example: inout Example
    ) -> Int {
        var index = start + 1
        while lines.exists(index) {
            if lines.isBlank(index) { return index + 1 }
            let line = lines.bounds(of: index)
            let bytes = lines.bytes
            guard let colon = line.first(where: { bytes[$0] == UInt8(ascii: ":") }),
                  bytes[line.lowerBound] != UInt8(ascii: "{"), bytes[line.lowerBound] != UInt8(ascii: "[") else { return index }
            let name = bytes.string(line.lowerBound..<colon).trimmingSpaces()
            guard !name.isEmpty, !name.utf8.contains(UInt8(ascii: " ")) else { return index }
            example.headers.append(Example.Header(
                name: name, value: bytes.string((colon + 1)..<line.upperBound).trimmingSpaces(), position: position(block.contentOffset + lines.start(of: index))))
            index += 1
        }
        return index
    }

    /// The lines of a code block's bytes, found by their starts, and only as far as they are
    /// asked for: most blocks are JSON bodies, of which only the first line is read as a line.
    private struct Lines {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The byte offset where each line found so far starts; lines end at `\n` (kept out, as a
        /// `\r` before it is).
        private var starts = [0]
        /// Whether `starts` holds every line's.
        private var isComplete = false

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// Whether the text has a line `line`, finding line starts up to it.
        mutating func exists(_ line: Int) -> Bool {
            while starts.count <= line, !isComplete { findNextStart() }
            return line < starts.count
        }

        private mutating func findNextStart() {
            let from = starts[starts.count - 1]
            if let newline = ByteSearch.firstIndex(of: UInt8(ascii: "\n"), in: bytes, from: from, to: bytes.count) {
                starts.append(newline + 1)
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
            let range = bounds(of: line)
            for index in range {
                let byte = bytes[index]
                if byte >= 0x80 { return bytes.string(range).allSatisfy(\.isWhitespace) }
                guard Whitespace.isSpace(byte) else { return false }
            }
            return true
        }

        /// `line` from its first character that is not white space; leading ASCII spacing,
        /// nearly all there is, is passed over as bytes.
        func droppingLeadingWhitespace(_ line: Range<Int>) -> Range<Int> {
            var start = line.lowerBound
            while start < line.upperBound, Whitespace.isSpace(bytes[start]) { start += 1 }
            guard start < line.upperBound, bytes[start] >= 0x80 else { return start..<line.upperBound }
            let rest = bytes.string(start..<line.upperBound)
            let kept = rest.drop(while: \.isWhitespace).utf8.count
            return (line.upperBound - kept)..<line.upperBound
        }

        func start(of line: Int) -> Int { starts[line] }

        /// The line's bytes, without its line end.
        mutating func bounds(of line: Int) -> Range<Int> {
            _ = exists(line + 1)
            var end = line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
            if end > starts[line], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            return starts[line]..<end
        }    }
}
