import CCMarkGFM
import CCMarkNodes

/// Parses markdown with libcmark-gfm (table extension, source positions, never smart
/// punctuation) and copies out the blocks extraction needs, walking the tree once.
public enum CMarkParser {
    /// Registers the GFM extensions once per process; cmark keeps them in a global list.
    /// The extension is never mutated after registration, so sharing it across threads is safe.
    nonisolated(unsafe) private static let tableExtension: OpaquePointer? = {
        cmark_gfm_core_extensions_ensure_registered()
        return cmark_find_syntax_extension("table")
    }()

    static let options: Int32 = CMARK_OPT_SOURCEPOS

    public static func parse(_ text: [UInt8]) -> MarkdownDocument {
        parse(text, inArena: true)
    }

    /// `lineStarts` are where `text`'s lines start, when the caller has them already
    /// (``SourcePage/textLineStarts``); they are found otherwise.
    /// In the thread's arena (see ``ParseArena``), the parser and tree are let go all at once
    /// when the walk is done; otherwise cmark allocates and frees them itself.
    static func parse(_ text: [UInt8], lineStarts: [Int]? = nil, inArena: Bool = true) -> MarkdownDocument {
        ParseArena.withMemory(inArena) { arena in
            guard let parser = arena.map({ cmark_parser_new_with_mem(options, $0) }) ?? cmark_parser_new(options) else {
                return MarkdownDocument(blocks: [])
            }
            defer { if arena == nil { cmark_parser_free(parser) } }
            if let tableExtension { cmark_parser_attach_syntax_extension(parser, tableExtension) }
            text.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
                }
            }
            guard let root = cmark_parser_finish(parser) else { return MarkdownDocument(blocks: []) }
            defer { if arena == nil { cmark_node_free(root) } }
            var walker = TreeWalker(lines: LineTable(lineStarts: lineStarts ?? LineTable.lineStarts(of: text)), text: text)
            walker.walkBlocks(root)
            return MarkdownDocument(blocks: walker.blocks)
        }
    }
}

/// Walks block nodes depth-first, reading inline content of leaf blocks directly.
private struct TreeWalker {
    let lines: LineTable
    let text: [UInt8]
    var blocks: [Block] = []

    init(lines: LineTable, text: [UInt8]) {
        self.lines = lines
        self.text = text
    }

    /// Visits the blocks under `root` in document order. A loop rather than a recursion: block
    /// quotes and lists nest as deeply as the text says (`>>>>…`), and cmark-gfm builds such a
    /// tree without complaint, so a recursive walk would overflow the stack.
    mutating func walkBlocks(_ root: OpaquePointer) {
        var node = Node.firstChild(root)
        while let current = node {
            if visit(current), let child = Node.firstChild(current) {
                node = child
                continue
            }
            node = Self.next(after: current, within: root).node
        }
    }

    /// The node after `node` in document order once its children are done: its next sibling,
    /// or that of its nearest ancestor below `root` that has one; and how many levels up that is.
    static func next(after node: OpaquePointer, within root: OpaquePointer) -> (node: OpaquePointer?, levelsUp: Int) {
        var step = node
        var levelsUp = 0
        while true {
            if let sibling = Node.next(step) { return (sibling, levelsUp) }
            guard let parent = Node.parent(step), parent != root else { return (nil, levelsUp) }
            step = parent
            levelsUp += 1
        }
    }

