/// Text lower-cased for matching, as UTF-8 bytes.
///
/// Foundation's `range(of:)` and `lowercased()` dominate a profile of extraction on Linux, so
/// phrase matching works on bytes instead. Folding covers the scripts the docs are written in:
/// ASCII and Cyrillic; other characters are compared as they are. Folding never changes a
/// byte count, so offsets in the folded text are offsets in the original.
struct FoldedText {
    let bytes: [UInt8]
    /// The pairs of adjacent bytes the text holds, so that most phrases it lacks are ruled out
    /// without a search: descriptions are asked for dozens of phrases and hold almost none.
    private let pairs: BytePairSet

    init(_ text: some StringProtocol) {
        let utf8 = text.utf8
        // Read in place where the string's storage allows it (native strings and their slices).
        let folded = utf8.withContiguousStorageIfAvailable(Self.fold) ?? Array(utf8).withUnsafeBufferPointer(Self.fold)
        bytes = folded
        pairs = BytePairSet(folded)
    }

    /// Folding never changes the byte count, so the bytes are written in place, not appended.
    private static func fold(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: input.count) { out, count in
            var index = 0
            guard let source = input.baseAddress, let target = out.baseAddress else { count = 0; return }
            while index < input.count {
                // Eight ASCII bytes at a time, most of every text: each of `A`–`Z` gains 0x20.
                while index + 8 <= input.count {
                    let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                    guard word & 0x8080_8080_8080_8080 == 0 else { break }
                    // A byte's high bit is set when it is at least `A` and not above `Z`.
                    let upper = (word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
                    UnsafeMutableRawPointer(target + index).storeBytes(of: word | upper >> 2, toByteOffset: 0, as: UInt64.self)
                    index += 8
                }
                guard index < input.count else { break }
                let byte = input[index]
                if byte >= 0x41 && byte <= 0x5A {
                    out[index] = byte | 0x20
                } else if byte == 0xD0, index + 1 < input.count {
                    // А–П (D0 90–9F) → а–п (D0 B0–BF); Р–Я (D0 A0–AF) → р–я (D1 80–8F); Ё (D0 81) → ё (D1 91).
                    let next = input[index + 1]
                    let (lead, trail): (UInt8, UInt8) = switch next {
                    case 0x90...0x9F: (0xD0, next + 0x20)
                    case 0xA0...0xAF: (0xD1, next - 0x20)
                    case 0x81: (0xD1, 0x91)
                    default: (0xD0, next)
                    }
                    out[index] = lead
                    index += 1
                    out[index] = trail
                } else {
                    out[index] = byte
                }
                index += 1
            }
            count = input.count
        }
    }

    /// The byte range of the first occurrence of `phrase` at or after `start`.
    func range(of phrase: Phrase, from start: Int = 0) -> Range<Int>? {
        guard pairs.mayContain(phrase.pairs) else { return nil }
        return ByteSearch.firstIndex(of: phrase.bytes, in: bytes, from: start).map { $0..<($0 + phrase.bytes.count) }
    }

    func contains(_ phrase: Phrase) -> Bool { range(of: phrase) != nil }

    func containsAny(_ phrases: [Phrase]) -> Bool { phrases.contains { contains($0) } }

    /// The earliest match of any phrase; at the same start, the longest.
    func firstMatch(of phrases: [Phrase]) -> Range<Int>? {
        var best: Range<Int>?
        for phrase in phrases {
            guard let range = range(of: phrase) else { continue }
            if let current = best,
               range.lowerBound > current.lowerBound || (range.lowerBound == current.lowerBound && range.upperBound <= current.upperBound) {
                continue
            }
            best = range
        }
        return best
    }
}

/// A phrase to look for in ``FoldedText``, folded once when the vocabulary is built.
struct Phrase: Sendable, Hashable, ExpressibleByStringLiteral {
    let text: String
    let bytes: [UInt8]
    /// The pairs of adjacent bytes of the folded phrase.
    let pairs: BytePairSet

    init(_ text: String) {
        self.text = text
        bytes = FoldedText(text).bytes
        pairs = BytePairSet(bytes)
    }

    static func == (lhs: Phrase, rhs: Phrase) -> Bool { lhs.text == rhs.text }
    func hash(into hasher: inout Hasher) { hasher.combine(text) }

    init(stringLiteral value: String) {
        self.init(value)
    }
}


/// A set of adjacent byte pairs, hashed into 1,024 bits: a text that lacks any pair of a
/// phrase cannot hold the phrase. A pair that collides only costs a search, never a match.
struct BytePairSet: Sendable {
    private var bits = SIMD16<UInt64>(repeating: 0)

    init(_ bytes: [UInt8]) {
        guard bytes.count > 1 else { return }
        // Set through the vector's own memory, word by word: a SIMD vector's lanes are slow to
        // write one at a time, and building it from a separate buffer copied it lane by lane.
        withUnsafeMutableBytes(of: &bits) { words in
            bytes.withUnsafeBufferPointer { buffer in
                var previous = buffer[0]
                for index in 1..<buffer.count {
                    let byte = buffer[index]
                    let slot = Self.slot(previous, byte)
                    let offset = (slot >> 6) * MemoryLayout<UInt64>.size
                    let word = words.load(fromByteOffset: offset, as: UInt64.self) | 1 << UInt64(slot & 63)
                    words.storeBytes(of: word, toByteOffset: offset, as: UInt64.self)
                    previous = byte
                }
            }
        }
    }

    /// Whether every pair of `other` is in this set. The pairs missing here are folded into one
    /// pair of words by halves: comparing the vectors with `==` compiled to a loop that moved
    /// both through memory once per lane.
    func mayContain(_ other: BytePairSet) -> Bool {
        let missing = other.bits & ~bits
        let eight = missing.lowHalf | missing.highHalf
        let four = eight.lowHalf | eight.highHalf
        let two = four.lowHalf | four.highHalf
        return two[0] | two[1] == 0
    }

    private static func slot(_ first: UInt8, _ second: UInt8) -> Int {
        Int(((UInt32(first) << 8 | UInt32(second)) &* 2_654_435_761) >> 22)
    }
}
