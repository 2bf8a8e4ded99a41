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
    let exampleValues: FlattenSequence<[[ExampleValue]]>
    /// "Possible values" lists paired with their enums' own pages.
    let enumLists: FlattenSequence<[[EnumList]]>
    /// The member names an example's value of each enum may take, by the enum's name as the
    /// schema spells it and by the example page's version (see ``documentedMemberNames(of:in:definitions:index:)``):
    /// made once per enum, where every example value of an enum type made them again.
    let enumMemberNames: [String: [APIVersion: [String]]]
    /// What ranks each page as the place to show a source, by file.
    private let sourceRanks: [String: PageRank]
    /// The pages' own findings (made while they were read), by rule, in page order: gathered
    /// in one pass, where each rule that reports them went through every page's facts.
    let pageFindings: [RuleID: [Diagnostic]]

    public init(pages: [PageFacts], reconciled: Reconciler.Result) {
        self.pages = pages
        let index = SchemaIndex(schema: reconciled.schema, documentation: reconciled.documentation)
        self.index = index
        reconcileFindings = Dictionary(grouping: reconciled.diagnostics, by: \.location.file)
        // Enum pages, sections and member tables, by the lower-cased name of the enum type.
        var definitions: [String: [(fact: EnumFact, page: PageFacts)]] = [:]
        for pageIndex in pages.indices where !pages[pageIndex].enums.isEmpty {
            let page = pages[pageIndex]
            for fact in page.enums {
                guard let type = index.type(named: fact.name) else { continue }
                definitions[type.name.lowercased(), default: []].append((fact, page))
            }
        }
        var memberNames: [String: [APIVersion: [String]]] = [:]
        for type in index.schema.types where type.kind == .enumeration {
            for version in APIVersion.allCases {
                guard let names = Self.documentedMemberNames(of: type, in: version, definitions: definitions, index: index) else { continue }
                memberNames[type.name, default: [:]][version] = names
            }
        }
        enumMemberNames = memberNames
        // What each page gives is found on both cores, page by page, then joined in page order.
        let pageTypes = reconciled.documentation.pageTypes
        let perPage = ParallelMap.map(pages) { [definitions] page in
            let typed = ExampleTyper(index: index, page: page).typeExamples()
            let isDefinition = page.kind == .resource || page.kind == .enumeration || page.kind == .enumCollection
            let rank = PageRank(version: page.apiVersion, isDefinition: isDefinition, typeKey: pageTypes[page.file]?.lowercased())
            return (typed: typed, values: Self.exampleValues(page: page, typedExamples: typed),
                    lists: Self.enumLists(page: page, index: index, definitions: definitions), rank: rank)
        }
        // Joined as they are read, not copied into single lists (hundreds of thousands of values).
        typedExamples = perPage.map(\.typed)
        exampleValues = perPage.map(\.values).joined()
        enumLists = perPage.map(\.lists).joined()
        var ranks: [String: PageRank] = [:]
        ranks.reserveCapacity(pages.count)
        for index in pages.indices where ranks[pages[index].file] == nil { ranks[pages[index].file] = perPage[index].rank }
        sourceRanks = ranks
        var findings: [RuleID: [Diagnostic]] = [:]
        // By index: a `for` loop over the pages copies each page's facts, retaining every list.
        for index in pages.indices {
            for diagnostic in pages[index].diagnostics { findings[diagnostic.rule, default: []].append(diagnostic) }
        }
        pageFindings = findings
    }

    /// The documented member names of an enum, for a value written on a page of `version`:
    /// those of the enum's own page, section or table, in `version` if it has them there (they
    /// spell the members; "Possible values" prose elsewhere may not); else those any page or
    /// list documents. Nil when nothing documents a member.
    private static func documentedMemberNames(
        of type: SchemaType, in version: APIVersion, definitions: [String: [(fact: EnumFact, page: PageFacts)]], index: SchemaIndex
    ) -> [String]? {
        if let defined = definitions[type.name.lowercased()], !defined.isEmpty {
            let chosen = defined.first { $0.page.apiVersion == version } ?? defined[0]
            if !chosen.fact.members.isEmpty { return chosen.fact.members.map(\.name) }
        }
        let members = index.documentedMembers(of: type).map(\.name)
        return members.isEmpty ? nil : members
    }

    /// The related note for a finding: `message` at the preferred one of `sources`.
    func related(
        _ sources: [SourceLocation], for page: PageFacts, documenting owner: SchemaType? = nil, _ message: String
    ) -> [Diagnostic.Related] {
        preferredSource(sources, for: page, documenting: owner).map { [Diagnostic.Related(location: $0, message: message)] } ?? []
    }

    /// The place to show as where something is documented: the page of `owner` (the type that
    /// declares it) first, then a resource or enum page, each in the same version before another.
    /// A property of a common type has a source on hundreds of pages: each is ranked once.
    func preferredSource(_ sources: [SourceLocation], for page: PageFacts, documenting owner: SchemaType? = nil) -> SourceLocation? {
        let ownerKey = owner?.name.lowercased()
        var best: (location: SourceLocation, rank: Int)?
        for location in sources {
            var rank = 0
            if let source = sourceRanks[location.file] {
                let isOwnersPage = ownerKey != nil && source.typeKey == ownerKey
                rank = (isOwnersPage ? 4 : 0) + (source.version == page.apiVersion ? 2 : 0) + (source.isDefinition ? 1 : 0)
            }
            // The first of the best wins.
            if best.map({ rank > $0.rank }) ?? true { best = (location, rank) }
        }
        return best?.location
    }

    /// What ranks a page as the place to show: its version, whether it defines a type, and the
    /// type it documents, lower-cased.
    private struct PageRank {
        var version: APIVersion
        var isDefinition: Bool
        var typeKey: String?
    }
}