    /// Copies out a block extraction reads; returns true for a container whose children are
    /// blocks to visit.
    private mutating func visit(_ node: OpaquePointer) -> Bool {
        switch Node.type(node) {
        case CMARK_NODE_HEADING:
            blocks.append(.heading(Heading(
                level: Int(cmark_node_get_heading_level(node)), text: inlines(of: node), offset: offset(of: node))))
        case CMARK_NODE_PARAGRAPH:
            blocks.append(.paragraph(inlines(of: node)))
        case CMARK_NODE_CODE_BLOCK:
            var fenceLength: Int32 = 0
            var fenceOffset: Int32 = 0
            var fenceChar: CChar = 0
            let fenced = cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceChar) != 0
            let span = Node.span(node)
            let start = offset(of: span)
            let contentStart = fenced ? lines.offset(line: Int(span.start_line) + 1, byteColumn: 1) : start
            let isClosed = !fenced || closesFence(
                line: Int(span.end_line), after: Int(span.start_line),
                character: UInt8(bitPattern: fenceChar), length: Int(fenceLength))
            blocks.append(.code(CodeBlock(
                info: string(cmark_node_get_fence_info(node)), literal: Node.literalString(node),
                contentOffset: contentStart, offset: start, isClosed: isClosed)))
        case CMARK_NODE_HTML_BLOCK:
            blocks.append(.html(HTMLBlock(literal: Node.literalString(node), offset: offset(of: node))))
        case CMARK_NODE_TABLE:
            blocks.append(.table(table(node)))
        default:
            // Containers (document, lists, items, block quotes) and anything else with children.
            return true
        }
        return false
    }

    /// Whether `line`, the last of a fenced block that opened on line `opening`, is its closing
    /// fence: at least `length` fence characters after the indentation and quote markers, then
    /// only spacing. cmark-gfm does not say whether it found one; a fence it closes at the end of
    /// the page or of a container ends on a line of content instead.
    private func closesFence(line: Int, after opening: Int, character: UInt8, length: Int) -> Bool {
        guard line > opening, line <= lines.lineCount else { return false }
        let end = line < lines.lineCount ? lines.lineStarts[line] : text.count
        var index = lines.lineStarts[line - 1]
        while index < end, [0x20, 0x09, UInt8(ascii: ">")].contains(text[index]) { index += 1 }
        var run = 0
        while index < end, text[index] == character {
            run += 1
            index += 1
        }
        return run >= length && text[index..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    private func table(_ node: OpaquePointer) -> Table {
        var header: [InlineText] = []
        var rows: [Table.Row] = []
        var rowNode = Node.firstChild(node)
        // cmark pads and trims every row to the header's width: the first row's count fits all.
        var width = 0
        while let row = rowNode {
            var cells: [InlineText] = []
            cells.reserveCapacity(width)
            var lastWrittenEnd = 0
            var missing = 0
            var cellNode = Node.firstChild(row)
            while let cell = cellNode {
                let span = Node.span(cell)
                // cmark-gfm pads a short row with cells that have no source position.
                if span.start_column == 0 {
                    missing += 1
                } else {
                    lastWrittenEnd = lines.offset(line: Int(span.end_line), byteColumn: Int(span.end_column) + 1)
                }
                cells.append(inlines(of: cell, span: span))
                cellNode = Node.next(cell)
            }
            width = cells.count
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
                header = cells
            } else {
                let span = Node.span(row)
                let rowEnd = lines.offset(line: Int(span.end_line), byteColumn: Int(span.end_column) + 1)
                let extra = extraCells(from: lastWrittenEnd, to: rowEnd)
                let written = missing > 0 ? cells.count - missing : (extra > 0 ? cells.count + extra : nil)
                rows.append(Table.Row(cells: cells, offset: offset(of: span), writtenCellCount: written))
            }
            rowNode = Node.next(row)
        }
        return Table(header: header, rows: rows, offset: offset(of: node))
    }

    /// cmark-gfm drops cells beyond the header's count; they show as text left on the row after
    /// the last cell it kept. Counts the pipes that separate such leftover cells.
    private func extraCells(from start: Int, to end: Int) -> Int {
        guard start < end, end <= text.count else { return 0 }
        var pipes = 0
        var content = false
        var escaped = false
        for index in start..<end {
            let byte = text[index]
            if byte == UInt8(ascii: "|") && !escaped {
                if content { pipes += 1; content = false } else if pipes == 0 { continue }
            } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r") {
                content = true
            }
            escaped = byte == UInt8(ascii: "\\") && !escaped
        }
        return pipes + (content ? 1 : 0)
    }

    private func offset(of node: OpaquePointer) -> Int {
        offset(of: Node.span(node))
    }

    private func offset(of span: docschema_node_span) -> Int {
        guard span.start_line > 0 else { return -1 }
        return lines.offset(line: Int(span.start_line), byteColumn: Int(span.start_column))
    }

    private func endOffset(of span: docschema_node_span) -> Int {
        guard span.end_line > 0 else { return -1 }
        return lines.offset(line: Int(span.end_line), byteColumn: Int(span.end_column) + 1)
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// Flattens the inline children of a leaf block into spans.
    private func inlines(of container: OpaquePointer, span: docschema_node_span? = nil) -> InlineText {
        let span = span ?? Node.span(container)
        var result = InlineText(offset: offset(of: span), end: endOffset(of: span))
        collect(children: container, into: &result)
        return result
    }

    /// What an inline node passes down to its children.
    private struct InlineContext {
        /// The index in `links` of the link around them, or -1.
        var link: Int
        var strong: Bool
    }

    /// A loop rather than a recursion, for the reason ``walkBlocks(_:)`` gives: emphasis nests
    /// as deeply as the text says. `contexts` holds one entry per level below the children of
    /// `parent`, so plain text, most of what there is, allocates none.
    private func collect(children parent: OpaquePointer, into result: inout InlineText) {
        var contexts: [InlineContext] = []
        var text = PendingText()
        var next = Node.firstChild(parent)
        while let node = next {
            let context = contexts.last ?? InlineContext(link: -1, strong: false)
            let (link, strong) = (context.link, context.strong)
            var inner: InlineContext?
            switch Node.type(node) {
            case CMARK_NODE_TEXT:
                text.add(Node.literal(node), at: node, link: link, strong: strong, walker: self, into: &result)
            case CMARK_NODE_SOFTBREAK:
                text.add(PendingText.bytes(of: PendingText.space), at: node, link: link, strong: strong, walker: self, into: &result)
            case CMARK_NODE_CODE:
                text.flush(into: &result)
                append(.code, Node.literalString(node), node, link, strong, &result)
            case CMARK_NODE_HTML_INLINE:
                text.flush(into: &result)
                append(.html, Node.literalString(node), node, link, strong, &result)
            case CMARK_NODE_LINEBREAK:
                text.flush(into: &result)
                append(.lineBreak, "", node, link, strong, &result)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                result.links.append(InlineText.Link(destination: string(cmark_node_get_url(node)), offset: offset(of: node)))
                inner = InlineContext(link: result.links.count - 1, strong: strong)
            case CMARK_NODE_STRONG:
                inner = InlineContext(link: link, strong: true)
            default:
                inner = context
            }
            if let inner, let child = Node.firstChild(node) {
                contexts.append(inner)
                next = child
                continue
            }
            let following = Self.next(after: node, within: parent)
            contexts.removeLast(following.levelsUp)
            next = following.node
        }
        text.flush(into: &result)
    }

    private func append(
        _ kind: InlineText.Kind, _ text: String, _ node: OpaquePointer, _ link: Int, _ strong: Bool,
        _ result: inout InlineText
    ) {
        result.spans.append(InlineText.Span(kind: kind, text: text, offset: offset(of: node), link: link, isStrong: strong))
    }

    /// Adjacent text nodes (cmark splits text at every special character), made one span's
    /// string once the run ends, rather than a string a node appended to the last. A run of one
    /// node, most of them, is read straight from cmark's literal; longer runs are gathered as bytes.
    private struct PendingText {
        private var span: (offset: Int, link: Int, strong: Bool)?
        /// The run's text while it has one node; cmark keeps a literal until the tree is freed.
        private var single: UnsafeBufferPointer<UInt8>?
        private var bytes: [UInt8] = []

        /// A soft line break reads as a space; the literal lives as long as the program.
        static let space: StaticString = " "

        static func bytes(of text: StaticString) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        }

        mutating func add(
            _ text: UnsafeBufferPointer<UInt8>, at node: OpaquePointer, link: Int, strong: Bool, walker: TreeWalker,
            into result: inout InlineText
        ) {
            if let current = span, current.link != link || current.strong != strong { flush(into: &result) }
            guard span != nil else {
                span = (walker.offset(of: node), link, strong)
                single = text
                return
            }
            if let first = single {
                bytes.append(contentsOf: first)
                single = nil
            }
            bytes.append(contentsOf: text)
        }

        mutating func flush(into result: inout InlineText) {
            guard let current = span else { return }
            let text = single.map { String(decoding: $0, as: UTF8.self) } ?? String(decoding: bytes, as: UTF8.self)
            result.spans.append(InlineText.Span(kind: .text, text: text, offset: current.offset, link: current.link, isStrong: current.strong))
            bytes.removeAll(keepingCapacity: true)
            span = nil
            single = nil
        }
    }
}

