/// What a heading says the content below it is about.
enum SectionRole: Equatable, Sendable {
    case properties
    case relationships
    case methods
    case representation
    case requestBody
    case requestHeaders
    case parameters
    case permissions
    case response
    case example
    case members
    /// "Derived types": a table of the types that derive from the page's type.
    case derivedTypes
    /// "### name values": the members of the enum `name`.
    case enumValues(String)
    case other

    /// Heading words for each role, in the order they are tried: "Request body" must be
    /// recognised before "request" alone makes it an example.
    private static let rules: [(SectionRole, [Phrase])] = [
        (.derivedTypes, ["derived type", "производные типы"]),
        (.relationships, ["relationship", "navigation propert", "связи", "отношения"]),
        (.representation, ["json representation", "представление json", "представление в формате json"]),
        (.requestHeaders, ["request header", "заголовки запроса"]),
        (.requestBody, ["request body", "тело запроса", "текст запроса"]),
        (.parameters, ["parameter", "параметр"]),
        (.permissions, ["permission", "разрешени", "prerequisites", "необходимые компоненты"]),
        (.methods, ["method", "методы", "functions", "reports"]),
        (.members, ["members", "элементы", "member"]),
        (.properties, ["propert", "свойства"]),
        (.response, ["response", "ответ", "отклик"]),
        (.example, ["example", "request", "пример", "запрос"]),
    ]

    private static let valuesWords: Set<String> = ["values", "value", "значения"]
    private static let notEnumNames: Set<String> = ["values", "value", "property", "enumeration", "enum", "possible", "значения"]

    /// Classifies a heading by its anchor (`<a name="properties">`, which translated pages keep
    /// in English) and then by its text.
    static func of(_ heading: Heading) -> SectionRole {
        if let anchor = anchorName(in: heading.text) {
            let words = String(anchor.map { $0 == "-" ? " " : $0 })
            let role = fromWords(words)
            if role != .other { return role }
        }
        return fromWords(heading.text.plainText)
    }

    /// Roles already worked out, by heading text: pages repeat the same few dozen headings.
    private static let known = SharedMemo<String, SectionRole>()

    private static func fromWords(_ text: String) -> SectionRole {
        known.value(for: text) { classify(text) }
    }

    private static func classify(_ text: String) -> SectionRole {
        if let name = enumName(in: text) { return .enumValues(name) }
        let folded = FoldedText(text)
        for (role, phrases) in rules where folded.containsAny(phrases) { return role }
        return .other
    }

    /// The enum a "name values" heading (or a `name-values` anchor) documents, with its casing.
    private static func enumName(in text: String) -> String? {
        guard let (first, last) = firstAndLastWords(text),
              valuesWords.contains(last.lowercased()) || first.lowercased() == "значения"
        else { return nil }
        let candidates = Identifier.tokens(in: text).filter { Identifier.isValid($0) && !notEnumNames.contains($0.lowercased()) }
        guard candidates.count == 1, let name = candidates.first else { return nil }
        return String(name)
    }

    /// The first and last of two or more words separated by spaces, no-break spaces or tabs.
    private static func firstAndLastWords(_ text: String) -> (Substring, Substring)? {
        let isSeparator: (Character) -> Bool = { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" }
        // Every heading is asked this; in ASCII, bytes are characters and no array of words is needed.
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            let words = text.split(whereSeparator: isSeparator)
            guard words.count >= 2, let first = words.first, let last = words.last else { return nil }
            return (first, last)
        }
        let bytes = text.utf8
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        guard let firstStart = bytes.firstIndex(where: { !isSpace($0) }),
              let lastEnd = bytes.lastIndex(where: { !isSpace($0) }).map({ bytes.index(after: $0) })
        else { return nil }
        let firstEnd = bytes[firstStart...].firstIndex(where: isSpace) ?? bytes.endIndex
        guard firstEnd < lastEnd else { return nil }
        let lastStart = bytes[..<lastEnd].lastIndex(where: isSpace).map { bytes.index(after: $0) } ?? firstStart
        return (Substring(bytes[firstStart..<firstEnd]), Substring(bytes[lastStart..<lastEnd]))
    }

    /// The `name` of an `<a name="…">` anchor at the start of a heading.
    static func anchorName(in text: InlineText) -> String? {
        for span in text.spans where span.kind == .html {
            let bytes = Array(span.text.utf8)
            guard let start = ByteSearch.firstIndex(of: Array("name=\"".utf8), in: bytes, from: 0) else { continue }
            let valueStart = start + 6
            guard let end = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { continue }
            return String(decoding: bytes[valueStart..<end], as: UTF8.self)
        }
        return nil
    }
}
