/// A schema indexed for comparison: types by lower-cased name, and the properties a type has
/// through its base types.
struct SchemaLookup {
    let schema: Schema
    private let byName: [String: SchemaType]

    init(_ schema: Schema) {
        self.schema = schema
        byName = Dictionary(schema.types.map { ($0.name.lowercased(), $0) }) { first, _ in first }
        // The Graph's `entity` root exists whether or not a page names it as a base.
        documentedTypes = schema.types.filter {
            (!$0.properties.isEmpty || !$0.members.isEmpty) && $0.name.lowercased() != Graph.entity.lowercased()
        }
    }

    func type(_ name: String) -> SchemaType? { byName[name.lowercased()] }

    /// The types the side documents: those with properties or members. A type a page only names
    /// (a link in a Type cell, a base in an annotation) is not compared: dropping the link does
    /// not remove the type from the API. Nor is the `entity` root, which every Graph has.
    let documentedTypes: [SchemaType]

    /// Whether the type, or one of its base types, has a property of this name (any case).
    func hasProperty(_ name: String, inLineageOf typeName: String) -> Bool {
        let key = name.lowercased()
        var current = type(typeName)
        var seen = Set<String>()
        while let type = current, seen.insert(type.name.lowercased()).inserted {
            if type.properties.contains(where: { $0.name.lowercased() == key }) { return true }
            current = type.baseType.flatMap { self.type($0) }
        }
        return false
    }

    /// Whether the type has the member or property (any case); with no name, whether the type exists.
    func has(_ typeName: String, element: String?) -> Bool {
        guard let type = type(typeName) else { return false }
        guard let element = element?.lowercased() else { return !type.properties.isEmpty || !type.members.isEmpty }
        return type.properties.contains { $0.name.lowercased() == element } || type.members.contains { $0.name.lowercased() == element }
    }

    func isEnum(_ reference: TypeRef) -> Bool { type(reference.name)?.kind == .enumeration }
}
