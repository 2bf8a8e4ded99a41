@testable import DocSchema
import Foundation
import Testing

/// The page-size and table-width limits: each gives a diagnostic at its place, never a crash,
/// and leaves every other location where it was.
@Suite("Input limits")
struct InputLimitsTests {
    func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docschema-limits-\(UUID().uuidString).md")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test("a page over the size limit is skipped unread, with page-too-large; one at the limit is read")
    func pageSize() throws {
        let page = Array("# x resource type\n".utf8)
        let path = try temporaryFile(page)
        defer { try? FileManager.default.removeItem(atPath: path) }

        guard case .failure(let tooLarge) = SourceFile.load(path: path, maximumSize: page.count - 1) else {
            Issue.record("a page over the limit was read")
            return
        }
        #expect(tooLarge.rule == .pageTooLarge)
        #expect(tooLarge.severity == .error)
        #expect(tooLarge.location == SourceLocation(file: path, line: 1, column: 1))
        #expect(tooLarge.message == "page is 18 bytes, more than the 17 bytes limit (--max-page-size); it is skipped")
        #expect(try SourceFile.load(path: path, maximumSize: page.count).get().bytes == page)

        // Bytes from elsewhere (a git blob) are held to the same limit.
        guard case .failure(let blob) = SourceFile.check(SourceFile(path: "b.md", bytes: page), maximumSize: 10) else {
            Issue.record("a blob over the limit was accepted")
            return
        }
        #expect(blob.rule == .pageTooLarge)

        let facts = Pipeline.extract(file: path, options: ExtractionOptions(limits: InputLimits(maximumPageSize: 8)))
        #expect(facts.diagnostics.map(\.rule) == [.pageTooLarge])
        #expect(facts.title == nil)
    }

    @Test("sizes are written in the unit that reads best")
    func sizes() {
        #expect(InputLimits.describe(bytes: 8 * 1024 * 1024) == "8 MiB")
        #expect(InputLimits.describe(bytes: 52_428_818) == "50.0 MiB")
        #expect(InputLimits.describe(bytes: 1536) == "1.5 KiB")
        #expect(InputLimits.describe(bytes: 1) == "1 byte")
    }

    @Test("cells past the column limit are blanked before parsing, with one table-too-wide per table")
    func wideTable() throws {
        let columns = 70
        let header = "|" + (1...columns).map { "c\($0)" }.joined(separator: "|") + "|"
        let delimiter = "|" + Array(repeating: "---", count: columns).joined(separator: "|") + "|"
        let row = "|" + (1...columns).map { "v\($0)" }.joined(separator: "|") + "|"
        let marked = MarkedText("""
            # x resource type

            \(header.replacingOccurrences(of: "|c65|", with: "|1️⃣c65|"))
            \(delimiter)
            \(row)
            \(row)

            A line of \(String(repeating: "| ", count: 100)) pipes, not a table, 2️⃣here.
            """)
        let page = PageReader.read(SourceFile(path: "w.md", bytes: Array(marked.text.utf8)), limits: InputLimits(maximumTableColumns: 64))
        let diagnostics = page.diagnostics.filter { $0.rule == .tableTooWide }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location.position == marked["1️⃣"])
        #expect(diagnostics.first?.message == "table row has 70 cells, more than the limit of 64 (--max-table-columns); "
            + "the cells after the 64th are ignored (and in 2 more rows of this table)")

        // Offsets are kept: the text is as long as before, and what follows maps to the same place.
        #expect(page.text.count == Array(marked.text.utf8).count)
        let here = try #require(String(decoding: page.text, as: UTF8.self).range(of: "here."))
        let offset = String(decoding: page.text, as: UTF8.self).utf8.distance(
            from: String(decoding: page.text, as: UTF8.self).startIndex, to: here.lowerBound)
        #expect(page.position(ofParsed: offset) == marked["2️⃣"])
        #expect(String(decoding: page.text, as: UTF8.self).contains(String(repeating: "| ", count: 100)), "not a table: untouched")

        let table = try #require(CMarkParser.parse(page.text).blocks.compactMap { block -> Table? in
            if case .table(let table) = block { return table }
            return nil
        }.first)
        #expect(table.header.count == 64)
        #expect(table.header.last?.plainText == "c64")
        #expect(table.rows.map(\.cells.count) == [64, 64])
        #expect(table.rows.map(\.writtenCellCount) == [nil, nil])
    }

    @Test("a row wider than a narrow header is cut too; escaped pipes are not separators")
    func wideRow() throws {
        let wide = "|a|b|c|" + String(repeating: "x|", count: 10)
        let escaped = "|a|b|" + String(repeating: "\\|", count: 20) + "|"
        let text = "|A|B|C|\n|-|-|-|\n\(wide)\n\(escaped)\n"
        let page = PageReader.read(SourceFile(path: "r.md", bytes: Array(text.utf8)), limits: InputLimits(maximumTableColumns: 4))
        let lines = String(decoding: page.text, as: UTF8.self).split(separator: "\n")
        #expect(lines[2] == "|a|b|c|x|" + String(repeating: " ", count: 18))
        #expect(lines[3] == Substring(escaped), "three cells, whatever the escaped pipes")
        #expect(page.diagnostics.map(\.message) == [
            "table row has 13 cells, more than the limit of 4 (--max-table-columns); the cells after the 4th are ignored"
        ])
        #expect(page.diagnostics.first?.location.position == SourcePosition(line: 3, column: 10))
    }

    @Test("a page with narrow tables is handed to the parser unchanged")
    func narrowTables() throws {
        let file = SourceFile(path: "s.md", bytes: Array(try String(contentsOfFile: Package.seed("000"), encoding: .utf8).utf8))
        let page = PageReader.read(file, limits: InputLimits(maximumTableColumns: 8))
        #expect(!page.diagnostics.contains { $0.rule == .tableTooWide })
        #expect(page.text == PageReader.read(file, limits: InputLimits(maximumTableColumns: .max)).text)
    }
}
