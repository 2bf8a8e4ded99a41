/// A page saved as UTF-16 with a byte order mark (as some Windows editors do), converted to
/// UTF-8. Lines and columns count characters, so locations are the same in either encoding.
struct UTF16Text {
    /// `little-endian` or `big-endian`, for messages.
    var byteOrder: String
    /// The text without its byte order mark; code units that are not UTF-16 (an unpaired
    /// surrogate, an odd last byte) become U+FFFD.
    var utf8: [UInt8]

    /// Nil unless `bytes` start with a UTF-16 byte order mark.
    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 2 else { return nil }
        let isLittleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): isLittleEndian = true
        case (0xFE, 0xFF): isLittleEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(isLittleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        var text = String(decoding: units, as: UTF16.self)
        if index < bytes.count { text.append("\u{FFFD}") }
        byteOrder = isLittleEndian ? "little-endian" : "big-endian"
        utf8 = Array(text.utf8)
    }
}
