/// A description or paragraph prepared for phrase matching: its plain text with runs of
/// whitespace collapsed, and folded once.
struct ProseText {
    let inline: InlineText
    /// The plain text, whitespace collapsed.
    let plain: String
    let folded: FoldedText

    init(_ inline: InlineText) {
        self.inline = inline
        plain = Whitespace.collapse(inline.plainText)
        folded = FoldedText(plain)
    }

    /// The first text span holding one of `phrases`, and the index in its text just after the match.
    /// Spans are folded only here, once the whole text is known to hold a phrase: most
    /// descriptions hold none of the phrases asked for.
    func find(_ phrases: [Phrase]) -> (span: Int, end: String.Index)? {
        guard folded.containsAny(phrases) else { return nil }
        for (index, span) in inline.spans.enumerated() where span.kind == .text {
            guard let range = FoldedText(span.text).firstMatch(of: phrases) else { continue }
            let text = span.text
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

    /// The words of `text` (runs of anything but `Character.isWhitespace`) joined by single spaces.
    static func words(_ text: String) -> String {
        // In ASCII text the two agree, and the bytes are read without a grapheme walk.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return collapse(text) }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Trims the ends and replaces every run of ASCII whitespace (and no-break spaces) with one space.
    static func collapse(_ text: String) -> String {
        // Most cells and sentences have nothing to collapse; they are returned without a copy.
        if isCollapsed(text) { return text }
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

    /// Whether `collapse` would return `text` unchanged: single spaces between words, none at
    /// the ends, no other white space. A `0xC2` lead byte (a no-break space, or another Latin-1
    /// character) sends the text the long way.
    private static func isCollapsed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
            if bytes[0] == 0x20 { return false }
            // Eight bytes at a time while none of them can matter: no byte from 0x08 to 0x0F
            // (`\t` to `\r` among them), no 0xC2 (which may start a no-break space), and no
            // space after a space. A word with any of them is left to the byte loop below.
            var start = 0
            var afterSpace = false
            while start + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self).littleEndian
                let spaces = ByteWord.zeroBytes(word ^ 0x2020_2020_2020_2020)
                let doubled = spaces & (spaces >> 8) | (afterSpace ? spaces & 0x80 : 0)
                let control = ByteWord.zeroBytes(word & 0xF8F8_F8F8_F8F8_F8F8 ^ 0x0808_0808_0808_0808)
                guard doubled | control | ByteWord.zeroBytes(word ^ 0xC2C2_C2C2_C2C2_C2C2) == 0 else { break }
                afterSpace = spaces >> 63 != 0
                start += 8
            }
            for byte in UnsafeBufferPointer(rebasing: bytes[start...]) {
                if byte == 0x20 {
                    if afterSpace { return false }
                    afterSpace = true
                } else {
                    if byte <= 0x0D && isSpace(byte) || byte == 0xC2 { return false }
                    afterSpace = false
                }
            }
            return !afterSpace || bytes.isEmpty
        }
    }
}
