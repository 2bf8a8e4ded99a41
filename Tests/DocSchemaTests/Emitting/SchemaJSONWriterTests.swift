import DocSchema
import Foundation
import Testing

/// `SchemaJSONWriter` replaces `JSONEncoder` for the schema, so the two must agree byte for byte.
@Suite struct SchemaJSONWriterTests {
    @Test func seedSchemaMatchesFoundationsEncoder() async throws {
        let pages = await Pipeline.extract(files: Package.seeds)
        let schema = Reconciler.reconcile(pages).schema
        #expect(schema.types.count > 10)
        try expectSameBytes(schema)
    }

    /// Every optional key set, and every optional key left out; strings that need escaping.
    @Test func everyShapeAndEscapeMatchesFoundationsEncoder() throws {
        let controls = String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) })
        let awkward = controls + #"/"\ é Ж 🙂 \u{7F}\u{2028}"#
        var full = SchemaType(name: "ns.Full" + awkward, kind: .entity)
        full.baseType = "ns.Base"
        full.isAbstract = false
        full.isOpen = true
        full.key = ["id", awkward]
        full.description = awkward
        full.localizedDescription = "Описание"
        full.availability = [.v1, .beta]
        full.sources = [SourceLocation(file: "a/b.md", line: 3, column: 1), SourceLocation(file: awkward, line: 0, column: -1)]
        var property = SchemaProperty(name: "p", type: TypeRef("ns.T", collection: true, placeholder: true), isNavigation: true)
        property.description = ""
        property.localizedDescription = "x"
        property.isReadOnly = true
        property.isNullable = false
        property.isRequired = true
        property.isDeprecated = false
        property.isInNewestRevision = false
        property.availability = [.beta]
        property.sources = full.sources
        full.properties = [property, SchemaProperty(name: "bare", type: .edm("String"))]
        var member = SchemaMember(name: "m")
        member.value = Int.min
        member.description = awkward
        member.isInNewestRevision = false
        // Numbers of every length and sign, written digit by digit.
        let numbered = [0, 9, 10, 99, 100, -7, -10, 1_000_000_007, Int.max].map { value in
            var numbered = SchemaMember(name: "v\(value)")
            numbered.value = value
            return numbered
        }
        // Characters to escape at every place of texts longer than the eight bytes read at once.
        let plain = "abcdefghijklmnopqrstuvwxyz"
        let escapedAt = (0...plain.count).flatMap { offset in
            ["\"", "\\", "\n", "\u{1}", "\u{1F}"].map { escape in
                var text = plain
                text.insert(contentsOf: escape, at: text.index(text.startIndex, offsetBy: offset))
                var escaped = SchemaMember(name: "e\(offset)")
                escaped.description = text + " é " + text
                return escaped
            }
        }
        full.members = [member, SchemaMember(name: "n")] + numbered + escapedAt
        let empty = SchemaType(name: "ns.Empty", kind: .enumeration)
        try expectSameBytes(Schema(types: [full, empty]))
        try expectSameBytes(Schema(types: []))
    }

    private func expectSameBytes(_ schema: Schema) throws {
        let written = SchemaJSONWriter.write(schema)
        let encoded = try StableJSON.encode(schema)
        #expect(written == encoded, "first difference at byte \(zip(written, encoded).prefix { $0 == $1 }.count)")
    }
}
