/// A 128-bit hash of bytes, for naming cache entries by content.
///
/// Not cryptographic: the cache only has to tell pages apart that differ by accident, and it
/// hashes every page on every run, so it has to run at memory speed (SHA-256 in Swift took
/// longer than a cached run may take in all). At 128 bits, an accidental collision among a
/// million pages has a probability near 10⁻²⁷.
struct ContentHash {
    /// A finished hash.
    struct Digest: Hashable, Sendable {
        var first: UInt64
        var second: UInt64
    }

    private(set) var high: UInt64 = 0x9E37_79B9_7F4A_7C15
    private(set) var low: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    init() {}

    /// Adds bytes; each part is closed by its length, so ("ab", "c") and ("a", "bc") differ.
    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian)
            offset += 8
        }
        var tail: UInt64 = 0
        for (shift, byte) in bytes[offset...].enumerated() { tail |= UInt64(byte) << (UInt64(shift) * 8) }
        mix(tail)
        mix(UInt64(bytes.count))
        length &+= UInt64(bytes.count)
    }

    mutating func combine(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { combine($0) }
    }

    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    var digest: Digest {
        let first = Self.avalanche(high ^ length)
        return Digest(first: first, second: Self.avalanche(low &+ first))
    }

    // Two lanes of multiply-rotate, each word feeding both, then MurmurHash3's finalizer.
    private mutating func mix(_ word: UInt64) {
        high = ((high ^ word) &* 0xFF51_AFD7_ED55_8CCD).rotated(by: 31)
        low = ((low &+ word) &* 0xC4CE_B9FE_1A85_EC53).rotated(by: 29) ^ high
    }

    private static func avalanche(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}

private extension UInt64 {
    func rotated(by bits: UInt64) -> UInt64 { (self << bits) | (self >> (64 - bits)) }
}
