@testable import DocSchema
import Testing

/// `git cat-file --batch` output as `diff --git-range` reads it. A header's size once went into
/// the slice bounds unchecked: a negative one made the range run backwards and one near
/// `Int.max` overflowed, both traps. Each now fails with git's header in the message.
@Suite("Robustness: git batch output")
struct GitBatchOutputTests {
    func batch(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("well-formed output gives each blob's bytes under its name")
    func wellFormed() throws {
        let output = batch("abc blob 3\none\ndef blob 5\ntwo\n!\n")
        let files = try GitRevision.parseBatch(output, names: ["a.md", "b.md"])
        #expect(files.map(\.path) == ["a.md", "b.md"])
        #expect(files.map { String(decoding: $0.bytes, as: UTF8.self) } == ["one", "two\n!"])
    }

    static let badSizes = [-2, 99, Int.max, Int.max - 2].map { "abc blob \($0)\nxy\n" }

    @Test("a size that is negative, runs past the end or overflows is a failure, not a trap", arguments: badSizes)
    func badSize(output: String) {
        #expect(throws: GitRevision.Failure.self) { try GitRevision.parseBatch(batch(output), names: ["a.md"]) }
    }

    @Test("output that ends before every name has its blob is a failure")
    func endsEarly() {
        // The blob has no newline after it, so the next header would start past the end.
        #expect(throws: GitRevision.Failure.self) {
            try GitRevision.parseBatch(batch("abc blob 2\nxy"), names: ["a.md", "b.md"])
        }
        #expect(throws: GitRevision.Failure.self) {
            try GitRevision.parseBatch(batch("abc missing\n"), names: ["a.md"])
        }
    }
}
