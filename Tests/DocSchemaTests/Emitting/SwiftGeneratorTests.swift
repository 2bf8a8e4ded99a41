import DocSchema
import Foundation
import Testing

/// Snippet tests: a small schema in, Swift text out.
@Suite("Swift generator")
struct SwiftGeneratorTests {
    private func schema(_ types: [SchemaType]) -> Schema { Schema(types: types) }

    private func type(_ name: String, _ kind: TypeKind, base: String? = nil, properties: [SchemaProperty] = [], members: [String] = []) -> SchemaType {
        var type = SchemaType(name: "microsoft.graph." + name, kind: kind)
        type.baseType = base.map { "microsoft.graph." + $0 }
        type.properties = properties
        type.members = members.map { SchemaMember(name: $0) }
        type.availability = [.v1]
        type.sources = [SourceLocation(file: "/docs/\(name).md", line: 3, column: 1)]
        return type
    }

    private func property(_ name: String, _ type: String, collection: Bool = false, description: String? = nil) -> SchemaProperty {
        var property = SchemaProperty(name: name, type: TypeRef(type, collection: collection))
        property.description = description
        property.availability = [.v1]
        return property
    }

    private func file(_ name: String, in files: [GeneratedFile]) throws -> String {
        try #require(files.first { $0.name == name }).contents
    }

