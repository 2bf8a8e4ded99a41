/// Builds Swift source line by line, with 4-space indentation and doc comments.
struct SwiftSourceText {
    private(set) var text = ""
    private var depth = 0

    /// Adds one line at the current indentation; an empty line stays empty.
    mutating func line(_ content: String = "") {
        if !content.isEmpty { text += String(repeating: "    ", count: depth) + content }
        text += "\n"
    }

    /// Adds `opener`, the body one level deeper, and `closer`.
    mutating func block(_ opener: String, closer: String = "}", _ body: (inout SwiftSourceText) -> Void) {
        line(opener)
        depth += 1
        body(&self)
        depth -= 1
        line(closer)
    }

    /// Adds a `switch`: its `case` labels stay at the level of the `switch`, as swift-format wants.
    mutating func switchBlock(_ header: String, _ body: (inout SwiftSourceText) -> Void) {
        line(header)
        body(&self)
        line("}")
    }

    /// Adds lines one level deeper, such as the statements of a `case`.
    mutating func indented(_ body: (inout SwiftSourceText) -> Void) {
        depth += 1
        body(&self)
        depth -= 1
    }

    /// Adds a `///` comment: the description, then the remark after an empty comment line.
    /// Lines are wrapped at word boundaries to fit in ``lineWidth`` columns.
    mutating func documentation(_ documentation: SwiftDocumentation) {
        let width = max(40, Self.lineWidth - depth * 4 - 4)
        let description = (documentation.description.map(SwiftNames.docLines) ?? []).flatMap { Self.wrap($0, width: width) }
        for entry in description { line(entry.isEmpty ? "///" : "/// " + entry) }
        guard let remark = documentation.remark else { return }
        if !description.isEmpty { line("///") }
        let remarkLines = SwiftNames.docLines("- Remark: " + remark).flatMap { Self.wrap($0, width: width - 2) }
        for (offset, entry) in remarkLines.enumerated() {
            line(offset == 0 ? "/// " + entry : "///   " + entry)
        }
    }

    /// The column limit generated code keeps to, except for statements that are never wrapped.
    static let lineWidth = 120

    /// Splits a line at spaces into lines of at most `width` characters; a longer word keeps a line to itself.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
