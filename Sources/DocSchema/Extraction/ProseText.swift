/// A description or paragraph prepared for phrase matching: its plain text with runs of
/// whitespace collapsed, and each text span folded once.
struct ProseText {
    let inline: InlineText
    /// The plain text, whitespace collapsed.
    let plain: String
    let folded: FoldedText
    /// The folded text of each span, for text spans; nil for code, HTML and breaks.
    let spanFolds: [FoldedText?]

    init(_ inline: InlineText) {
        self.inline = inline
        plain = Whitespace.collapse(inline.plainText)
        folded = FoldedText(plain)
        spanFolds = inline.spans.map { $0.kind == .text ? FoldedText($0.text) : nil }
    }

    /// The first text span holding one of `phrases`, and the index in its text just after the match.
    func find(_ phrases: [Phrase]) -> (span: Int, end: String.Index)? {
        guard folded.containsAny(phrases) else { return nil }
        for (index, fold) in spanFolds.enumerated() {
            guard let fold, let range = fold.firstMatch(of: phrases) else { continue }
            let text = inline.spans[index].text
            return (index, text.utf8.index(text.utf8.startIndex, offsetBy: range.upperBound))
        }
        return nil
    }
}

/// Whitespace handling on bytes; `Character.isWhitespace` is slow on large volumes of text.
enum Whitespace {
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    /// Trims the ends and replaces every run of ASCII whitespace (and no-break spaces) with one space.
    static func collapse(_ text: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if isSpace(byte) {
                pendingSpace = !out.isEmpty
                continue
            }
            if byte == 0xC2 {
                let next = iterator.next()
                if next == 0xA0 {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
                if let next { out.append(next) }
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
