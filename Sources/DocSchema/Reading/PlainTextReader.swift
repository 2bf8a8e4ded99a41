/// Reads a plain-text rendering of a page (seed form: no front matter, no markdown, tables
/// written as `name Type description` lines) into the same blocks cmark yields for markdown.
///
/// This is the one place where tables are read line by line, because the text has no table
/// syntax left for a markdown parser to find.
enum PlainTextReader {
    /// A known table header: its column titles, in order.
    struct HeaderTemplate {
        var columns: [String]
        /// For tables whose first column can span several words, where it ends.
        var splitsFirstCellAtParenthesis: Bool = false
    }

    static let templates: [HeaderTemplate] = [
        HeaderTemplate(columns: ["Property", "Type", "Description"]),
        HeaderTemplate(columns: ["Relationship", "Type", "Description"]),
        HeaderTemplate(columns: ["Parameter", "Type", "Description"]),
        HeaderTemplate(columns: ["Name", "Type", "Description"]),
        HeaderTemplate(columns: ["Member", "Value", "Description"]),
        HeaderTemplate(columns: ["Member", "Description"]),
        HeaderTemplate(columns: ["Header", "Value"]),
        HeaderTemplate(columns: ["Permission type", "Permissions"], splitsFirstCellAtParenthesis: true),
    ]

    static let httpMethods: Set<Substring> = ["GET", "POST", "PATCH", "PUT", "DELETE"]

    /// Whether text has none of markdown's marks but does hold a table header or an HTTP line.
    static func looksPlain(_ text: [UInt8]) -> Bool {
        var sawStructure = false
        var iterator = LineIterator(text)
        while let range = iterator.next() {
            let line = String(decoding: text[range], as: UTF8.self)
            let trimmed = line.trimmingLeadingSpaces
            if trimmed.hasPrefix("#") || trimmed.hasPrefix("|") || trimmed.hasPrefix("```") || trimmed.hasPrefix("<!--") {
                return false
            }
            if !sawStructure && (template(for: trimmed) != nil || isHTTPStart(trimmed)) { sawStructure = true }
        }
        return sawStructure
    }

    static func read(_ text: [UInt8]) -> MarkdownDocument {
        var lines: [(range: Range<Int>, text: String)] = []
        var iterator = LineIterator(text)
        while let range = iterator.next() {
            var line = String(decoding: text[range], as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            lines.append((range, line))
        }

        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            let line = lines[index].text.trimmingLeadingSpaces
            let offset = lines[index].range.lowerBound
            if line.allSatisfy(\.isWhitespace) {
                index += 1
                continue
            }
            if isHTTPStart(line) {
                let (block, next) = httpBlock(lines, from: index)
                blocks.append(.code(block))
                index = next
                continue
            }
            if let template = template(for: line) {
                let (table, next) = self.table(template, lines, from: index)
                blocks.append(.table(table))
                index = next
                continue
            }
            var end = index
            while end < lines.count, !lines[end].text.allSatisfy(\.isWhitespace) { end += 1 }
            let paragraph = lines[index..<end].map { $0.text.trimmingLeadingSpaces }.joined(separator: " ")
            if end == index + 1 && looksLikeHeading(paragraph) {
                let level = blocks.isEmpty ? 1 : 2
                blocks.append(.heading(Heading(level: level, text: InlineText(plain: paragraph, offset: offset), offset: offset)))
            } else {
                var inline = InlineText(plain: paragraph, offset: offset)
                inline.end = lines[end - 1].range.upperBound
                blocks.append(.paragraph(inline))
            }
            index = end
        }
        return MarkdownDocument(blocks: blocks)
    }

    private static func looksLikeHeading(_ line: String) -> Bool {
        guard let last = line.last, !".:;,!?".contains(last) else { return false }
        return line.split(separator: " ").count <= 8
    }

    static func template(for line: String) -> HeaderTemplate? {
        templates.first { template in
            var rest = Substring(line)
            for (position, column) in template.columns.enumerated() {
                guard rest.hasPrefix(column) else { return false }
                rest = rest.dropFirst(column.count)
                let isLast = position == template.columns.count - 1
                if isLast {
                    // The last title may carry a parenthetical, as in "Permissions (from least to most privileged)".
                    return rest.isEmpty || rest.hasPrefix(" (")
                }
                guard rest.hasPrefix(" ") else { return false }
                rest = rest.dropFirst()
            }
            return false
        }
    }

