@testable import DocSchema
import Testing

@Suite("Markdown")
struct CMarkParserTests {
    func tables(_ markdown: String) -> [Table] {
        CMarkParser.parse(Array(markdown.utf8)).blocks.compactMap {
            if case .table(let table) = $0 { return table }
            return nil
        }
    }

    @Test("tables keep their cells' inline structure: links, code, text")
    func tableCells() throws {
        let table = try #require(tables("|Property|Type|Description|\n|:--|:--|:--|\n|id|[x](y.md) collection|Hi `a`, `b`|\n").first)
        #expect(table.header.map(\.plainText) == ["Property", "Type", "Description"])
        let row = try #require(table.rows.first)
        #expect(row.cells[1].links.map(\.destination) == ["y.md"])
        #expect(row.cells[1].text(ofLink: 0) == "x")
        #expect(row.cells[1].plainText == "x collection")
        #expect(row.cells[2].spans.filter { $0.kind == .code }.map(\.text) == ["a", "b"])
        #expect(row.writtenCellCount == nil)
    }

    @Test("rows with missing or extra cells are flagged; cmark itself pads and trims them")
    func cellCounts() {
        let table = tables("|A|B|C|\n|--|--|--|\n|a|b|\n|a|b|c|d (x | y)|\n|a|b|c|\n").first
        #expect(table?.rows.map(\.writtenCellCount) == [2, 5, nil])
        #expect(table?.rows.map(\.cells.count) == [3, 3, 3])
    }

    @Test("escaped pipes stay inside their cell")
    func escapedPipe() {
        let table = tables("|A|B|\n|--|--|\n|`a \\| b`|c|\n").first
        #expect(table?.rows.first?.cells.first?.plainText == "a | b")
        #expect(table?.rows.first?.writtenCellCount == nil)
    }

    @Test("smart punctuation stays off: quotes and dashes come out as written")
    func noSmartPunctuation() {
        let blocks = CMarkParser.parse(Array("\"quoted\" -- it's\n".utf8)).blocks
        guard case .paragraph(let text) = blocks.first else { Issue.record("no paragraph"); return }
        #expect(text.plainText == "\"quoted\" -- it's")
    }

