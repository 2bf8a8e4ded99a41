/// Cuts table rows down to a number of cells before the text reaches cmark-gfm.
///
/// cmark-gfm's table extension appends each cell to a linked list by walking it, so a row costs
/// time quadratic in its cell count: a row of 16,000 cells takes it half a second, a page of
/// such rows minutes. It does so for a row wider than its header too, before dropping the extra
/// cells, and for a header it then refuses (over 65,535 columns). Limiting the table after
/// parsing would come too late, so the cells beyond the limit are overwritten with spaces here.
/// Every byte keeps its offset, and with it every source location.
enum WideTables {
    /// One table whose rows were cut.
    struct Cut: Equatable {
        /// Offset of the first ignored cell of the first row that was cut.
        var offset: Int
        /// How many cells that row has.
        var cells: Int
        /// How many rows of the table were cut, not counting its delimiter row.
        var rows: Int
    }

    /// Blanks the cells beyond `maximumColumns` in every row of every table of `text`.
    ///
    /// A table here is a run of non-blank lines that holds a delimiter row (`|---|:--|`), which
    /// is where cmark-gfm looks for rows. A line outside such a run is never changed, however
    /// many pipes it has, since cmark-gfm never splits it into cells.
    /// `lineStarts` are where `text`'s lines start (``LineTable/lineStarts(of:)``).
    static func limit(_ text: inout [UInt8], lineStarts: [Int], maximumColumns: Int) -> [Cut] {
        guard maximumColumns > 0, hasLine(in: text, lineStarts: lineStarts, withPipes: maximumColumns) else { return [] }
        var cuts: [Cut] = []
        var block: [Range<Int>] = []
        var blockHasDelimiterRow = false

        func finishBlock() {
            defer {
                block.removeAll(keepingCapacity: true)
                blockHasDelimiterRow = false
            }
            guard blockHasDelimiterRow else { return }
            var cut: Cut?
            for line in block {
                guard let row = blank(&text, line, after: maximumColumns), !isDelimiterRow(text, line) else { continue }
                if cut == nil { cut = Cut(offset: row.offset, cells: row.cells, rows: 0) }
                cut?.rows += 1
            }
            if let cut { cuts.append(cut) }
        }

        for (index, start) in lineStarts.enumerated() where start < text.count {
            let end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : text.count
            let line = start..<end
            if isBlank(text, line) {
                finishBlock()
            } else {
                block.append(line)
                if !blockHasDelimiterRow, isDelimiterRow(text, line) { blockHasDelimiterRow = true }
            }
        }
        finishBlock()
        return cuts
    }

    /// Whether some line has at least `count` pipes: the only lines that can have more cells
    /// than `count`. Only lines that long are looked at, and their pipes are found with
    /// `memchr`, so pages with narrow tables (all of them, in practice) pay almost nothing.
    private static func hasLine(in text: [UInt8], lineStarts: [Int], withPipes count: Int) -> Bool {
        text.withUnsafeBufferPointer { buffer in
            for (index, start) in lineStarts.enumerated() where start < buffer.count {
                let end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : buffer.count
                if end - start >= count {
                    // Pipes found with memchr too: most long lines are prose with none.
                    var pipes = 0
                    var from = start
                    while let pipe = ByteSearch.firstIndex(of: UInt8(ascii: "|"), in: buffer, from: from, to: end) {
                        pipes += 1
                        if pipes >= count { return true }
                        from = pipe + 1
                    }
                }
            }
            return false
        }
    }

    /// Where a line's content starts: after indentation and block-quote markers.
    private static func contentStart(_ text: [UInt8], _ line: Range<Int>) -> Int {
        var index = line.lowerBound
        while index < line.upperBound, isSpacing(text[index]) || text[index] == UInt8(ascii: ">") { index += 1 }
        return index
    }

    private static func isBlank(_ text: [UInt8], _ line: Range<Int>) -> Bool {
        text[contentStart(text, line)..<line.upperBound].allSatisfy { $0 == UInt8(ascii: "\r") }
    }

    /// `|---|:--:|`, `--- | ---` and the like: dashes, colons, pipes and spaces, with a dash.
    /// A thematic break (`---`) passes too, which only means a few more lines are looked at.
    private static func isDelimiterRow(_ text: [UInt8], _ line: Range<Int>) -> Bool {
        var sawDash = false
        for byte in text[contentStart(text, line)..<line.upperBound] {
            switch byte {
            case UInt8(ascii: "-"): sawDash = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
            default: return false
            }
        }
        return sawDash
    }

    /// Overwrites everything after the `maximumColumns`-th cell of a row with spaces, when
    /// anything but spacing follows it. Returns where the first ignored cell starts and how
    /// many cells the row had, or nil when the row was within the limit.
    private static func blank(_ text: inout [UInt8], _ line: Range<Int>, after maximumColumns: Int) -> (offset: Int, cells: Int)? {
        var index = contentStart(text, line)
        if index < line.upperBound, text[index] == UInt8(ascii: "|") { index += 1 }
        var separators = 0
        var cutAt: Int?
        var contentAfterLastSeparator = false
        var escaped = false
        while index < line.upperBound {
            let byte = text[index]
            if byte == UInt8(ascii: "|") && !escaped {
                separators += 1
                contentAfterLastSeparator = false
                if separators == maximumColumns { cutAt = index + 1 }
            } else if !isSpacing(byte) {
                contentAfterLastSeparator = true
            }
            escaped = byte == UInt8(ascii: "\\") && !escaped
            index += 1
        }
        let cells = separators + (contentAfterLastSeparator ? 1 : 0)
        guard let cutAt, cells > maximumColumns else { return nil }
        var firstIgnored = cutAt
        while firstIgnored < line.upperBound, isSpacing(text[firstIgnored]) { firstIgnored += 1 }
        for position in cutAt..<line.upperBound where text[position] != UInt8(ascii: "\r") {
            text[position] = UInt8(ascii: " ")
        }
        return (firstIgnored, cells)
    }

    private static func isSpacing(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
