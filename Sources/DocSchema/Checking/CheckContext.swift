import Foundation

/// Everything a check rule may look at: every page's facts, the schema reconciled from them,
/// what their tables document, and each page's examples typed against the schema. Built once per run.
public struct CheckContext: Sendable {
    public let pages: [PageFacts]
    public let index: SchemaIndex
    /// Findings Reconcile made, by file.
    public let reconcileFindings: [String: [Diagnostic]]
    /// Each page's examples, their JSON members typed against the schema; parallel to ``pages``.
    public let typedExamples: [[TypedExample]]
    /// The values examples give documented properties, which several rules read.
    let exampleValues: [ExampleValue]
    /// "Possible values" lists paired with their enums' own pages.
    let enumLists: [EnumList]
    /// Enum pages, sections and member tables, by the lower-cased name of the enum type.
    let enumDefinitions: [String: [(fact: EnumFact, page: PageFacts)]]
    /// The version and kind of each page, by file.
    private let pageKinds: [String: (version: APIVersion, kind: PageKind)]
    /// The pages' own findings (made while they were read), by rule, in page order: gathered
    /// in one pass, where each rule that reports them went through every page's facts.
    let pageFindings: [RuleID: [Diagnostic]]

    public init(pages: [PageFacts], reconciled: Reconciler.Result) {
        self.pages = pages
        let index = SchemaIndex(schema: reconciled.schema, documentation: reconciled.documentation)
        self.index = index
        reconcileFindings = Dictionary(grouping: reconciled.diagnostics, by: \.location.file)
        typedExamples = ParallelMap.map(pages) { ExampleTyper(index: index, page: $0).typeExamples() }
        exampleValues = Self.exampleValues(pages: pages, typedExamples: typedExamples)
        var definitions: [String: [(fact: EnumFact, page: PageFacts)]] = [:]
        for page in pages {
            for fact in page.enums {
                guard let type = index.type(named: fact.name) else { continue }
                definitions[type.name.lowercased(), default: []].append((fact, page))
            }
        }
        enumDefinitions = definitions
        enumLists = Self.enumLists(pages: pages, index: index, definitions: definitions)
        pageKinds = Dictionary(pages.map { ($0.file, ($0.apiVersion, $0.kind)) }) { first, _ in first }
        var findings: [RuleID: [Diagnostic]] = [:]
        for page in pages {
            for diagnostic in page.diagnostics { findings[diagnostic.rule, default: []].append(diagnostic) }
        }
        pageFindings = findings
    }

    /// The enum's own members, as its page, section or table spells them, in `version` if it
    /// has them there; nil when no such definition exists.
    func definedMembers(of type: SchemaType, in version: APIVersion) -> [EnumMemberFact]? {
        guard let definitions = enumDefinitions[type.name.lowercased()], !definitions.isEmpty else { return nil }
        let chosen = definitions.first { $0.page.apiVersion == version } ?? definitions[0]
        return chosen.fact.members.isEmpty ? nil : chosen.fact.members
    }

    /// The related note for a finding: `message` at the preferred one of `sources`.
    func related(
        _ sources: [SourceLocation], for page: PageFacts, documenting owner: SchemaType? = nil, _ message: String
    ) -> [Diagnostic.Related] {
        preferredSource(sources, for: page, documenting: owner).map { [Diagnostic.Related(location: $0, message: message)] } ?? []
    }

    /// The place to show as where something is documented: the page of `owner` (the type that
    /// declares it) first, then a resource or enum page, each in the same version before another.
    func preferredSource(_ sources: [SourceLocation], for page: PageFacts, documenting owner: SchemaType? = nil) -> SourceLocation? {
        let ownerName = owner?.name.lowercased()
        func rank(_ location: SourceLocation) -> Int {
            guard let info = pageKinds[location.file] else { return 0 }
            let isDefinition = info.kind == .resource || info.kind == .enumeration || info.kind == .enumCollection
            let isOwnersPage = ownerName != nil && index.documentation.pageTypes[location.file]?.lowercased() == ownerName
            return (isOwnersPage ? 4 : 0) + (info.version == page.apiVersion ? 2 : 0) + (isDefinition ? 1 : 0)
        }
        return sources.enumerated().max { (rank($0.element), -$0.offset) < (rank($1.element), -$1.offset) }?.element
    }
}
