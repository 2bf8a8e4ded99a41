/// One side of a diff: the schema of each API version the side documents.
///
/// Pages are reconciled one version at a time, so that a property's type, nullability and base
/// in v1.0 are v1.0's own, not the newest word from beta. A saved schema (`extract --format
/// json`) holds one value per attribute for every version, so it is projected by availability
/// instead; save one schema per version (`--api-version`) for exact per-version attributes.
public struct DiffSide: Sendable {
    public var schemas: [APIVersion: Schema]

    public init(schemas: [APIVersion: Schema]) {
        self.schemas = schemas
    }

    /// The versions the side documents, v1.0 first.
    public var versions: [APIVersion] { schemas.keys.sorted() }

    /// Reconciles the pages of each version on their own.
    public static func pages(_ pages: [PageFacts]) -> DiffSide {
        let byVersion = Dictionary(grouping: pages, by: \.apiVersion)
        let versions = byVersion.keys.sorted()
        let schemas = ParallelMap.map(versions) { version in
            Reconciler.reconcile(byVersion[version] ?? []).schema
        }
        return DiffSide(schemas: Dictionary(uniqueKeysWithValues: zip(versions, schemas)))
    }

    /// A saved schema seen one version at a time: the types, properties and members available in it.
    public static func saved(_ schema: Schema) -> DiffSide {
        var schemas: [APIVersion: Schema] = [:]
        for version in APIVersion.allCases {
            let types = schema.types.compactMap { type -> SchemaType? in
                guard type.availability.contains(version) else { return nil }
                var projected = type
                projected.properties = type.properties.filter { $0.availability.contains(version) }
                projected.members = type.members.filter { $0.availability.contains(version) }
                return projected
            }
            if !types.isEmpty { schemas[version] = Schema(types: types) }
        }
        return DiffSide(schemas: schemas)
    }
}
