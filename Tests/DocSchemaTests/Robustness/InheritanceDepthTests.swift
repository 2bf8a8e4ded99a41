@testable import DocSchema
import Foundation
import Testing

/// Inheritance chains as deep as the pages make them. The Swift generator flattened each
/// type's ancestors' properties by recursing once per ancestor, and a page of 2 000 "Inherited
/// from" rows, each naming another type, overflowed the stack of `docschema generate`. The
/// chain here is shorter but runs on a thread with a small stack, where the recursion
/// overflowed just the same.
@Suite("Robustness: inheritance depth")
struct InheritanceDepthTests {
    /// `t0` derives from `t1`, … up to `t(depth-1)`, each type with one property of its own.
    static func chain(depth: Int) -> Schema {
        Schema(types: (0..<depth).map { level in
            var type = SchemaType(name: "microsoft.graph.t\(level)", kind: .complex)
            type.baseType = level + 1 < depth ? "microsoft.graph.t\(level + 1)" : nil
            type.properties = [SchemaProperty(name: "p\(level)", type: .edm("String"))]
            return type
        })
    }

    /// Runs `body` on a thread of its own with a 256 KB stack, and returns its result.
    static func onSmallStack<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: body()) }
            thread.stackSize = 256 * 1024
            thread.start()
        }
    }

    @Test("a 200-level chain flattens every ancestor's properties into each type, on a 256 KB stack")
    func deepChain() async {
        let depth = 200
        let declarations = await Self.onSmallStack {
            var builder = SwiftDeclarationBuilder(schema: Self.chain(depth: depth), options: .init())
            return builder.build().structs.map { ($0.graphName, $0.properties.map(\.name)) }
        }
        #expect(declarations.count == depth)
        let bottom = declarations.first { $0.0 == "microsoft.graph.t0" }?.1
        // The top ancestor's property comes first, the type's own last.
        #expect(bottom?.count == depth)
        #expect(bottom?.first == "p\(depth - 1)")
        #expect(bottom?.last == "p0")
        let top = declarations.first { $0.0 == "microsoft.graph.t\(depth - 1)" }?.1
        #expect(top == ["p\(depth - 1)"])
    }

    @Test("a base that derives from itself again ends the chain, as before")
    func cycle() {
        var schema = Self.chain(depth: 3)
        schema.types[2].baseType = "microsoft.graph.t0"
        var builder = SwiftDeclarationBuilder(schema: schema, options: .init())
        let structs = builder.build().structs
        let properties = Dictionary(uniqueKeysWithValues: structs.map { ($0.graphName, $0.properties.map(\.name)) })
        #expect(properties["microsoft.graph.t0"] == ["p2", "p1", "p0"])
        #expect(properties["microsoft.graph.t1"] == ["p2", "p1"])
        #expect(properties["microsoft.graph.t2"] == ["p2"])
    }
}
