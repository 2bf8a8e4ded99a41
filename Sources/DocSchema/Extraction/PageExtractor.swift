import Foundation

/// Options for the Extract stage.
public struct ExtractionOptions: Sendable, Hashable {
    /// The version of pages that give no sign of their own.
    public var defaultVersion: APIVersion
    /// Whether side-by-side pages also yield descriptions in their own language.
    public var localizedDescriptions: Bool
    /// How large a page, how wide a table may be.
    public var limits: InputLimits

    public init(defaultVersion: APIVersion = .v1, localizedDescriptions: Bool = false, limits: InputLimits = .init()) {
        self.defaultVersion = defaultVersion
        self.localizedDescriptions = localizedDescriptions
        self.limits = limits
    }
}

/// The Extract stage: one parsed page in, the facts it states out.
public enum PageExtractor {
    public static func extract(_ page: SourcePage, _ document: MarkdownDocument, options: ExtractionOptions = .init()) -> PageFacts {
        PageExtraction(page: page, document: document, options: options).run()
    }
}

/// The state of extracting one page: a single pass over its blocks, then the decisions that
/// need the whole page (its kind, its type, its version).
struct PageExtraction {
    let page: SourcePage
    let document: MarkdownDocument
    let options: ExtractionOptions
    let vocabulary: Vocabulary
    var facts: PageFacts

    /// A property row read in the pass, before the page's own type is known.
    struct PendingProperty {
        var fact: PropertyFact
        var rawName: String
        var nameOffset: Int
    }

    /// A member row read in the pass, kept until names can be recovered.
    struct PendingMember {
        var member: EnumMemberFact
        var rawName: String
        var nameOffset: Int
    }

    struct PendingEnum {
        var name: String?
        var members: [PendingMember]
        var source: EnumFact.Source
        var offset: Int
    }

    var title: String?
    var titleOffset = 0
    var sectionRole: SectionRole = .other
    var sectionLevel = 0
    var pendingAnnotation: Annotation?
    var resourceAnnotation: Annotation?
    var properties: [PendingProperty] = []
    var enums: [PendingEnum] = []
    var sawTable = false
    var sawBetaNote = false
    var statedBase: TypeLink?
    var hasValuesSections = false
    /// Under a third-level (or deeper) heading with words of its own, such as "Properties of a
    /// policy definition": tables there describe something other than the page's type.
    var isInNamedSubsection = false
    /// Whether the page documents an API operation rather than a type; see ``isOperationPage(_:path:docType:titleNamesOperation:)``.
    var isOperationPage = false
    /// Whether the page's text holds anything a placeholder word could be read from: most pages
    /// hold none, and their every span need not be searched for one.
    let mayHoldPlaceholders: Bool

    init(page: SourcePage, document: MarkdownDocument, options: ExtractionOptions) {
        self.page = page
        self.document = document
        self.options = options
        position = { [page] offset in page.position(ofParsed: offset) }
        mayHoldPlaceholders = Self.placeholderSigns.contains { ByteSearch.firstIndex(of: $0, in: page.text) != nil }
        vocabulary = .forLocale(page.locale)
        // The facts are made whole before they are stored: changing a property of `self` once
        // every one was set had the whole struct copied out of the initializer.
        var facts = PageFacts(file: page.path, form: page.form, locale: page.locale)
        facts.diagnostics = page.diagnostics
        facts.date = page.frontMatter.date
        self.facts = facts
    }

    /// The line and column in the original file of an offset in the parsed text. A closure over
    /// the page alone: handing a method of this struct to a reader would copy the whole struct.
    let position: (Int) -> SourcePosition

    func location(_ offset: Int) -> SourceLocation { page.location(ofParsed: offset) }

    mutating func diagnose(_ rule: RuleID, _ message: String, at offset: Int) {
        facts.diagnostics.append(Diagnostic(rule, message, at: location(offset)))
    }

