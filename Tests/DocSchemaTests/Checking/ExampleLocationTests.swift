@testable import DocSchema
import Testing

@Suite("Places in example bodies")
struct ExampleLocationTests {
    @Test("a body offset is the line and the character column it falls on, held against a line split at every place")
    func everyOffset() {
        var example = Example(role: .other, annotation: nil, headers: [], position: SourcePosition(line: 3, column: 1))
        // Several lines (one ending in CRLF), characters of two and three bytes, a tab.
        let text = "{\n  \"naïve\": \"日本\",\r\n\t\"x\": [1,\n2]\n}"
        example.bodyText = text
        example.bodyPosition = SourcePosition(line: 10, column: 5)
        let bytes = Array(text.utf8)
        // Offsets the JSON parser gives fall between characters; past either end, they are clamped.
        let offsets = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
        for offset in [-3] + offsets + [bytes.count + 5] {
            let clamped = min(max(offset, 0), bytes.count)
            // Split as bytes: as characters, a CRLF is one character and no line feed.
            let lines = bytes[..<clamped].split(separator: 0x0A, omittingEmptySubsequences: false)
            let lastLine = String(decoding: lines.last ?? [], as: UTF8.self)
            // Every line of a code block starts at the body's column: blocks are indented as a whole.
            let expected = SourcePosition(line: 10 + lines.count - 1, column: 5 + lastLine.unicodeScalars.count)
            #expect(example.position(ofBodyOffset: offset) == expected, "offset \(offset)")
        }
    }

    @Test("an example without a body places every offset at the example itself")
    func noBody() {
        let example = Example(role: .other, annotation: nil, headers: [], position: SourcePosition(line: 7, column: 2))
        #expect(example.position(ofBodyOffset: 12) == SourcePosition(line: 7, column: 2))
    }
}
