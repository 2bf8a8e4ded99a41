import Foundation

/// Writes a schema as JSON, byte for byte as `StableJSON.encode` writes it (keys sorted by
/// their bytes, two-space indent, `"key" : value`), without Foundation's encoder: a whole
/// corpus's schema is over 20 MB of JSON, and `JSONEncoder` builds a tree of boxed values the
/// size of several times that before writing a byte, which took longer (and more memory) than
/// reconciling the schema did. `SchemaJSONWriterTests` holds the two outputs equal.
public enum SchemaJSONWriter {
    public static func write(_ schema: Schema) -> Data {
        var data = Data()
        for piece in pieces(schema) { data.append(contentsOf: piece) }
        return data
    }

    /// The document in pieces, which written one after another are ``write(_:)``'s bytes: for
    /// ``OutputWriter/write(pieces:to:)``, which hands them to the system as they are rather
    /// than joining 20 MB into one buffer first (one core's work while the other waits).
    public static func pieces(_ schema: Schema) -> [[UInt8]] {
        // Each type is written on its own, in parallel, at the depth it has in the whole; the
        // frame between them is written in order.
        let types = ParallelMap.map(schema.types) { type in
            var piece = JSONTextWriter(depth: typeDepth)
            piece.type(type)
            return piece.bytes
        }
        var pieces: [[UInt8]] = []
        pieces.reserveCapacity(2 * types.count + 1)
        var writer = JSONTextWriter()
        writer.object { out in
            out.field("format") { $0.number(schema.format) }
            out.field("types") {
                $0.array(count: types.count) { out, index in
                    pieces.append(out.takeBytes())
                    pieces.append(types[index])
                }
            }
        }
        writer.newline()
        pieces.append(writer.takeBytes())
        return pieces
    }

    /// The nesting of a type in the document: inside the top object and its `types` array.
    private static let typeDepth = 2
}

/// The schema's own shapes, keys in sorted order; optional keys are left out when nil, as the
/// synthesized `Encodable` conformances leave them out.
private extension JSONTextWriter {
    mutating func type(_ type: SchemaType) {
        object { out in
            out.field("availability") { $0.versions(type.availability) }
            out.field("baseType", type.baseType) { $0.string($1) }
            out.field("description", type.description) { $0.string($1) }
            out.field("isAbstract", type.isAbstract) { $0.bool($1) }
            out.field("isOpen", type.isOpen) { $0.bool($1) }
            out.field("key", type.key) { $0.array($1) { $0.string($1) } }
            out.field("kind") { $0.string(type.kind.rawValue) }
            out.field("localizedDescription", type.localizedDescription) { $0.string($1) }
            out.field("members") { $0.array(type.members) { $0.member($1) } }
            out.field("name") { $0.string(type.name) }
            out.field("properties") { $0.array(type.properties) { $0.property($1) } }
            out.field("sources") { $0.sources(type.sources) }
        }
    }

    mutating func property(_ property: SchemaProperty) {
        object { out in
            out.field("availability") { $0.versions(property.availability) }
            out.field("description", property.description) { $0.string($1) }
            out.field("isDeprecated", property.isDeprecated) { $0.bool($1) }
            out.field("isInNewestRevision", property.isInNewestRevision) { $0.bool($1) }
            out.field("isNavigation") { $0.bool(property.isNavigation) }
            out.field("isNullable", property.isNullable) { $0.bool($1) }
            out.field("isReadOnly", property.isReadOnly) { $0.bool($1) }
            out.field("isRequired", property.isRequired) { $0.bool($1) }
            out.field("localizedDescription", property.localizedDescription) { $0.string($1) }
            out.field("name") { $0.string(property.name) }
            out.field("sources") { $0.sources(property.sources) }
            out.field("type") { $0.typeRef(property.type) }
        }
    }

    mutating func member(_ member: SchemaMember) {
        object { out in
            out.field("availability") { $0.versions(member.availability) }
            out.field("description", member.description) { $0.string($1) }
            out.field("isInNewestRevision", member.isInNewestRevision) { $0.bool($1) }
            out.field("name") { $0.string(member.name) }
            out.field("sources") { $0.sources(member.sources) }
            out.field("value", member.value) { $0.number($1) }
        }
    }

    /// `TypeRef` writes its flags only when they are set.
    mutating func typeRef(_ ref: TypeRef) {
        object { out in
            if ref.isCollection { out.field("collection") { $0.bool(true) } }
            out.field("name") { $0.string(ref.name) }
            if ref.isPlaceholder { out.field("placeholder") { $0.bool(true) } }
        }
    }

    mutating func versions(_ versions: [APIVersion]) {
        array(versions) { $0.string($1.rawValue) }
    }

    mutating func sources(_ sources: [SourceLocation]) {
        array(sources) { out, location in
            out.object { out in
                out.field("column") { $0.number(location.column) }
                out.field("file") { $0.string(location.file) }
                out.field("line") { $0.number(location.line) }
            }
        }
    }
}