    /// Consumes the extraction: a `var` that `run` mutated was copied whole (a retain of
    /// everything it holds) before the pass and again for its facts after.
    consuming func run() -> PageFacts {
        findTitleAndNamespace()
        isOperationPage = Self.isOperationPage(
            document, path: page.path, docType: page.frontMatter.docType, titleNamesOperation: titleNamesOperation)
        for block in document.blocks {
            switch block {
            case .heading(let heading):
                pendingAnnotation = nil
                visit(heading)
            case .paragraph(let text):
                pendingAnnotation = nil
                visit(paragraph: text)
            case .table(let table):
                pendingAnnotation = nil
                visit(table)
            case .code(let code):
                visit(code)
            case .html(let html):
                visit(html)
            }
        }
        classifyPage()
        decideVersion()
        finishProperties()
        finishEnums()
        facts.diagnostics.sort()
        return facts
    }

    // MARK: - The pass

    /// The first level-1 heading, and the "Namespace:" line, which stands before the first
    /// section; the search stops there rather than folding every paragraph of the page.
    private mutating func findTitleAndNamespace() {
        var namespaceFound = false
        for block in document.blocks {
            switch block {
            case .heading(let heading) where heading.level == 1 && title == nil:
                title = heading.text.plainText.trimmingWhitespace()
                titleOffset = heading.offset
                facts.titlePosition = position(heading.offset)
            case .heading(let heading) where heading.level == 2 && title != nil:
                namespaceFound = true
            case .paragraph(let text) where !namespaceFound:
                // "Namespace: microsoft.graph.callRecords": the words after the prefix.
                let plain = Whitespace.collapse(text.plainText)
                let folded = FoldedText(plain)
                guard let prefix = vocabulary.namespacePrefixes.first(where: { folded.bytes.starts(with: $0.bytes) }) else { break }
                namespaceFound = true
                let value = String(decoding: plain.utf8.dropFirst(prefix.bytes.count), as: UTF8.self)
                if let name = Identifier.tokens(in: value).first, Identifier.isQualified(name) || Identifier.isValid(name) {
                    facts.namespace = String(name)
                }
            default:
                break
            }
            if namespaceFound && title != nil { break }
        }
        facts.title = title ?? page.frontMatter["title"]
    }

    private static let bareSectionTitles: Set<String> = ["properties", "relationships", "свойства", "связи", "отношения"]

    private mutating func visit(_ heading: Heading) {
        guard heading.level > 1 else { return }
        let words = Whitespace.collapse(heading.text.plainText).lowercased()
        isInNamedSubsection = heading.level >= 3 && !Self.bareSectionTitles.contains(words)
        let role = SectionRole.of(heading)
        if case .enumValues = role { hasValuesSections = true }
        // A sub-heading inside a section keeps the section's role unless it names its own.
        if role != .other || heading.level <= sectionLevel || sectionLevel == 0 {
            sectionRole = role
            sectionLevel = heading.level
        }
    }

    private static let betaPath: Phrase = "/beta"
    private static let subjectTo: Phrase = "subject to"

    private mutating func visit(paragraph text: InlineText) {
        // Prose is prepared (collapsed and folded) only while something is still looked for in
        // it: on a page whose beta note is found, paragraphs after the first table need none.
        let mayDescribe = sectionLevel == 0 && title != nil && facts.typeDescription == nil
        if !sawBetaNote || !sawTable || mayDescribe {
            let prose = ProseText(text)
            if !sawBetaNote, prose.folded.contains(Self.betaPath) && prose.folded.contains(Self.subjectTo) { sawBetaNote = true }
            if !sawTable, statedBase == nil {
                statedBase = DescriptionModifiers.named(
                    after: vocabulary.inheritsFromPhrases, in: prose, namespace: facts.namespace, allowsBareWords: page.form == .plainText)
            }
            if !sawTable, prose.folded.containsAny(vocabulary.derivedTypesPhrases) { readDerivedTypes(in: text) }
            if mayDescribe, isDescriptive(prose) {
                facts.typeDescription = prose.plain
                facts.localizedTypeDescription = localizedText(of: text)
            }
        }
        if text.links.contains(where: { $0.destination.containsBytes("beta-disclaimer") }) { sawBetaNote = true }
        checkPlaceholders(in: text)
    }

    private static let notePrefixes: [Phrase] = [
        "note:", "important:", "caution:", "warning:", "tip:", "[!include", "[!note", "[!important", "namespace:",
        "примечание", "важно", "пространство имен",
    ]

