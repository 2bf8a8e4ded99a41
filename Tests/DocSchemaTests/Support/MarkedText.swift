import DocSchema

/// Text with position markers (1️⃣, 2️⃣, …), after swift-format's tests: the markers are
/// removed, and each one's line and column in the remaining text is kept, so a test can say
/// exactly where a finding must point.
struct MarkedText {
    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    let text: String
    let positions: [String: SourcePosition]

    init(_ marked: String) {
        var text = ""
        var positions: [String: SourcePosition] = [:]
        var line = 1
        var column = 1
        var rest = Substring(marked)
        outer: while let character = rest.first {
            for marker in Self.markers where rest.hasPrefix(marker) {
                positions[marker] = SourcePosition(line: line, column: column)
                rest = rest.dropFirst(marker.count)
                continue outer
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
            rest = rest.dropFirst()
        }
        self.text = text
        self.positions = positions
    }

    subscript(marker: String) -> SourcePosition? { positions[marker] }
}
