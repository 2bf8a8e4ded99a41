import Foundation

/// Reads a Type cell into a ``TypeRef``.
///
/// Handles every form the docs use: `String`, `Edm.Int32`, `String collection`,
/// `Collection(String)`, `Collection of x`, `[x](x.md)`, `[x](x.md) collection`, `` `x` ``,
/// `Enumeration`, `String (identifier)`, `microsoft.graph.callRecords.x`, and translated
/// type words such as `Строка` or `Коллекция [x](x.md)`.
enum TypeExpression {
    enum Outcome: Equatable, Sendable {
        /// The type, and the page the cell links to for it (a lower-cased file stem), if any.
        case type(TypeRef, page: String?)
        case empty
        case unknown(String)
    }

    /// Primitive type names as the docs spell them, lower-cased, to their `Edm` name.
    static let primitives: [String: String] = [
        "string": "String", "str": "String", "text": "String", "url": "String", "uri": "String",
        "boolean": "Boolean", "bool": "Boolean",
        "int32": "Int32", "int": "Int32", "integer": "Int32", "number": "Int32", "numeric": "Int32",
        "int64": "Int64", "long": "Int64", "int16": "Int16", "short": "Int16",
        "byte": "Byte", "sbyte": "SByte",
        "double": "Double", "float": "Double", "single": "Single", "decimal": "Decimal",
        "datetimeoffset": "DateTimeOffset", "datetime": "DateTimeOffset", "timestamp": "DateTimeOffset",
        "date": "Date", "timeofday": "TimeOfDay", "time": "TimeOfDay",
        "duration": "Duration", "timespan": "Duration",
        "guid": "Guid", "uuid": "Guid",
        "binary": "Binary", "stream": "Stream",
        "geographypoint": "GeographyPoint",
    ]

    /// Words in a Type cell that say nothing about the type itself.
    private static let fillerWords: Set<String> = ["of", "a", "an", "the", "resource", "object", "type", "complex", "enum", "edm", "untyped",
        "optional", "required"]

    /// What a Type cell without links says depends on its text, the namespace and the vocabulary alone.
    private struct CellKey: Hashable, Sendable {
        var text: String
        var namespace: String
        var language: Vocabulary.Language
    }

    /// Outcomes of cells without links, which are most cells: `String`, `Boolean`, `String collection`.
    private static let known = SharedMemo<CellKey, Outcome>()

    static func parse(_ cell: InlineText, namespace: String, vocabulary: Vocabulary) -> Outcome {
        guard cell.links.isEmpty else { return read(cell, namespace: namespace, vocabulary: vocabulary) }
        let key = CellKey(text: cell.plainText, namespace: namespace, language: vocabulary.language)
        return known.value(for: key) { read(cell, namespace: namespace, vocabulary: vocabulary) }
    }

    private static func read(_ cell: InlineText, namespace: String, vocabulary: Vocabulary) -> Outcome {
        let plain = cell.plainText.trimmingWhitespace()
        guard !plain.isEmpty else { return .empty }
        // Only a separate word makes a collection: some type names end in "Collection".
        let lowered = plain.lowercased()
        // The token test runs only when a collection word is there at all, which it rarely is.
        let isCollection = vocabulary.collectionWords.contains { lowered.containsBytes($0) }
            && Identifier.tokens(in: plain).contains { vocabulary.collectionWords.contains($0.lowercased()) }

        // A translated type word ("целое число") may be several words long; try the whole cell first.
        let withoutCollection = vocabulary.typeWords.isEmpty ? "" : strip(lowered, words: vocabulary.collectionWords)
        if let english = vocabulary.typeWords[withoutCollection] ?? vocabulary.typeWords[withoutCollection.trimming(\.isPunctuation)] {
            return .type(TypeRef(english, collection: isCollection), page: nil)
        }

        // A link names the type by its text; a transliterated text falls back to the page it links to.
        for (index, link) in cell.links.enumerated() {
            let text = cell.text(ofLink: index)
            let page = Identifier.pageStem(link.destination)
            if let ref = named(text, namespace: namespace, collection: isCollection, vocabulary: vocabulary) {
                return .type(ref, page: ref.isPrimitive ? nil : page)
            }
            let fallback = Identifier.fromPageLink(link.destination) ?? Identifier.fromAnchor(link.destination)
            if let fallback, let ref = named(fallback, namespace: namespace, collection: isCollection, vocabulary: vocabulary) {
                return .type(ref, page: ref.isPrimitive ? nil : page)
            }
        }

        if let ref = named(plain, namespace: namespace, collection: isCollection, vocabulary: vocabulary) { return .type(ref, page: nil) }
        return .unknown(plain)
    }

    /// The type a piece of text names: its first meaningful token, as a primitive, a
    /// placeholder, a translated type word, or a type in `namespace`.
    private static func named(_ text: String, namespace: String, collection: Bool, vocabulary: Vocabulary) -> TypeRef? {
        if vocabulary.placeholderWords.contains(text.lowercased().trimmingSpaces()) {
            return TypeRef(namespace + ".Enumeration", collection: collection, placeholder: true)
        }
        for token in Identifier.tokens(in: text) {
            let word = token.lowercased()
            if vocabulary.collectionWords.contains(word) || fillerWords.contains(word) { continue }
            if let english = vocabulary.typeWords[word] { return TypeRef(english, collection: collection) }
            if vocabulary.placeholderWords.contains(word) {
                return TypeRef(namespace + ".Enumeration", collection: collection, placeholder: true)
            }
            var name = Substring(token)
            if word.hasPrefix("edm.") { name = name.dropFirst(4) }
            if let primitive = primitives[name.lowercased()] { return .edm(primitive, collection: collection) }
            if Identifier.isValid(name) { return TypeRef(namespace + "." + name, collection: collection) }
            if Identifier.isQualified(name) {
                // `graph.x` uses the schema alias of the default namespace.
                if name.lowercased().hasPrefix("graph.") { return TypeRef(Graph.namespace + "." + name.dropFirst(6), collection: collection) }
                return TypeRef(String(name), collection: collection)
            }
            // A token that is neither: a translated word we do not know. Keep looking.
        }
        return nil
    }

    private static func strip(_ text: String, words: [String]) -> String {
        var result = text
        for word in words { result = result.replacingAll(word, with: " ") }
        result = result.replacingAll("(", with: " ").replacingAll(")", with: " ")
        return Whitespace.words(result)
    }
}
