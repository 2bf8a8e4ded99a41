@testable import DocSchema
import Foundation
import Testing

@Suite("Reading")
struct ReadingTests {
    @Test("front matter: YAML first, then a forgiving line reader for what YAML rejects")
    func frontMatter() {
        let valid = PageReader.read(SourceFile(path: "a.md", bytes: Array("---\ntitle: \"x resource type\"\nms.date: 3/16/2018\n---\n# x\n".utf8)))
        #expect(valid.frontMatter["title"] == "x resource type")
        #expect(valid.frontMatter.date == "2018-03-16")
        #expect(valid.diagnostics.isEmpty)

        // A plain scalar holding ": " is not YAML; the docs have it anyway.
        let odd = PageReader.read(SourceFile(path: "b.md", bytes: Array("--- \ntitle: driveItem: createUploadSession\nauthor:\"someone\"\n---\nbody\n".utf8)))
        #expect(odd.frontMatter["title"] == "driveItem: createUploadSession")
        #expect(odd.frontMatter["author"] == "someone")
        #expect(odd.diagnostics.map(\.rule) == [.frontMatterInvalid])
        #expect(odd.diagnostics.first?.location.line == 2)
        #expect(String(decoding: odd.text, as: UTF8.self) == "body\n")
        #expect(odd.position(ofParsed: 0) == SourcePosition(line: 5, column: 1))
    }

    @Test("locale comes from ms.contentlocale; a translated page without spans is machine-translated")
    func locale() {
        let page = PageReader.read(SourceFile(path: "c.md", bytes: Array("---\nms.contentlocale: ru-RU\n---\n# Тип ресурса x\n".utf8)))
        #expect(page.locale == "ru-RU")
        #expect(page.form == .machineTranslated)
        let english = PageReader.read(SourceFile(path: "d.md", bytes: Array("---\ntitle: x\n---\n# x\n".utf8)))
        #expect(english.locale == "en-US")
        #expect(english.form == .gfm)
    }

    @Test("side-by-side spans unwrap to English, keep the local text, and map back to the original")
    func sideBySide() throws {
        let marked = MarkedText("""
            |<span data-ttu-id="1-1">имя</span><span class="sxs-lookup"><span data-stu-id="1-1">1️⃣displayName</span></span>|<span data-ttu-id="1-2">Строка</span><span class="sxs-lookup"><span data-stu-id="1-2">2️⃣String</span></span>|

            """)
        let page = PageReader.read(SourceFile(path: "e.md", bytes: Array(marked.text.utf8)))
        #expect(page.form == .sideBySide)
        #expect(String(decoding: page.text, as: UTF8.self) == "|displayName|String|\n")
        #expect(page.position(ofParsed: 1) == marked["1️⃣"])
        #expect(page.position(ofParsed: 13) == marked["2️⃣"])
        #expect(page.localizedSource(of: 1..<12) == "имя")
        #expect(page.localizedSource(of: 0..<20) == "|имя|Строка|")
    }

    @Test("a span that breaks across lines still unwraps whole")
    func multiLineSpan() {
        let text = "|<span data-ttu-id=\"2-1\">Фотография\n</span><span class=\"sxs-lookup\"><span data-stu-id=\"2-1\">photo</span></span>|x|\n"
        let page = PageReader.read(SourceFile(path: "f.md", bytes: Array(text.utf8)))
        #expect(String(decoding: page.text, as: UTF8.self) == "|photo|x|\n")
        #expect(page.diagnostics.isEmpty)
    }

    @Test("a local span without its English partner keeps its text and is reported")
    func unpairedSpan() {
        let text = "a <span data-ttu-id=\"3-1\">текст</span> b <span class=\"sxs-lookup\"><span data-stu-id=\"3-2\">c</span></span>\n"
        let page = PageReader.read(SourceFile(path: "g.md", bytes: Array(text.utf8)))
        #expect(page.diagnostics.map(\.rule) == [.sideBySideSpanUnpaired])
        #expect(String(decoding: page.text, as: UTF8.self).hasPrefix("a текст b "))
    }

