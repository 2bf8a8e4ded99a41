extension Example {
    /// The place in the original file of a byte offset in ``bodyText``.
    ///
    /// A code block's lines are copied from the file unchanged after its indentation, and
    /// reading never rewrites code (side-by-side spans wrap prose only), so the body's first
    /// position plus the lines and characters before the offset is the place.
    public func position(ofBodyOffset offset: Int) -> SourcePosition {
        guard let start = bodyPosition, let text = bodyText else { return bodyPosition ?? position }
        let bytes = text.utf8
        let end = bytes.index(bytes.startIndex, offsetBy: min(max(offset, 0), bytes.count))
        var line = start.line
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < end {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        let column = start.column + text.unicodeScalars[lineStart..<end].count
        return SourcePosition(line: line, column: column)
    }
}
