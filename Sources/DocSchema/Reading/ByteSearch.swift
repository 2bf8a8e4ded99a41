/// Substring search on UTF-8 bytes: exact, and free of Foundation's locale-aware machinery,
/// which is slow on Linux.
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `bytes[start..<end]`.
    static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int = 0, to end: Int? = nil) -> Int? {
        bytes.withUnsafeBufferPointer { firstIndex(of: needle, in: $0, from: start, to: end ?? $0.count) }
    }

    static func firstIndex(of needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let first = needle.first, start >= 0, needle.count <= end - start else { return nil }
        var index = start
        let last = end - needle.count
        while index <= last {
            if buffer[index] == first {
                var matched = true
                var offset = 1
                while offset < needle.count {
                    if buffer[index + offset] != needle[offset] {
                        matched = false
                        break
                    }
                    offset += 1
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}

extension StringProtocol {
    /// Exact substring search on UTF-8 bytes, reading a native string's storage in place.
    func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.firstIndex(of: pattern, in: $0, from: 0, to: $0.count) }) {
            return found != nil
        }
        return ByteSearch.firstIndex(of: pattern, in: Array(utf8)) != nil
    }
}