    @Test("lists and quotes are flattened into the blocks they hold; fences keep their info string")
    func flattening() {
        let blocks = CMarkParser.parse(Array("> **Note:** a\n\n- item\n\n```http\nGET /x\n```\n<!-- { \"a\": 1 } -->\n".utf8)).blocks
        #expect(blocks.count == 4)
        if case .code(let code) = blocks[2] {
            #expect(code.info == "http")
            #expect(code.literal == "GET /x\n")
            #expect(code.contentOffset == 31)
        } else {
            Issue.record("no code block")
        }
        if case .html(let html) = blocks[3] { #expect(html.literal.hasPrefix("<!--")) } else { Issue.record("no html block") }
    }

    @Test("a fence is closed by the same character, as many times or more, indented or quoted; not by another")
    func fenceClosing() {
        func closed(_ markdown: String) -> [Bool] {
            CMarkParser.parse(Array(markdown.utf8)).blocks.compactMap {
                if case .code(let code) = $0 { return code.isClosed }
                return nil
            }
        }
        #expect(closed("```json\n{}\n```\n") == [true])
        #expect(closed("```json\r\n{}\r\n```") == [true], "CRLF, and no newline at the end")
        #expect(closed("~~~\nx\n~~~~~\n\n    indented code\n") == [true, true])
        #expect(closed("- item\n\n  ```\n  x\n  ```\n> ```\n> y\n> ```\n") == [true, true])
        #expect(closed("```\n") == [false])
        #expect(closed("````\nx\n```\nmore\n") == [false], "a shorter run does not close")
        #expect(closed("```\nx\n~~~\n") == [false], "nor does the other character")
        #expect(closed("- item\n\n  ```\n  x\n- next\n") == [false], "the list item ends the fence")
    }

    @Test("blocks and inlines nested 100,000 deep are walked without running out of stack")
    func deepNesting() {
        let quotes = CMarkParser.parse(Array((String(repeating: ">", count: 100_000) + " deep text\n").utf8))
        #expect(quotes.blocks.count == 1)
        if case .paragraph(let text) = quotes.blocks.first { #expect(text.plainText == "deep text") }

        let levels = 50_000
        let emphasis = String(repeating: "*a _b ", count: levels) + "x" + String(repeating: " b_ a*", count: levels)
        let inline = CMarkParser.parse(Array(("[link](y.md) **" + emphasis + "**\n").utf8))
        guard case .paragraph(let text) = inline.blocks.first else {
            Issue.record("no paragraph")
            return
        }
        #expect(text.links.map(\.destination) == ["y.md"])
        #expect(text.spans.first?.link == 0)
        #expect(text.spans.last?.isStrong == true)
        #expect(text.plainText.filter { $0 == "x" }.count == 1)
    }

    @Test("literals are read from the nodes as cmark made them: entities and escapes decoded in text, code and HTML as written")
    func literals() {
        let page = "a &amp; b \\*c\\* `d &amp;` <span>é</span>\n\n<!-- x -->\n\n```\ncode &amp;\n```\n"
        let blocks = CMarkParser.parse(Array(page.utf8)).blocks
        #expect(blocks.count == 3)
        guard case .paragraph(let text) = blocks.first else {
            Issue.record("no paragraph")
            return
        }
        // Text split by cmark at `&` and at each escape reads as one span.
        #expect(text.spans.map(\.kind) == [.text, .code, .text, .html, .text, .html])
        #expect(text.spans.map(\.text) == ["a & b *c* ", "d &amp;", " ", "<span>", "é", "</span>"])
        // cmark-gfm places a code span at its content, past the opening backtick (16).
        #expect(text.spans.map(\.offset) == [0, 17, 25, 26, 32, 34])
        if case .html(let html) = blocks[1] { #expect(html.literal == "<!-- x -->\n") } else { Issue.record("no HTML block") }
        if case .code(let code) = blocks[2] { #expect(code.literal == "code &amp;\n") } else { Issue.record("no code block") }
    }

    @Test("parsing from several threads at once gives the same result")
    func concurrentParsing() async {
        let text = Array("|P|T|D|\n|--|--|--|\n|a|[b](b.md)|`c`|\n".utf8)
        let expected = CMarkParser.parse(text).blocks
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<64 { group.addTask { CMarkParser.parse(text).blocks == expected } }
            for await same in group { #expect(same) }
        }
    }

    @Test("a page parsed in the arena reads as one parsed with cmark's own allocator, however large")
    func arenaMatchesSystemAllocator() {
        // Rows, long paragraphs and a long code block: many small allocations, buffers that grow
        // in place and past a block, and allocations larger than a block.
        var page = "# Title\n\n|Property|Type|Description|\n|:--|:--|:--|\n"
        for index in 0..<20_000 { page += "|p\(index)|[t\(index)](t.md) collection|Row `\(index)` of *many*.|\n" }
        page += "\n" + String(repeating: "a long paragraph that grows its buffer ", count: 60_000) + "\n\n"
        page += "```json\n" + String(repeating: "{\"key\": \"value\"},\n", count: 80_000) + "```\n"
        let text = Array(page.utf8)
        #expect(text.count > 3_000_000)
        let inArena = CMarkParser.parse(text, inArena: true)
        #expect(inArena.blocks.count == 4)
        // Compared as a Bool: a failure would otherwise print both documents, megabytes each.
        let sameAsSystem = inArena.blocks == CMarkParser.parse(text, inArena: false).blocks
        #expect(sameAsSystem)
        // The arena is taken back after each page: a second parse on the thread reads the same.
        let sameAgain = CMarkParser.parse(text, inArena: true).blocks == inArena.blocks
        #expect(sameAgain)
    }
}
