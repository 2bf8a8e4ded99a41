/// What the pages' own tables, lists and titles document, apart from what examples and JSON
/// representations merely imply. The schema keeps both, since a model needs every property;
/// `check` needs to know which is which, since an example cannot document itself.
///
/// Keys are lower-cased qualified type names and lower-cased property or member names.
public struct Documentation: Sendable {
    /// The versions in which a page, a table row or an enum list documents each type.
    public var types: [String: Set<APIVersion>] = [:]
    /// The versions in which a table row documents each property, by type key then property key.
    public var properties: [String: [String: Set<APIVersion>]] = [:]
    /// The versions in which an enum page, table or "Possible values" list documents each member.
    public var members: [String: [String: Set<APIVersion>]] = [:]
    /// The type each page documents or operates on, resolved as Reconcile resolved it, by file.
    public var pageTypes: [String: String] = [:]
    /// The type each page stem (a lower-cased file name without extension) documents, for links.
    public var typesByPageStem: [String: String] = [:]

    public init() {}

    /// Whether a table row documents `property` of exactly `type` (not an ancestor) in `version`, or in any version.
    public func documents(property: String, of type: String, in version: APIVersion? = nil) -> Bool {
        guard let versions = properties[type.lowercased()]?[property.lowercased()] else { return false }
        return version.map { versions.contains($0) } ?? true
    }
}

extension Reconciliation {
    /// The index of what tables and lists say, read off the finished drafts. Each draft's entry
    /// is read on its own, in parallel, and the entries are then gathered.
    func buildDocumentation(pageSubjects: some Sequence<(file: String, reference: TypeReference)>) -> Documentation {
        let all = Array(drafts.values)
        let entries = ParallelMap.map(all) { draft in Self.documentationEntry(of: draft) }
        var documentation = Documentation()
        for (draft, entry) in zip(all, entries) {
            if !entry.types.isEmpty { documentation.types[draft.key] = entry.types }
            if !entry.properties.isEmpty { documentation.properties[draft.key] = entry.properties }
            if !entry.members.isEmpty { documentation.members[draft.key] = entry.members }
        }
        documentation.typesByPageStem = claims.pageTypes
        for (file, reference) in pageSubjects {
            if let draft = resolve(reference) { documentation.pageTypes[file] = draft.name }
        }
        return documentation
    }

    private static func documentationEntry(of draft: TypeDraft)
        -> (types: Set<APIVersion>, properties: [String: Set<APIVersion>], members: [String: Set<APIVersion>]) {
        var typeVersions = Set(draft.claims.filter { $0.origin.rank >= .requestBody }.map(\.origin.version))
        var properties: [String: Set<APIVersion>] = [:]
        for (key, claims) in draft.properties {
            let versions = Set(claims.filter { $0.origin.rank >= .requestBody }.map(\.origin.version))
            guard !versions.isEmpty else { continue }
            properties[key] = versions
            typeVersions.formUnion(versions)
        }
        var members: [String: Set<APIVersion>] = [:]
        for (key, claims) in draft.members {
            let versions = Set(claims.map(\.origin.version))
            members[key] = versions
            typeVersions.formUnion(versions)
        }
        return (typeVersions, properties, members)
    }
}
