/// Finds the line and column of a byte offset in a UTF-8 buffer.
///
/// Built once per buffer; each lookup is a binary search plus a scan of one line prefix, so
/// locations are cheap enough to compute only when a fact or a diagnostic needs one.
public struct LineTable: Sendable {
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(_ bytes: [UInt8]) {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index] == UInt8(ascii: "\n") {
                starts.append(index + 1)
            }
        }
        lineStarts = starts
    }

    public var lineCount: Int { lineStarts.count }

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
        while cursor < clamped {
            // Count only the lead byte of each scalar.
            if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        return SourcePosition(line: index + 1, column: column)
    }
}
