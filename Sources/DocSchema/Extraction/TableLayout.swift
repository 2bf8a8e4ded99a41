import Foundation

/// What a table holds, decided by its header cells (which survive translation better than
/// the heading above it), and which column holds what.
struct TableLayout: Equatable {
    enum Kind: Equatable {
        /// Rows name a property or relationship and its type.
        case typed
        /// Rows name an enum member, maybe with a value and a description.
        case members
        case permissions
        case headers
        case methods
        case parameters
        case other
    }

    var kind: Kind
    var nameColumn = 0
    var typeColumn: Int?
    var descriptionColumn: Int?
    var valueColumn: Int?
    /// Whether the header's first column says "relationship".
    var namesRelationships = false

    /// What a header means depends on its cells' text and the vocabulary alone.
    private struct HeaderKey: Hashable, Sendable {
        var cells: [String]
        var language: Vocabulary.Language
    }

    /// Layouts of headers already read: a corpus repeats a few dozen headers thousands of times.
    private static let known = SharedMemo<HeaderKey, TableLayout>()

    static func classify(_ header: [InlineText], vocabulary: Vocabulary) -> TableLayout {
        let cells = header.map(\.plainText)
        return known.value(for: HeaderKey(cells: cells, language: vocabulary.language)) {
            classify(titles: cells.map(normalize), vocabulary: vocabulary)
        }
    }

    private static func classify(titles: [String], vocabulary: Vocabulary) -> TableLayout {
        guard let first = titles.first else { return TableLayout(kind: .other) }
        let typeColumn = titles.firstIndex { vocabulary.typeHeaders.contains($0) }
        let descriptionColumn = titles.firstIndex { vocabulary.descriptionHeaders.contains($0) }

        if vocabulary.permissionHeaders.contains(where: first.hasPrefix) { return TableLayout(kind: .permissions) }
        if vocabulary.headerHeaders.contains(first) { return TableLayout(kind: .headers) }
        if vocabulary.methodHeaders.contains(first) { return TableLayout(kind: .methods) }
        if vocabulary.parameterHeaders.contains(first) { return TableLayout(kind: .parameters) }
        if let typeColumn, typeColumn > 0 {
            let isRelationship = vocabulary.relationshipHeaders.contains(first)
            guard isRelationship || vocabulary.propertyHeaders.contains(first) else { return TableLayout(kind: .other) }
            return TableLayout(
                kind: .typed, typeColumn: typeColumn, descriptionColumn: descriptionColumn, namesRelationships: isRelationship)
        }
        let valueColumn = titles.indices.dropFirst().first { vocabulary.valueHeaders.contains(titles[$0]) }
        if vocabulary.memberHeaders.contains(first) {
            return TableLayout(kind: .members, descriptionColumn: descriptionColumn, valueColumn: valueColumn)
        }
        // "Value | Description" and "Name | Value | Description" tables list members only under an
        // enum heading; the caller decides, so they are reported as candidates.
        if vocabulary.valueHeaders.contains(first) || first == "name" || first == "имя" {
            return TableLayout(kind: .other, descriptionColumn: descriptionColumn, valueColumn: valueColumn)
        }
        return TableLayout(kind: .other)
    }

    /// A header title reduced to its words: lower-cased, no parenthetical, no "?", single spaces.
    static func normalize(_ plainText: String) -> String {
        var text = plainText.lowercased().replacingAll("\u{00A0}", with: " ")
        if let parenthesis = text.firstIndex(of: "(") { text = String(text[..<parenthesis]) }
        text = text.replacingAll("?", with: "").replacingAll("&nbsp;", with: " ")
        return Whitespace.words(text)
    }
}
