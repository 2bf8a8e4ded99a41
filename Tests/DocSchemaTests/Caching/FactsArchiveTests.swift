@testable import DocSchema
import Foundation
import Testing

/// The cache must give back exactly what it was given, and survive damaged files.
@Suite struct FactsArchiveTests {
    static var pages: [String] {
        let fixtures = (try? FileManager.default.contentsOfDirectory(atPath: Package.path("Tests/DocSchemaTests/Fixtures"))) ?? []
        return Package.seeds + fixtures.filter { $0.hasSuffix(".md") }.sorted().map(Package.fixture)
    }

    @Test func pageFactsComeBackEqual() throws {
        #expect(Self.pages.count > 5)
        for path in Self.pages {
            let facts = Pipeline.extract(file: path)
            var writer = ArchiveWriter()
            writer.write(facts)
            var reader = ArchiveReader(writer.bytes)
            let read = try reader.read(PageFacts.self)
            #expect(read == facts, "\(path)")
            #expect(reader.isAtEnd)
        }
    }

    @Test func reconciledResultComesBackEqual() async throws {
        let result = Reconciler.reconcile(await Pipeline.extract(files: Package.seeds))
        var writer = ArchiveWriter()
        writer.write(result)
        var reader = ArchiveReader(writer.bytes)
        let read = try reader.read(Reconciler.Result.self)
        #expect(read.schema == result.schema)
        #expect(read.diagnostics == result.diagnostics)
        #expect(read.documentation.types == result.documentation.types)
        #expect(read.documentation.properties == result.documentation.properties)
        #expect(read.documentation.members == result.documentation.members)
        #expect(read.documentation.pageTypes == result.documentation.pageTypes)
        #expect(read.documentation.typesByPageStem == result.documentation.typesByPageStem)
        #expect(!result.documentation.properties.isEmpty)
    }

    /// The archive writes each type's properties by name; a property added to a type without
    /// being added to its archive would be lost from cached facts. These counts are the
    /// properties the archive writes: when one fails, archive the new property in
    /// `Sources/DocSchema/Caching`, then update the count.
    @Test func everyStoredPropertyIsArchived() {
        let position = SourcePosition(line: 1, column: 1)
        let counts: [(String, Any, Int)] = [
            ("PageFacts", PageFacts(file: "", form: .gfm, locale: ""), 26),
            ("PropertyFact", PropertyFact(owner: "", name: "", type: TypeRef(""), isNavigation: false, table: .properties,
                                          description: "", modifiers: PropertyModifiers(), position: position), 12),
            ("PropertyModifiers", PropertyModifiers(), 8),
            ("EnumFact", EnumFact(name: "", members: [], source: .enumPage, position: position), 4),
            ("EnumMemberFact", EnumMemberFact(name: "", position: position), 5),
            ("Annotation", Annotation(position: position), 10),
            ("Example", Example(role: .request, headers: [], position: position), 13),
            ("Example.Header", Example.Header(name: "", value: ""), 3),
            ("Permission", Permission(type: "", permissions: []), 2),
            ("TypeLink", TypeLink(name: "", page: nil), 2),
            ("TypeRef", TypeRef(""), 3),
            ("Diagnostic", Diagnostic(.inputBinary, "", at: position.in("")), 5),
            ("JSONValue.Member", JSONValue.Member(key: "", value: .null), 3),
            ("SchemaType", SchemaType(name: "", kind: .complex), 12),
            ("SchemaProperty", SchemaProperty(name: "", type: TypeRef("")), 12),
            ("SchemaMember", SchemaMember(name: ""), 6),
            ("Documentation", Documentation(), 5),
        ]
        for (name, value, count) in counts {
            #expect(Mirror(reflecting: value).children.count == count, "\(name) has gained or lost a stored property")
        }
    }

    /// A damaged cache file is a miss: every truncation and many byte flips read as an error or
    /// as some value, never a trap.
    @Test func damagedBytesNeverTrap() throws {
        var writer = ArchiveWriter()
        writer.write(Pipeline.extract(file: Package.seed("001")))
        let bytes = writer.bytes
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
            var reader = ArchiveReader(Array(bytes.prefix(length)))
            #expect(throws: ArchiveReader.Corrupt.self) { try reader.read(PageFacts.self) }
        }
        for flip in 0..<300 {
            var damaged = bytes
            damaged[flip * 7919 % damaged.count] ^= UInt8(truncatingIfNeeded: flip * 37 + 1)
            var reader = ArchiveReader(damaged)
            _ = try? reader.read(PageFacts.self)
        }
    }
}