    private static func isHTTPStart(_ line: String) -> Bool {
        let words = line.split(separator: " ", maxSplits: 2)
        guard words.count >= 2 else { return false }
        if httpMethods.contains(words[0]) { return words[1].hasPrefix("/") || words[1].hasPrefix("http") }
        return words[0].hasPrefix("HTTP/") && words[1].count == 3 && words[1].allSatisfy(\.isNumber)
    }

    /// A request or response: the start line, its headers, and a JSON body if one follows.
    private static func httpBlock(_ lines: [(range: Range<Int>, text: String)], from start: Int) -> (CodeBlock, Int) {
        var end = start
        while end < lines.count, !lines[end].text.allSatisfy(\.isWhitespace) { end += 1 }
        var bodyStart = end
        while bodyStart < lines.count, lines[bodyStart].text.allSatisfy(\.isWhitespace) { bodyStart += 1 }
        if bodyStart < lines.count, let first = lines[bodyStart].text.trimmingLeadingSpaces.first, first == "{" || first == "[" {
            var depth = 0
            var inString = false
            var escaped = false
            var line = bodyStart
            scan: while line < lines.count {
                for character in lines[line].text {
                    if inString {
                        if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                        continue
                    }
                    switch character {
                    case "\"": inString = true
                    case "{", "[": depth += 1
                    case "}", "]": depth -= 1
                    default: break
                    }
                }
                line += 1
                if depth <= 0 { break scan }
            }
            end = line
        }
        let literal = lines[start..<end].map(\.text).joined(separator: "\n") + "\n"
        let offset = lines[start].range.lowerBound
        return (CodeBlock(info: "http", literal: literal, contentOffset: offset, offset: offset), end)
    }

    private static func table(
        _ template: HeaderTemplate, _ lines: [(range: Range<Int>, text: String)], from start: Int
    ) -> (Table, Int) {
        let headerOffset = lines[start].range.lowerBound
        let header = template.columns.map { InlineText(plain: $0, offset: headerOffset) }
        var rows: [Table.Row] = []
        var index = start + 1
        while index < lines.count, !lines[index].text.allSatisfy(\.isWhitespace) {
            let offset = lines[index].range.lowerBound
            rows.append(Table.Row(cells: cells(of: lines[index].text, template, offset: offset), offset: offset))
            index += 1
        }
        return (Table(header: header, rows: rows, offset: headerOffset), index)
    }

    /// Splits a row: the first token is the name; for typed tables the second token is the type
    /// (or `X collection`); the rest is the last column.
    static func cells(of line: String, _ template: HeaderTemplate, offset: Int) -> [InlineText] {
        var cells: [InlineText] = []
        var rest = Substring(line)
        var restOffset = offset
        func take(_ count: Int) -> (String, Int) {
            let taken = rest.prefix(count)
            let takenOffset = restOffset
            restOffset += taken.utf8.count
            rest = rest.dropFirst(count)
            while rest.first == " " {
                rest = rest.dropFirst()
                restOffset += 1
            }
            return (String(taken), takenOffset)
        }
        func nextWordLength() -> Int { rest.firstIndex(of: " ").map { rest.distance(from: rest.startIndex, to: $0) } ?? rest.count }

        let columnCount = template.columns.count
        for column in 0..<(columnCount - 1) {
            var length = nextWordLength()
            if column == 0, template.splitsFirstCellAtParenthesis, rest.first != nil,
               let close = rest.firstIndex(of: ")"), rest.prefix(upTo: close).contains("(") {
                length = rest.distance(from: rest.startIndex, to: close) + 1
            }
            if column == 1, template.columns[1] == "Type" {
                let afterType = rest.dropFirst(length).drop(while: { $0 == " " })
                if afterType.lowercased().hasPrefix("collection") {
                    length = rest.distance(from: rest.startIndex, to: afterType.startIndex) + "collection".count
                }
            }
            let (text, at) = take(length)
            cells.append(InlineText(plain: text, offset: at))
        }
        cells.append(InlineText(plain: String(rest), offset: restOffset))
        return cells
    }
}

extension String {
    var trimmingLeadingSpaces: String {
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return first == startIndex ? self : String(self[first...])
    }
}