    @Test("binary input is refused, invalid UTF-8 read with U+FFFD; each reported at the first bad byte")
    func badBytes() throws {
        let binary = SourceFile.check(SourceFile(path: "h.md", bytes: Array("ok\nab\u{0}c".utf8)))
        guard case .failure(let nul) = binary else { Issue.record("binary accepted"); return }
        #expect(nul.rule == .inputBinary)
        #expect(nul.location.position == SourcePosition(line: 2, column: 3))

        let invalid = try SourceFile.check(SourceFile(path: "i.md", bytes: Array("héllo\n".utf8) + [0xC3, 0x28])).get()
        let utf8 = try #require(invalid.diagnostics.first)
        #expect(invalid.diagnostics.count == 1)
        #expect(utf8.rule == .inputInvalidUTF8)
        #expect(utf8.location.position == SourcePosition(line: 2, column: 1))
        #expect(utf8.severity == .error)
        #expect(invalid.bytes == Array("héllo\n\u{FFFD}(".utf8))
        #expect(PageReader.read(invalid).diagnostics.map(\.rule) == [.inputInvalidUTF8], "the page carries it")

        for bytes: [UInt8] in [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            #expect(SourceFile.firstInvalidUTF8Offset(bytes) == 0, "\(bytes)")
        }
        #expect(SourceFile.firstInvalidUTF8Offset(Array("Строка ✓ 😀".utf8)) == nil)
    }

    @Test("a file that does not exist becomes a diagnostic, not a crash")
    func missingFile() {
        let facts = Pipeline.extract(file: "/nonexistent/page.md")
        #expect(facts.diagnostics.map(\.rule) == [.inputUnreadable])
        #expect(facts.properties.isEmpty)
    }

    @Test("a byte-order mark is skipped before the front matter")
    func byteOrderMark() {
        let page = PageReader.read(SourceFile(path: "j.md", bytes: [0xEF, 0xBB, 0xBF] + Array("---\ntitle: t\n---\n# t\n".utf8)))
        #expect(page.frontMatter["title"] == "t")
        #expect(page.position(ofParsed: 0) == SourcePosition(line: 4, column: 1))
    }

    @Test("the line starts of the text after a page's front matter, taken from the page's table, are the text's own")
    func lineStartsFromOffset() {
        let texts = ["", "\n", "a", "---\ntitle: x\n---\n# T\n\n| a | b |\n", "\u{FEFF}# T\r\nline\r\n\r\nlast", "\n\n\nx\n\n"]
        for text in texts {
            let bytes = Array(text.utf8)
            let lines = LineTable(bytes)
            for offset in 0...bytes.count {
                let derived = lines.lineStarts(from: offset)
                let scanned = LineTable.lineStarts(of: Array(bytes[offset...]))
                #expect(derived == scanned, "\(text.debugDescription) from \(offset)")
            }
        }
        #expect(LineTable.lineStarts(of: Array("a\nbc\n\nd".utf8)) == [0, 2, 5, 6])
        // Line feeds at every place of texts longer than the eight bytes tested at once.
        for length in [7, 8, 9, 17, 40] {
            for place in 0..<length {
                for gap in [1, 3, 8] {
                    let bytes = (0..<length).map { $0 >= place && ($0 - place) % gap == 0 ? UInt8(ascii: "\n") : UInt8(ascii: "x") }
                    let naive = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
                    #expect(LineTable(bytes).lineStarts == naive, "\(length) \(place) \(gap)")
                    #expect(LineTable.lineStarts(of: bytes) == naive, "\(length) \(place) \(gap)")
                }
            }
        }
    }

    @Test("columns count characters, not bytes")
    func columns() {
        let bytes = Array("Тип x\n".utf8)
        let lines = LineTable(bytes)
        #expect(lines.position(of: 7, in: bytes) == SourcePosition(line: 1, column: 5))
    }

    @Test("on lines longer than a checkpoint stride, columns still count characters from the line's start")
    func longLineColumns() {
        // Lines of 1-, 2-, 3- and 4-byte characters, each crossing one checkpoint or more.
        let pieces = ["a", "я", "€", "𝄞"]
        var text = ""
        for line in 0..<4 {
            for index in 0..<(3_000 + line * 1_700) { text += pieces[(index * (line + 1)) % pieces.count] }
            text += "\n"
        }
        let bytes = Array(text.utf8)
        let lines = LineTable(bytes)
        var expected = SourcePosition(line: 1, column: 1)
        for offset in 0...bytes.count {
            if offset % 7 == 0, lines.position(of: offset, in: bytes) != expected {
                Issue.record("offset \(offset): \(lines.position(of: offset, in: bytes)), expected \(expected)")
                return
            }
            guard offset < bytes.count else { break }
            if bytes[offset] == 0x0A {
                expected = SourcePosition(line: expected.line + 1, column: 1)
            } else if bytes[offset] & 0xC0 != 0x80 {
                expected.column += 1
            }
        }
    }
}