    /// Whether a paragraph under the title describes the type, rather than being a note, an
    /// include directive or the namespace line.
    private func isDescriptive(_ prose: ProseText) -> Bool {
        guard !prose.plain.isEmpty else { return false }
        let bytes = prose.folded.bytes
        return !Self.notePrefixes.contains { bytes.starts(with: $0.bytes) }
    }

    private static let placeholderWords: [[UInt8]] = [Array("TODO".utf8), Array("TBD".utf8)]
    /// What a page's text must hold for a span of it to hold a placeholder word: the word, or a
    /// numeric character reference, the one way markdown writes a letter other than as itself.
    private static let placeholderSigns: [[UInt8]] = placeholderWords + [Array("&#".utf8)]

    /// Reports TODO and TBD written as words (upper case, not part of a longer word).
    mutating func checkPlaceholders(in text: InlineText) {
        guard mayHoldPlaceholders else { return }
        searchPlaceholders(in: text)
    }

    /// ``checkPlaceholders(in:)`` for every cell; a page with no placeholder passes over none
    /// of them, which each would have been copied to be asked.
    mutating func checkPlaceholders(in table: Table) {
        guard mayHoldPlaceholders else { return }
        for row in table.rows {
            for cell in row.cells { searchPlaceholders(in: cell) }
        }
    }

    private mutating func searchPlaceholders(in text: InlineText) {
        for span in text.spans where span.kind == .text {
            var spanText = span.text
            // Read in place: copying every span's bytes into an array cost more than the search.
            let placeholder = spanText.withUTF8 { Self.placeholderWord(in: $0) }
            if let (word, found) = placeholder {
                let quoted = String(decoding: word, as: UTF8.self)
                diagnose(.placeholderText, "placeholder text '\(quoted)' left in the page", at: span.offset + found)
                return
            }
        }
    }

    /// The first placeholder word standing alone in `bytes` (for each word in turn), and its offset.
    private static func placeholderWord(in bytes: UnsafeBufferPointer<UInt8>) -> ([UInt8], Int)? {
        for word in placeholderWords {
            var start = 0
            while let found = ByteSearch.firstIndex(of: word, in: bytes, from: start, to: bytes.count) {
                let end = found + word.count
                let letterBefore = found > 0 && isASCIILetter(bytes[found - 1])
                let letterAfter = end < bytes.count && isASCIILetter(bytes[end])
                if !letterBefore && !letterAfter { return (word, found) }
                start = found + 1
            }
        }
        return nil
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private mutating func visit(_ code: CodeBlock) {
        let annotation = pendingAnnotation
        pendingAnnotation = nil
        if !code.isClosed {
            diagnose(.fenceUnterminated, "code fence is never closed: what follows it is read as code, "
                + "to the end of the page or of its list or quote", at: code.offset)
        }
        if code.literal.containsBytes("not found"), code.literal.containsBytes(" URI ") {
            diagnose(.placeholderText, "placeholder text 'URI … not found' left in the page", at: code.contentOffset)
        }
        let parsed = Examples.parse(
            code, annotation: annotation, inRepresentationSection: sectionRole == .representation, position: position)
        guard let parsed else { return }
        facts.examples.append(parsed.example)
        if let deep = parsed.issues.first(where: { $0.kind == .tooDeep }) {
            diagnose(.jsonTooDeep, "example JSON is \(deep.message); the deeper values are left out", at: deep.offset)
        }
        let invalid = parsed.issues.filter { $0.kind == .syntax }
        if let first = invalid.first {
            let more = invalid.count > 1 ? " (and \(invalid.count - 1) more)" : ""
            diagnose(.jsonInvalid, "example body is not valid JSON: \(first.message)\(more)", at: first.offset)
        }
    }

    private mutating func visit(_ html: HTMLBlock) {
        switch Annotations.parse(html.literal, offset: html.offset, position: position) {
        case .annotation(let annotation):
            facts.annotations.append(annotation)
            pendingAnnotation = annotation
            if annotation.blockType == "resource", resourceAnnotation == nil { resourceAnnotation = annotation }
        case .invalid(let offset):
            diagnose(.annotationInvalid, "annotation comment does not hold a JSON object", at: offset)
        case .none:
            break
        }
    }
}
