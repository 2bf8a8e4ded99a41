/// The parts of a parsed page that extraction reads, in document order.
///
/// This is deliberately not a mirror of the cmark tree: lists and block quotes are flattened
/// into the blocks they contain, and inline content is reduced to text, code, links and
/// breaks. Offsets are byte offsets into the parsed text; ``SourcePage`` turns them into
/// locations in the original file.
public struct MarkdownDocument: Sendable {
    public var blocks: [Block]

    public init(blocks: [Block]) {
        self.blocks = blocks
    }
}

public enum Block: Sendable, Hashable {
    case heading(Heading)
    case paragraph(InlineText)
    case table(Table)
    case code(CodeBlock)
    case html(HTMLBlock)
}

public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: InlineText
    public var offset: Int
}

public struct Table: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var cells: [InlineText]
        public var offset: Int
        /// How many cells the row's own text holds, when it differs from the header's count.
        public var writtenCellCount: Int?
    }

    public var header: [InlineText]
    public var rows: [Row]
    public var offset: Int
}

public struct CodeBlock: Sendable, Hashable {
    /// The info string after the opening fence, such as `http` or `json`; empty when unfenced.
    public var info: String
    public var literal: String
    /// Offset of the first line of `literal`.
    public var contentOffset: Int
    public var offset: Int
    /// False for a fence that is never closed: it runs to the end of the page, or of the list
    /// item or quote it is in.
    public var isClosed = true
}

public struct HTMLBlock: Sendable, Hashable {
    public var literal: String
    public var offset: Int
}

/// Inline content reduced to what extraction needs.
public struct InlineText: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable {
        case text
        case code
        case html
        case lineBreak
    }

    public struct Span: Sendable, Hashable {
        public var kind: Kind
        public var text: String
        /// Byte offset in the parsed text; -1 where the parser gave none.
        public var offset: Int
        /// Index into ``InlineText/links`` of the link this span sits in, or -1.
        public var link: Int
        /// Whether the span is inside `**strong**` emphasis.
        public var isStrong: Bool
    }

    public struct Link: Sendable, Hashable {
        public var destination: String
        public var offset: Int
    }

    public var spans: [Span]
    public var links: [Link]
    /// Offset of the container (cell, paragraph, heading) this text came from.
    public var offset: Int
    /// Offset just past the container's last byte.
    public var end: Int

    public init(spans: [Span] = [], links: [Link] = [], offset: Int, end: Int) {
        self.spans = spans
        self.links = links
        self.offset = offset
        self.end = end
    }

    /// A text made of one plain span.
    public init(plain text: String, offset: Int) {
        self.init(
            spans: [Span(kind: .text, text: text, offset: offset, link: -1, isStrong: false)],
            offset: offset, end: offset + text.utf8.count)
    }

    /// The text a reader sees: text and code spans, breaks as spaces, HTML dropped
    /// except `<br>`, which reads as a space.
    public var plainText: String {
        var out = ""
        for span in spans {
            switch span.kind {
            case .text, .code: out += span.text
            case .lineBreak: out += " "
            case .html: if Self.isBreakTag(span.text) { out += " " }
            }
        }
        return out
    }

    public var isEmpty: Bool { spans.allSatisfy { $0.kind == .lineBreak || ($0.kind != .html && $0.text.allSatisfy(\.isWhitespace)) } }

    /// Where the first written character is: the first span with a position, else the container.
    public var textOffset: Int? {
        if let span = spans.first(where: { $0.offset >= 0 }) { return span.offset }
        return offset >= 0 ? offset : nil
    }

    /// The text of the spans inside link `index`.
    public func text(ofLink index: Int) -> String {
        var out = ""
        for span in spans where span.link == index && (span.kind == .text || span.kind == .code) { out += span.text }
        return out
    }

    static func isBreakTag(_ html: String) -> Bool {
        let lowered = html.lowercased()
        return lowered.hasPrefix("<br") || lowered.hasPrefix("</br") || lowered.hasPrefix("<p") || lowered.hasPrefix("</p")
    }
}
