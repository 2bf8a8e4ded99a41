/// Finds the line and column of a byte offset in a UTF-8 buffer.
///
/// Built once per buffer; each lookup is a binary search plus a scan of one line prefix, so
/// locations are cheap enough to compute only when a fact or a diagnostic needs one.
public struct LineTable: Sendable {
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    /// For every `checkpointStride` bytes, how many scalars stand between the start of the line
    /// holding that byte and the byte itself. A column is then counted from the nearest
    /// checkpoint, not from the line's start: on a page that is one long line (a side-by-side
    /// page without newlines), every location once scanned the whole line before it, and
    /// 20 000 diagnostics on a 600 KB line took minutes.
    private let checkpoints: [Int]
    static let checkpointStride = 4096

    /// A table of lines already found, without column checkpoints: for a parser's positions,
    /// which give lines and byte columns, and not for counting columns on long lines.
    init(lineStarts: [Int]) {
        self.lineStarts = lineStarts
        checkpoints = []
    }

    public init(_ bytes: [UInt8]) {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / Self.checkpointStride + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var checkpoint = 0
            var next = 0
            while let index = ByteSearch.firstIndex(of: UInt8(ascii: "\n"), in: buffer, from: next, to: buffer.count) {
                next = index + 1
                // The checkpoints this line reaches before its newline. Each counts at most the
                // 4 KB since the one before it, so ordinary pages pay about one line per 4 KB.
                let lineStart = starts[starts.count - 1]
                while checkpoint * Self.checkpointStride <= index {
                    let end = checkpoint * Self.checkpointStride
                    checkpoints.append(Self.scalars(in: buffer, from: lineStart, to: end, after: checkpoints))
                    checkpoint += 1
                }
                starts.append(index + 1)
            }
            let lineStart = starts[starts.count - 1]
            while checkpoint * Self.checkpointStride < buffer.count {
                let end = checkpoint * Self.checkpointStride
                checkpoints.append(Self.scalars(in: buffer, from: lineStart, to: end, after: checkpoints))
                checkpoint += 1
            }
        }
        lineStarts = starts
        self.checkpoints = checkpoints
    }

    /// The scalars in `buffer[lineStart..<end]`, counted from the checkpoint before `end` when
    /// it lies on the same line.
    private static func scalars(
        in buffer: UnsafeBufferPointer<UInt8>, from lineStart: Int, to end: Int, after checkpoints: [Int]
    ) -> Int {
        if let previous = checkpoints.last, end - checkpointStride >= lineStart {
            return previous + buffer[(end - checkpointStride)..<end].scalarCount
        }
        return buffer[lineStart..<end].scalarCount
    }

    public var lineCount: Int { lineStarts.count }

    /// Where each line of `bytes` starts, without the column checkpoints: what a parser's
    /// line-and-byte-column positions need.
    static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var next = 0
            while let index = ByteSearch.firstIndex(of: UInt8(ascii: "\n"), in: buffer, from: next, to: buffer.count) {
                next = index + 1
                starts.append(next)
            }
        }
        return starts
    }

    /// Where each line of the bytes from `offset` on starts, counted from `offset`: the lines
    /// of a page's text after its front matter, without scanning it again.
    func lineStarts(from offset: Int) -> [Int] {
        var starts = [0]
        let first = lineIndex(of: offset) + 1
        guard first < lineStarts.count else { return starts }
        starts.reserveCapacity(lineStarts.count - first + 1)
        for start in lineStarts[first...] { starts.append(start - offset) }
        return starts
    }

    /// The 0-based line index holding `offset`.
    public func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The byte offset of a 1-based line and 1-based byte column, as cmark reports them.
    public func offset(line: Int, byteColumn: Int) -> Int {
        let index = min(max(line - 1, 0), lineStarts.count - 1)
        return lineStarts[index] + max(byteColumn - 1, 0)
    }

    /// The 1-based line and Unicode-scalar column of `offset` in `bytes`.
    public func position(of offset: Int, in bytes: [UInt8]) -> SourcePosition {
        let clamped = min(max(offset, 0), bytes.count)
        let index = lineIndex(of: clamped)
        var column = 1
        var cursor = lineStarts[index]
        let checkpoint = clamped / Self.checkpointStride
        if checkpoint < checkpoints.count, checkpoint * Self.checkpointStride > cursor {
            column += checkpoints[checkpoint]
            cursor = checkpoint * Self.checkpointStride
        }
        column += bytes[cursor..<clamped].scalarCount
        return SourcePosition(line: index + 1, column: column)
    }
}
