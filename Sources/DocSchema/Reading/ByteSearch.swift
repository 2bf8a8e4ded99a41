#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Substring search on UTF-8 bytes: exact, and free of Foundation's locale-aware machinery,
/// which is slow on Linux.
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `bytes[start..<end]`.
    static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int = 0, to end: Int? = nil) -> Int? {
        bytes.withUnsafeBufferPointer { firstIndex(of: needle, in: $0, from: start, to: end ?? $0.count) }
    }

    static func firstIndex(of needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let first = needle.first, start >= 0, end <= buffer.count, needle.count <= end - start, let base = buffer.baseAddress else { return nil }
        // The first byte is found with memchr, which reads many bytes at a time, and the rest
        // compared with memcmp: a byte-by-byte loop was a visible part of extraction.
        return needle.withUnsafeBufferPointer { pattern in
            guard let patternBase = pattern.baseAddress else { return nil }
            let last = end - pattern.count
            var index = start
            while index <= last, let candidate = firstIndex(of: first, in: buffer, from: index, to: last + 1) {
                if memcmp(base + candidate + 1, patternBase + 1, pattern.count - 1) == 0 { return candidate }
                index = candidate + 1
            }
            return nil
        }
    }

    /// The offset of the first `byte` in `buffer[start..<end]`.
    static func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start >= 0, start < end, end <= buffer.count, let base = buffer.baseAddress else { return nil }
        return memchr(base + start, Int32(byte), end - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
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
