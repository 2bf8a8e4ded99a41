@testable import DocSchema
import Testing

/// Pages whose markdown nests as deep as its text says. The tree walker once recursed per
/// level and overflowed the stack (a segmentation fault in `docschema extract`) on a page of
/// ten thousand `>`; these pages reproduced it, and now read like any other. (The walk became
/// a loop on both robustness branches; `CMarkParserTests` holds the parser's own case for deep
/// emphasis, these the whole pipeline's.)
@Suite("Robustness: nesting depth")
struct NestingDepthTests {
    static let depth = 100_000

    func facts(_ page: String, path: String = "docs/v1.0/resources/deep.md") -> PageFacts {
        Pipeline.extract(SourceFile(path: path, bytes: Array(page.utf8)))
    }

    @Test("a property table inside 100 000 nested block quotes is still read")
    func deepBlockQuotes() {
        let quote = String(repeating: ">", count: Self.depth)
        let page = """
            # deep resource type

            ## Properties

            \(quote) | Property | Type | Description |
            \(quote) |:--|:--|:--|
            \(quote) | name | String | The name. Read-only. |

            """
        let facts = facts(page)
        #expect(facts.kind == .resource)
        #expect(facts.properties.map(\.name) == ["name"])
        #expect(facts.properties.first?.type == .edm("String"))
        #expect(facts.properties.first?.modifiers.isReadOnly == true)
        #expect(facts.properties.first?.position == SourcePosition(line: 7, column: Self.depth + 2))
        #expect(!Reconciler.reconcile([facts]).schema.types.isEmpty)
    }

    @Test("100 000 nested list items keep the paragraph at the bottom")
    func deepLists() {
        let blocks = CMarkParser.parse(Array((String(repeating: "- ", count: Self.depth) + "bottom\n").utf8)).blocks
        #expect(blocks.count == 1)
        guard case .paragraph(let text) = blocks.first else { Issue.record("no paragraph"); return }
        #expect(text.plainText == "bottom")
    }

    @Test("links nested in emphasis 20 000 deep keep their index and their text")
    func deepLinks() {
        let open = String(repeating: "*[", count: 20_000)
        let close = String(repeating: "](x.md)*", count: 20_000)
        let blocks = CMarkParser.parse(Array("\(open)name\(close)\n".utf8)).blocks
        guard case .paragraph(let text) = blocks.first else { Issue.record("no paragraph"); return }
        #expect(text.plainText.contains("name"))
        let named = text.spans.first { $0.text.contains("name") }
        #expect(named.map { $0.link >= 0 && $0.link < text.links.count } == true)
    }
}
