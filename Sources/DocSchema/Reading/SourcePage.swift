/// One page as read from disk: its front matter, its form, and the text the parser sees,
/// with a map back to the original bytes.
public struct SourcePage: Sendable {
    public let path: String
    public let original: [UInt8]
    public let originalLines: LineTable
    public let frontMatter: FrontMatter
    public let form: PageForm
    /// The markdown body handed to the parser: front matter removed, side-by-side spans
    /// replaced by their English text.
    public let text: [UInt8]
    /// Where each line of ``text`` starts.
    public let textLineStarts: [Int]
    public let map: SourceMap
    /// For side-by-side pages, the local text behind each unwrapped stretch of `text`.
    public let localizedSegments: [LocalizedSegment]
    /// What reading found wrong with the page.
    public var diagnostics: [Diagnostic]

    init(
        path: String, original: [UInt8], originalLines: LineTable, frontMatter: FrontMatter, form: PageForm, text: [UInt8],
        textLineStarts: [Int], map: SourceMap, localizedSegments: [LocalizedSegment], diagnostics: [Diagnostic]
    ) {
        self.path = path
        self.original = original
        self.originalLines = originalLines
        self.frontMatter = frontMatter
        self.form = form
        self.text = text
        self.textLineStarts = textLineStarts
        self.map = map
        self.localizedSegments = localizedSegments
        self.diagnostics = diagnostics
    }

    public var locale: String { frontMatter.locale }

    /// The line and column in the original file of a byte offset in ``text``.
    public func position(ofParsed offset: Int) -> SourcePosition {
        guard offset >= 0 else { return SourcePosition(line: 1, column: 1) }
        return originalLines.position(of: map.originalOffset(of: offset), in: original)
    }

    public func location(ofParsed offset: Int) -> SourceLocation {
        position(ofParsed: offset).in(path)
    }

    /// The local-language markdown behind `range` of ``text``, or nil when nothing in the
    /// range was localized. Text between segments (markup, spacing) is kept as it is.
    public func localizedSource(of range: Range<Int>) -> String? {
        guard !localizedSegments.isEmpty, !range.isEmpty else { return nil }
        var low = 0
        var high = localizedSegments.count
        while low < high {
            let middle = (low + high) / 2
            if localizedSegments[middle].parsedRange.upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var out = ""
        var cursor = range.lowerBound
        var found = false
        var index = low
        while index < localizedSegments.count, localizedSegments[index].parsedRange.lowerBound < range.upperBound {
            let segment = localizedSegments[index]
            if segment.parsedRange.lowerBound >= cursor {
                out += String(decoding: text[cursor..<segment.parsedRange.lowerBound], as: UTF8.self)
                out += segment.localText
                cursor = segment.parsedRange.upperBound
                found = true
            }
            index += 1
        }
        guard found else { return nil }
        if cursor < range.upperBound { out += String(decoding: text[cursor..<min(range.upperBound, text.count)], as: UTF8.self) }
        return out
    }
}

/// The Read stage: bytes in, a ``SourcePage`` out.
public enum PageReader {
    public static func read(_ file: SourceFile, limits: InputLimits = .init()) -> SourcePage {
        let bytes = file.bytes
        var diagnostics = file.diagnostics
        let bodyStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let split = FrontMatterReader.split(bytes, from: bodyStart)
        let frontMatter = split?.frontMatter ?? FrontMatter()
        let textStart = split?.bodyOffset ?? bodyStart
        let lines = LineTable(bytes)
        if let split, let error = split.yamlError {
            diagnostics.append(Diagnostic(
                .frontMatterInvalid, "front matter is not valid YAML (\(error)); read it line by line instead",
                at: lines.position(of: split.yamlOffset, in: bytes).in(file.path)))
        }

        var text: [UInt8]
        let textLineStarts: [Int]
        let map: SourceMap
        var segments: [LocalizedSegment] = []
        let form: PageForm
        if SideBySideSpans.isSideBySide(bytes, from: textStart) {
            let unwrapped = SideBySideSpans.unwrap(bytes, from: textStart)
            for offset in unwrapped.unpaired {
                diagnostics.append(Diagnostic(
                    .sideBySideSpanUnpaired, "localized span has no English partner; its local text is used",
                    at: lines.position(of: offset, in: bytes).in(file.path)))
            }
            if let offset = unwrapped.unclosed {
                diagnostics.append(Diagnostic(
                    .sideBySideSpanUnpaired, "localized span is never closed; the rest of the page is read as it is",
                    at: lines.position(of: offset, in: bytes).in(file.path)))
            }
            (text, map, segments, form) = (unwrapped.text, unwrapped.map, unwrapped.segments, .sideBySide)
            textLineStarts = LineTable.lineStarts(of: text)
        } else {
            text = Array(bytes[textStart...])
            // The text is the file's bytes from `textStart` on: its lines are the file's.
            textLineStarts = lines.lineStarts(from: textStart)
            map = SourceMap(shift: textStart)
            if split == nil && PlainTextReader.looksPlain(text) {
                form = .plainText
                diagnostics.append(Diagnostic(
                    .plainTextPage, "page is a plain-text rendering without markdown; tables are read line by line",
                    at: SourcePosition(line: 1, column: 1).in(file.path)))
            } else if !frontMatter.locale.lowercased().hasPrefix("en") {
                form = .machineTranslated
            } else {
                form = .gfm
            }
        }

        // The plain-text reader splits rows itself, into three cells at most.
        if form != .plainText {
            // Cells are overwritten in place: every line keeps its start.
            for cut in WideTables.limit(&text, lineStarts: textLineStarts, maximumColumns: limits.maximumTableColumns) {
                let rows = cut.rows > 1 ? " (and in \(cut.rows - 1) more rows of this table)" : ""
                diagnostics.append(Diagnostic(
                    .tableTooWide,
                    "table row has \(cut.cells) cells, more than the limit of \(limits.maximumTableColumns) "
                        + "(--max-table-columns); the cells after the \(ordinal(limits.maximumTableColumns)) are ignored\(rows)",
                    at: lines.position(of: map.originalOffset(of: cut.offset), in: bytes).in(file.path)))
            }
        }
        return SourcePage(
            path: file.path, original: bytes, originalLines: lines, frontMatter: frontMatter, form: form, text: text,
            textLineStarts: textLineStarts, map: map, localizedSegments: segments, diagnostics: diagnostics)
    }

    /// `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`, `64th`.
    static func ordinal(_ number: Int) -> String {
        let suffix = switch (number % 10, number % 100) {
        case (_, 11...13): "th"
        case (1, _): "st"
        case (2, _): "nd"
        case (3, _): "rd"
        default: "th"
        }
        return "\(number)\(suffix)"
    }
}
