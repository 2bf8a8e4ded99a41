/// Lookups over the reconciled schema and what the pages document, built once for the rules.
/// Keys are lower-cased names throughout.
public struct SchemaIndex: Sendable {
    public let schema: Schema
    public let documentation: Documentation
    private let types: TypeLookup
    /// Each type's key followed by its ancestors' keys, nearest first.
    private let lineages: [String: [String]]
    /// ``lineages`` by each type's name as the schema spells it: the rules ask with the
    /// schema's own types, whose names then need no lower-casing.
    private let lineagesByName: [String: [String]]
    /// Each type's own properties, by lower-cased type and property name, as the matches that
    /// ``property(_:of:)`` returns: made once, where every JSON key of every example made one.
    private let propertyMatches: [String: [String: PropertyMatch]]

    public init(schema: Schema, documentation: Documentation) {
        self.schema = schema
        self.documentation = documentation
        var byKey: [String: SchemaType] = [:]
        var byShortName: [String: [String]] = [:]
        for type in schema.types {
            let key = type.name.lowercased()
            byKey[key] = type
            byShortName[type.shortName.lowercased(), default: []].append(key)
        }
        let types = TypeLookup(byKey: byKey, keysByShortName: byShortName)
        self.types = types
        // Each type's matches are made on both cores, then gathered in schema order.
        let perType = ParallelMap.map(schema.types) { type in
            let key = type.name.lowercased()
            let own = Dictionary(type.properties.map { ($0.name.lowercased(), $0) }) { first, _ in first }
            let matches: [String: PropertyMatch] = own.reduce(into: [:]) { matches, entry in
                let versions = documentation.properties[key]?[entry.key] ?? []
                let propertyType = entry.value.type.isPrimitive ? nil : types.type(named: entry.value.type.name)
                matches[entry.key] = PropertyMatch(property: entry.value, owner: type, documentedIn: versions, propertyType: propertyType)
            }
            return (key: key, matches: matches)
        }
        var matches: [String: [String: PropertyMatch]] = [:]
        for made in perType { matches[made.key] = made.matches }
        propertyMatches = matches
        var lineages: [String: [String]] = [:]
        for (key, type) in byKey {
            var chain = [key]
            var current = type
            while let base = current.baseType?.lowercased(), let next = byKey[base], !chain.contains(base) {
                chain.append(base)
                current = next
            }
            lineages[key] = chain
        }
        self.lineages = lineages
        var lineagesByName: [String: [String]] = [:]
        for type in schema.types { lineagesByName[type.name] = lineages[type.name.lowercased()] }
        self.lineagesByName = lineagesByName
    }

    /// The lineage keys of `type`, found by its name as spelt, else lower-cased.
    private func lineageKeys(_ type: SchemaType) -> [String] {
        lineagesByName[type.name] ?? lineages[type.name.lowercased()] ?? []
    }

    /// The type a name refers to: the same qualified name (case-insensitively), else the only
    /// type with that short name, preferring the Graph namespace.
    public func type(named name: String) -> SchemaType? {
        types.type(named: name)
    }

    /// Types by lower-cased qualified name, and the keys of each lower-cased short name.
    private struct TypeLookup {
        let byKey: [String: SchemaType]
        let keysByShortName: [String: [String]]

        func type(named name: String) -> SchemaType? {
            let key = name.lowercased()
            if let type = byKey[key] { return type }
            let short = key.split(separator: ".").last.map(String.init) ?? key
            guard let keys = keysByShortName[short] else { return nil }
            if keys.count == 1 { return byKey[keys[0]] }
            return byKey[Graph.namespace + "." + short]
        }
    }

    /// The type a name refers to, or else the type of the page its link points at (a lower-cased file stem).
    public func type(named name: String, page: String?) -> SchemaType? {
        if let type = type(named: name) { return type }
        return page.flatMap { documentation.typesByPageStem[$0] }.flatMap { type(named: $0) }
    }

    /// Whether a page, table or list documents the type in `version` (in any version when nil).
    public func isDocumented(_ type: SchemaType, in version: APIVersion? = nil) -> Bool {
        guard let versions = documentation.types[type.name.lowercased()] else { return false }
        return version.map { versions.contains($0) } ?? true
    }

    /// The type and its ancestors, nearest first, stopping at a cycle or a base the schema lacks.
    public func lineage(of type: SchemaType) -> [SchemaType] {
        lineageKeys(type).compactMap { types.byKey[$0] }
    }

    /// Whether `type` is `ancestor` or derives from it; nil when the chain breaks at a base the schema lacks.
    public func isKind(_ type: SchemaType, of ancestor: SchemaType) -> Bool? {
        let chain = lineageKeys(type)
        if chain.contains(ancestor.name.lowercased()) { return true }
        if let last = chain.last, types.byKey[last]?.baseType != nil { return nil }
        return false
    }

    /// Whether the two types have a common ancestor other than the entity root.
    public func shareAncestor(_ first: SchemaType, _ second: SchemaType) -> Bool {
        let root = Graph.entity.lowercased()
        let ancestors = Set((lineages[first.name.lowercased()] ?? []).dropFirst()).subtracting([root])
        return (lineages[second.name.lowercased()] ?? []).dropFirst().contains { ancestors.contains($0) }
    }

    /// Whether any type in the lineage is open, so that undeclared keys are allowed.
    public func isOpen(_ type: SchemaType) -> Bool {
        lineage(of: type).contains { $0.isOpen == true }
    }

    /// The property `name` (any casing) of the type or its nearest ancestor that has it, with
    /// the type that declares it and the versions in which a table row documents it. A row
    /// anywhere in the lineage wins over a property only an example or representation implies.
    public func property(_ name: String, of type: SchemaType) -> PropertyMatch? {
        let key = name.lowercased()
        var implied: PropertyMatch?
        for ownerKey in lineageKeys(type) {
            guard let match = propertyMatches[ownerKey]?[key] else { continue }
            if match.isDocumented { return match }
            implied = implied ?? match
        }
        return implied
    }

    /// Whether a table row documents any property of the type or its ancestors.
    public func hasDocumentedProperties(_ type: SchemaType) -> Bool {
        lineageKeys(type).contains { documentation.properties[$0] != nil }
    }

    /// The members of an enum type that a page or list documents.
    public func documentedMembers(of type: SchemaType) -> [SchemaMember] {
        guard let documented = documentation.members[type.name.lowercased()] else { return [] }
        return type.members.filter { documented[$0.name.lowercased()] != nil }
    }

    /// The type a page documents or operates on, as Reconcile resolved it.
    public func pageType(of page: PageFacts) -> SchemaType? {
        documentation.pageTypes[page.file].flatMap { type(named: $0) }
    }
}

/// A property found for a JSON key, and where its documentation stands.
///
/// An immutable class: every typed JSON key and every example value holds its match, and a
/// struct's copy retained each string of the property and of the whole owning type.
public final class PropertyMatch: Sendable {
    public let property: SchemaProperty
    /// The type that declares the property: the one looked in, or an ancestor.
    public let owner: SchemaType
    /// The versions in which a table row documents the property; empty when nothing but an example implies it.
    public let documentedIn: Set<APIVersion>
    /// The schema's type that the property's non-primitive type names, if any: found once here,
    /// where each typed key and example value looked it up by name again.
    public let propertyType: SchemaType?

    init(property: SchemaProperty, owner: SchemaType, documentedIn: Set<APIVersion>, propertyType: SchemaType?) {
        self.property = property
        self.owner = owner
        self.documentedIn = documentedIn
        self.propertyType = propertyType
    }

    public var isDocumented: Bool { !documentedIn.isEmpty }
}
