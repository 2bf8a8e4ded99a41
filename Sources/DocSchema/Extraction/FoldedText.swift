/// Text lower-cased for matching, as UTF-8 bytes.
///
/// Foundation's `range(of:)` and `lowercased()` dominate a profile of extraction on Linux, so
/// phrase matching works on bytes instead. Folding covers the scripts the docs are written in:
/// ASCII and Cyrillic; other characters are compared as they are. Folding never changes a
/// byte count, so offsets in the folded text are offsets in the original.
struct FoldedText {
    let bytes: [UInt8]

    init(_ text: some StringProtocol) {
        var folded = [UInt8]()
        folded.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte >= 0x41 && byte <= 0x5A {
                folded.append(byte | 0x20)
            } else if byte == 0xD0, let next = iterator.next() {
                // А–П (D0 90–9F) → а–п (D0 B0–BF); Р–Я (D0 A0–AF) → р–я (D1 80–8F); Ё (D0 81) → ё (D1 91).
                let (lead, trail): (UInt8, UInt8) = switch next {
                case 0x90...0x9F: (0xD0, next + 0x20)
                case 0xA0...0xAF: (0xD1, next - 0x20)
                case 0x81: (0xD1, 0x91)
                default: (0xD0, next)
                }
                folded.append(lead)
                folded.append(trail)
            } else {
                folded.append(byte)
            }
        }
        bytes = folded
    }

    /// The byte range of the first occurrence of `phrase` at or after `start`.
    func range(of phrase: Phrase, from start: Int = 0) -> Range<Int>? {
        ByteSearch.firstIndex(of: phrase.bytes, in: bytes, from: start).map { $0..<($0 + phrase.bytes.count) }
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

    init(_ text: String) {
        self.text = text
        bytes = FoldedText(text).bytes
    }

    init(stringLiteral value: String) {
        self.init(value)
    }
}