/// The fields of a cmark node the walk reads, read in place (`CCMarkNodes`) rather than through
/// cmark's getters: a call into the library each, and a copy of every text node's literal.
private enum Node {
    static func type(_ node: OpaquePointer) -> cmark_node_type {
        cmark_node_type(rawValue: UInt32(docschema_node_type(UnsafeRawPointer(node))))
    }

    static func span(_ node: OpaquePointer) -> docschema_node_span {
        docschema_node_span_of(UnsafeRawPointer(node))
    }

    static func firstChild(_ node: OpaquePointer) -> OpaquePointer? {
        docschema_node_first_child(UnsafeRawPointer(node)).map(OpaquePointer.init)
    }

    static func next(_ node: OpaquePointer) -> OpaquePointer? {
        docschema_node_next(UnsafeRawPointer(node)).map(OpaquePointer.init)
    }

    static func parent(_ node: OpaquePointer) -> OpaquePointer? {
        docschema_node_parent(UnsafeRawPointer(node)).map(OpaquePointer.init)
    }

    /// The node's literal in place, valid as long as the tree.
    static func literal(_ node: OpaquePointer) -> UnsafeBufferPointer<UInt8> {
        let text = docschema_node_literal(UnsafeRawPointer(node))
        return UnsafeBufferPointer(start: text.bytes, count: Int(text.count))
    }

    static func literalString(_ node: OpaquePointer) -> String {
        String(decoding: literal(node), as: UTF8.self)
    }
}