    @Test("a derived type gets its ancestors' properties, conforms to the base's protocol, and joins its Any wrapper")
    func inheritance() throws {
        let output = SwiftGenerator.generate(schema([
            type("entity", .entity, properties: [property("id", "Edm.String")]),
            type("animal", .entity, base: "entity", properties: [property("born", "Edm.DateTimeOffset")]),
            type("cat", .entity, base: "animal", properties: [property("lives", "Edm.Int32")]),
            type("zoo", .entity, base: "entity", properties: [property("star", "microsoft.graph.animal"), property("all", "microsoft.graph.animal", collection: true)]),
        ]))
        let cat = try file("Cat.swift", in: output.files)
        #expect(cat.contains("public struct Cat: AnimalProtocol, Codable, Hashable, Sendable {"))
        let declared = cat.split(separator: "\n").filter { $0.hasPrefix("    public var ") }.map { String($0) }
        #expect(declared == [
            "    public var id: Swift.String?", "    public var born: Foundation.Date?", "    public var lives: Swift.Int32?",
            "    public var odataType: Swift.String?", "    public var additionalData: [Swift.String: JSONValue] = [:]",
        ])
        let animal = try file("Animal.swift", in: output.files)
        #expect(animal.contains("public protocol AnimalProtocol: EntityProtocol {\n    var born: Foundation.Date? { get set }\n}"))
        #expect(animal.contains("public struct AnyAnimal: Codable, Hashable, Sendable {\n    /// The value"))
        #expect(animal.contains("        \"microsoft.graph.animal\": Animal.self,\n        \"microsoft.graph.cat\": Cat.self,\n    ]"))
        #expect(animal.contains("?? Animal.self\n"))
        let zoo = try file("Zoo.swift", in: output.files)
        #expect(zoo.contains("public var star: AnyAnimal?"))
        #expect(zoo.contains("public var all: [AnyAnimal]?"))
        #expect(output.diagnostics.isEmpty)
    }

    @Test("a struct that contains itself through single-valued properties stores them out of line")
    func cycles() throws {
        let output = SwiftGenerator.generate(schema([
            type("node", .complex, properties: [property("next", "microsoft.graph.link"), property("children", "microsoft.graph.node", collection: true)]),
            type("link", .complex, properties: [property("target", "microsoft.graph.node"), property("note", "microsoft.graph.note")]),
            type("note", .complex, properties: [property("text", "Edm.String")]),
        ]))
        let node = try file("Node.swift", in: output.files)
        let link = try file("Link.swift", in: output.files)
        #expect(node.contains("private var _next: GraphIndirect<Link>?"))
        #expect(!node.contains("_children"))
        #expect(link.contains("private var _target: GraphIndirect<Node>?"))
        #expect(link.contains("public var note: Note?\n"))
    }

    @Test("collisions are renamed with a number and reported; unknown types become JSONValue")
    func collisions() throws {
        let output = SwiftGenerator.generate(schema([
            type("item", .complex, properties: [
                property("odataType", "Edm.String"), property("odata-type", "Edm.String"), property("@odata.type", "Edm.String"),
                property("extra", "microsoft.graph.undocumentedThing"),
            ]),
            type("color", .enumeration, members: ["red", "Red", "none", "undocumented", "3d", "dark-red", "darkRed"]),
        ]))
        let item = try file("Item.swift", in: output.files)
        #expect(item.contains("public var odataType2: Swift.String?"))
        #expect(item.contains("public var odataType3: Swift.String?"))
        #expect(item.contains("case odataType2 = \"odataType\""))
        #expect(item.contains("public var extra: JSONValue?"))
        let color = try file("Color.swift", in: output.files)
        #expect(color.contains("    case red\n    case Red\n    case noneValue\n    case undocumentedValue\n    case _3d\n    case darkRed\n    case darkRed2\n"))
        // The case-insensitive fallback lists each lower-cased value once.
        #expect(color.components(separatedBy: "case \"red\": self = .red\n").count == 3)
        let rules = output.diagnostics.map(\.rule)
        #expect(rules.filter { $0 == .swiftNameCollision }.count == 3)
        #expect(rules.contains(.typeUnresolved))
        #expect(output.diagnostics.allSatisfy { $0.location.file == "/docs/item.md" || $0.location.file == "/docs/color.md" })
    }

    @Test("descriptions stay in their comments, with provenance relative to the source root")
    func documentation() throws {
        var entity = type("note", .complex, properties: [property("text", "Edm.String", description: "Ends */\npublic let injected = 1")])
        entity.description = "A note.\nSecond line."
        let output = SwiftGenerator.generate(schema([entity]), options: .init(accessLevel: .internal, sourceRoot: "/docs"))
        let note = try file("Note.swift", in: output.files)
        #expect(note.contains("/// A note.\n/// Second line.\n///\n/// - Remark: From `note.md:3`. Available in v1.0.\nstruct Note: GraphModel, Codable, Hashable, Sendable {"))
        #expect(note.contains("    /// Ends */\n    /// public let injected = 1\n    var text: Swift.String?"))
        #expect(!note.contains("public var") && !note.contains("public struct") && !note.contains("public init"))
        #expect(try file("GraphSupport.swift", in: output.files).contains("\nprotocol GraphModel: Codable, Hashable, Sendable {"))
    }

    @Test("the output does not depend on the order of the schema's types")
    func orderIndependent() async {
        let pages = await Pipeline.extract(files: Package.seeds)
        let schema = Reconciler.reconcile(pages).schema
        var reversed = schema
        reversed.types.reverse()
        let files = SwiftGenerator.generate(schema).files
        #expect(files.count == 13)
        #expect(SwiftGenerator.generate(reversed).files == files)
    }

    @Test("a single file holds the support code and every type once, under one header")
    func singleFile() async throws {
        let pages = await Pipeline.extract(files: Package.seeds)
        let schema = Reconciler.reconcile(pages).schema
        let perType = SwiftGenerator.generate(schema).files
        let single = try #require(SwiftGenerator.generate(schema, layout: .singleFile("Models.swift")).files.first)
        #expect(single.name == "Models.swift")
        #expect(single.contents.components(separatedBy: SwiftGenerator.header).count == 2)
        // Each file's first top-level declaration line stands in the single file exactly once.
        for file in perType {
            let declaration = try #require(file.contents.split(separator: "\n").first { $0.hasPrefix("public ") })
            #expect(single.contents.components(separatedBy: declaration).count == 2, "\(declaration)")
        }
    }
}
