extension Example {
    /// The place in the original file of a byte offset in ``bodyText``.
    ///
    /// A code block's lines are copied from the file unchanged after its indentation, and
    /// reading never rewrites code (side-by-side spans wrap prose only), so the body's first
    /// position plus the lines and characters before the offset is the place.
    public func position(ofBodyOffset offset: Int) -> SourcePosition {
        guard let start = bodyPosition, var text = bodyText else { return bodyPosition ?? position }
        // Read as bytes: line feeds found with `memchr`, and the column's characters counted as
        // the bytes that do not continue a UTF-8 sequence.
        return text.withUTF8 { bytes in
            let end = min(max(offset, 0), bytes.count)
            var line = start.line
            var lineStart = 0
            while let newline = ByteSearch.firstIndex(of: UInt8(ascii: "\n"), in: bytes, from: lineStart, to: end) {
                line += 1
                lineStart = newline + 1
            }
            return SourcePosition(line: line, column: start.column + bytes[lineStart..<end].scalarCount)
        }
    }
}
