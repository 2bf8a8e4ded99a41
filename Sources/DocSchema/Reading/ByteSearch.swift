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
        needle.withUnsafeBufferPointer { firstIndex(of: $0, in: buffer, from: start, to: end) }
    }

    static func firstIndex(
        of pattern: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) -> Int? {
        guard let first = pattern.first, start >= 0, end <= buffer.count, pattern.count <= end - start,
              let base = buffer.baseAddress, let patternBase = pattern.baseAddress else { return nil }
        // The first byte is found with memchr, which reads many bytes at a time, and the rest
        // compared with memcmp: a byte-by-byte loop was a visible part of extraction.
        let last = end - pattern.count
        var index = start
        while index <= last, let candidate = firstIndex(of: first, in: buffer, from: index, to: last + 1) {
            if memcmp(base + candidate + 1, patternBase + 1, pattern.count - 1) == 0 { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// The offset of the first `byte` in `buffer[start..<end]`.
    static func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start >= 0, start < end, end <= buffer.count, let base = buffer.baseAddress else { return nil }
        return memchr(base + start, Int32(byte), end - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
    }
}

extension StringProtocol {
    /// Exact substring search on UTF-8 bytes, reading a native string's storage in place.
    /// The needle is read in place too: it is nearly always a literal, and copying it into an
    /// array cost an allocation a search.
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.firstIndex(of: pattern, in: $0, from: 0, to: $0.count) }) {
                return found != nil
            }
            return Array(utf8).withUnsafeBufferPointer { ByteSearch.firstIndex(of: pattern, in: $0, from: 0, to: $0.count) } != nil
        }
    }
}
