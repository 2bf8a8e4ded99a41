/// Reads what a description says about its property besides its meaning: read-only,
/// nullable, required, key, deprecated, `$filter` support, and the ancestor an "Inherited from" note names.
enum DescriptionModifiers {
    static func parse(_ prose: ProseText, namespace: String, vocabulary: Vocabulary, allowsBareWords: Bool) -> PropertyModifiers {
        var modifiers = PropertyModifiers()
        let text = prose.folded
        if text.containsAny(vocabulary.readOnlyPhrases), !text.containsAny(vocabulary.conditionalReadOnlyPhrases) {
            modifiers.isReadOnly = true
        }
        if text.containsAny(vocabulary.notNullablePhrases) {
            modifiers.isNullable = false
        } else if text.containsAny(vocabulary.nullablePhrases) {
            modifiers.isNullable = true
        }
        if startsSentence(text, vocabulary.requiredPhrases) {
            modifiers.isRequired = true
        } else if startsSentence(text, vocabulary.optionalPhrases) {
            modifiers.isRequired = false
        }
        if isWholeSentence(text, vocabulary.keyPhrases) { modifiers.isKey = true }
        if text.containsAny(vocabulary.filterPhrases) { modifiers.supportsFilter = true }
        let saysDeprecated = text.containsAny(vocabulary.deprecatedPhrases) || startsSentence(text, vocabulary.deprecatedSentenceStarts)
        if saysDeprecated && !text.containsAny(vocabulary.deprecationFlagPhrases) { modifiers.isDeprecated = true }
        let ancestor = named(after: vocabulary.inheritedFromPhrases, in: prose, namespace: namespace, allowsBareWords: allowsBareWords)
        modifiers.inheritedFrom = ancestor?.name
        modifiers.inheritedFromPage = ancestor?.page
        return modifiers
    }

    /// The type named after one of `phrases`: the link that follows; or, on plain-text
    /// renderings, which have no links left, the next word.
    static func named(after phrases: [Phrase], in prose: ProseText, namespace: String, allowsBareWords: Bool) -> TypeLink? {
        guard let (spanIndex, end) = prose.find(phrases) else { return nil }
        let text = prose.inline
        for span in text.spans[spanIndex...] where span.link >= 0 {
            let linkText = text.text(ofLink: span.link)
            let destination = text.links[span.link].destination
            let page = Identifier.pageStem(destination)
            // Translated pages move words into the link ("от X") or translate the name itself,
            // so prefer an identifier in the text and fall back to the page the link points at.
            if let name = Identifier.tokens(in: linkText).last(where: { Identifier.isValid($0) || Identifier.isQualified($0) }) {
                return TypeLink(name: qualify(String(name), namespace: namespace), page: page)
            }
            return Identifier.fromPageLink(destination).map { TypeLink(name: qualify($0, namespace: namespace), page: page) }
        }
        guard allowsBareWords else { return nil }
        let rest = text.spans[spanIndex].text[end...]
        if let name = Identifier.tokens(in: rest).first(where: { Identifier.isValid($0) || Identifier.isQualified($0) }) {
            return TypeLink(name: qualify(String(name), namespace: namespace), page: nil)
        }
        return nil
    }

    static func qualify(_ name: String, namespace: String) -> String {
        if Identifier.isQualified(name) { return name.hasPrefix("graph.") ? Graph.namespace + name.dropFirst(5) : name }
        // The Graph root type keeps its namespace wherever it is mentioned.
        if name.lowercased() == "entity" { return Graph.entity }
        return namespace + "." + name
    }

    /// Whether a sentence starts with one of `phrases` as a whole word: "Required." and
    /// "Optional. The …" count, "This property is required when…" does not.
    static func startsSentence(_ text: FoldedText, _ phrases: [Phrase]) -> Bool {
        phrases.contains { phrase in
            var start = 0
            while let range = text.range(of: phrase, from: start) {
                if atSentenceStart(text.bytes, range.lowerBound) && !isLetter(text.bytes, at: range.upperBound) { return true }
                start = range.lowerBound + 1
            }
            return false
        }
    }

    /// Whether one of `phrases` stands alone as a sentence: "Key." in "… Key. Not nullable."
    static func isWholeSentence(_ text: FoldedText, _ phrases: [Phrase]) -> Bool {
        phrases.contains { phrase in
            var start = 0
            while let range = text.range(of: phrase, from: start) {
                let end = range.upperBound
                let endsSentence = end == text.bytes.count || text.bytes[end] == UInt8(ascii: ".")
                if atSentenceStart(text.bytes, range.lowerBound) && endsSentence { return true }
                start = range.lowerBound + 1
            }
            return false
        }
    }

    private static func atSentenceStart(_ bytes: [UInt8], _ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, bytes[cursor] == 0x20 { cursor -= 1 }
        return cursor < 0 || bytes[cursor] == UInt8(ascii: ".") || bytes[cursor] == UInt8(ascii: ";")
    }

    private static func isLetter(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }
}
