import Foundation

/// Reads enum members out of description prose: "Possible values are: `a`, `b`, `c`."
/// and its variants ("Allowed values", "The possible values are", translated lead-ins).
///
/// Members are usually code spans. Plain-text renderings lose the backticks, so when a list
/// has no code spans at all, bare identifiers separated by commas are accepted instead.
enum EnumValues {
    struct Found {
        var members: [EnumMemberFact]
        /// Offsets of list items that were empty, such as the `` `` `` entries in a list.
        var emptyItemOffsets: [Int]
    }

    /// One piece of a list after the lead-in: a member candidate or separating text.
    private enum Piece {
        case member(String, offset: Int)
        case text(String, offset: Int)
    }

    static func find(in prose: ProseText, vocabulary: Vocabulary, position: (Int) -> SourcePosition) -> Found? {
        guard let (spanIndex, afterLeadIn) = prose.find(vocabulary.valueLeadIns) else { return nil }
        let text = prose.inline
        var pieces: [Piece] = []
        var sawCode = false
        var index = spanIndex
        var startInSpan: String.Index? = afterLeadIn
        collecting: while index < text.spans.count {
            let span = text.spans[index]
            switch span.kind {
            case .code:
                let trimmed = span.text.trimmingSpaces()
                let name = trimmed.hasPrefix("\"") && trimmed.hasSuffix("\"") && trimmed.count > 2
                    ? String(trimmed.dropFirst().dropLast()) : trimmed
                if Identifier.isWireValue(name) {
                    pieces.append(.member(name, offset: span.offset))
                    sawCode = true
                } else {
                    pieces.append(.text(span.text, offset: span.offset))
                }
            case .text:
                var body = Substring(span.text)
                if let start = startInSpan { body = span.text[start...] }
                startInSpan = nil
                if let end = sentenceEnd(in: body, nextIsCode: index + 1 < text.spans.count && text.spans[index + 1].kind == .code) {
                    pieces.append(.text(String(body[..<end]), offset: span.offset))
                    break collecting
                }
                pieces.append(.text(String(body), offset: span.offset))
            case .lineBreak:
                break collecting
            case .html:
                if InlineText.isBreakTag(span.text) { break collecting }
            }
            index += 1
        }
        return split(pieces, plainText: !sawCode, position: position)
    }

    /// Where the sentence holding the list ends inside `text`, if it does.
    private static func sentenceEnd(in text: Substring, nextIsCode: Bool) -> String.Index? {
        var index = text.startIndex
        var depth = 0
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            switch character {
            case "(": depth += 1
            case ")":
                if depth == 0 { return index }
                depth -= 1
            case ";": return index
            case ".", "。":
                // A period ends the sentence unless it sits inside a word ("e.g", "v1.0").
                if next == text.endIndex { return nextIsCode ? nil : index }
                if text[next].isWhitespace { return index }
            default: break
            }
            index = next
        }
        return nil
    }

    /// Splits the pieces into comma-separated items. An item with code-span members yields them;
    /// an item with nothing but spaces or backticks is an empty member; in a plain-text list an
    /// item that is one bare identifier is a member; anything else is prose and is skipped.
    private static func split(_ pieces: [Piece], plainText: Bool, position: (Int) -> SourcePosition) -> Found? {
        var members: [EnumMemberFact] = []
        var empties: [Int] = []
        var itemMembers: [(name: String, offset: Int)] = []
        var itemText = ""
        var itemOffset = pieces.first.map(offset) ?? 0

        func finishItem() {
            defer {
                itemMembers = []
                itemText = ""
            }
            if !itemMembers.isEmpty {
                members += itemMembers.map { EnumMemberFact(name: $0.name, position: position($0.offset)) }
                return
            }
            var words = itemText.trimming(isItemTrim)
            for conjunction in ["and ", "or ", "и ", "или "] where words.lowercased().hasPrefix(conjunction) {
                words = String(words.dropFirst(conjunction.count)).trimming(isItemTrim)
            }
            if words.allSatisfy({ $0 == "`" }) {
                // Point at the item itself, past the spaces after its comma.
                let leading = itemText.prefix(while: \.isWhitespace).utf8.count
                empties.append(itemOffset + leading)
            } else if plainText, Identifier.isValid(words), words != "null" {
                members.append(EnumMemberFact(name: words, position: position(itemOffset)))
            }
        }

        for piece in pieces {
            switch piece {
            case .member(let name, let offset):
                itemMembers.append((name, offset))
            case .text(let text, let offset):
                var cursor = text.startIndex
                for comma in text.indices where text[comma] == "," {
                    itemText += text[cursor..<comma]
                    finishItem()
                    cursor = text.index(after: comma)
                    itemOffset = offset + text.utf8.distance(from: text.startIndex, to: cursor)
                }
                itemText += text[cursor...]
            }
        }
        finishItem()
        return members.isEmpty ? nil : Found(members: members, emptyItemOffsets: empties)
    }

    private static func isItemTrim(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isWhiteSpace || ":\u{201C}\u{201D}\"'".unicodeScalars.contains(scalar)
    }

    private static func offset(_ piece: Piece) -> Int {
        switch piece {
        case .member(_, let offset), .text(_, let offset): offset
        }
    }
}
