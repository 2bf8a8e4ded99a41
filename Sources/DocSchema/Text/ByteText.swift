extension UnsafeBufferPointer<UInt8> {
    /// The bytes in `range`, decoded as UTF-8 (an ill-formed sequence reads as U+FFFD).
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: self[range]), as: UTF8.self)
    }
}

extension Collection<UInt8> {
    /// The Unicode scalars these UTF-8 bytes hold: the bytes that do not continue a sequence.
    var scalarCount: Int {
        reduce(0) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
    }
}

extension StringProtocol {
    /// What `lowercased().hasPrefix(prefix)` answers, for a `prefix` of ASCII letters and
    /// punctuation written in lower case, without lower-casing the whole text. ASCII text is
    /// compared byte by byte, `A`–`Z` folded; where a non-ASCII character could matter (one
    /// that lower-cases to an ASCII letter, as the Kelvin sign does, or a combining mark that
    /// joins the prefix's last character) the answer is `lowercased().hasPrefix`'s own.
    func hasLowercasedPrefix(_ prefix: StaticString) -> Bool {
        let expected = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        var bytes = utf8.makeIterator()
        for wanted in expected {
            guard let byte = bytes.next() else { return false }
            if byte >= 0x80 { return lowercased().hasPrefix(String(decoding: expected, as: UTF8.self)) }
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != wanted { return false }
        }
        if let next = bytes.next(), next >= 0x80 { return lowercased().hasPrefix(String(decoding: expected, as: UTF8.self)) }
        return true
    }
}

/// Eight bytes read as one word, for scans that test eight bytes at a time.
enum ByteWord {
    /// The high bit of each byte of `word` that is zero, and no other bit: exact for every
    /// byte, since no sum carries into the next byte.
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~((word & 0x7F7F_7F7F_7F7F_7F7F &+ 0x7F7F_7F7F_7F7F_7F7F) | word | 0x7F7F_7F7F_7F7F_7F7F)
    }
}
