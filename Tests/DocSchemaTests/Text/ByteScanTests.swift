@testable import DocSchema
import Testing

/// The byte-level scans that replaced splits and generic searches for speed give what the
/// plain definitions they replaced give, on the awkward inputs as well as the usual ones.
@Suite("Byte scans agree with their definitions")
struct ByteScanTests {
    static let paths = [
        "v1.0/api/user-get.md", "beta/resources/user.md", "/abs/v1.0/x.md", "a//b/", "x.md", "", "/", "//", "a/", "/a",
        "BETA/Resources/Thing.md", "v1.0", "docs/v1.0x/a.md", "ru/Бета/файл.md",
    ]

    @Test("PathNames: last, folder and contains, as split(separator: \"/\") reads a path")
    func pathNames() {
        for path in Self.paths {
            let components = path.split(separator: "/")
            #expect(PathNames.last(path) == components.last, "last of \(path)")
            #expect(PathNames.folder(path) == components.dropLast().last, "folder of \(path)")
            for name in ["beta", "v1.0", "resources", "api"] {
                #expect(PathNames.contains(path, name) == components.map { $0.lowercased() }.contains(name), "\(name) in \(path)")
            }
        }
    }

    @Test("isQualified: two or more dot-separated identifiers, and nothing else")
    func qualifiedNames() {
        let cases = ["microsoft.graph.user", "graph.x", "a.b", "user", "", ".", "a.", ".a", "a..b", "a.1b", "a.b1", "_a._b",
                     "a.b-c", "a b.c", "мой.тип", "a.b.", "1a.b"]
        for text in cases {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            #expect(Identifier.isQualified(text) == (parts.count > 1 && parts.allSatisfy { Identifier.isValid($0) }), "\(text)")
        }
    }

    @Test("pageStem: links with a fragment or a scheme name no page; others name their file's stem")
    func pageStems() {
        #expect(Identifier.pageStem("https://example.com/user.md") == nil)
        #expect(Identifier.pageStem("user.md#properties") == nil)
        #expect(Identifier.pageStem("../resources/User.md") == "user")
        #expect(Identifier.pageStem("a:/b/user.md") == "user")
        #expect(Identifier.pageStem("a:b//user.md") == "user")
        #expect(Identifier.pageStem("x:://y.md") == nil)
    }

    @Test("FoldedText: a phrase is found exactly where a plain search finds it; the pair set never hides one")
    func phrasesFound() {
        let texts = ["Read-only. Nullable. Possible values are: `a`, `b`.", "Только для чтения. Допускает значение NULL.",
                     "", "k", "key", "The KEY. Not nullable", "no phrase here at all"]
        let phrases: [Phrase] = ["read-only", "nullable", "not nullable", "possible values are", "key", "k", "только для чтения",
                                 "допускает значение null", "absent phrase"]
        for text in texts {
            let folded = FoldedText(text)
            for phrase in phrases {
                let expected = ByteSearch.firstIndex(of: phrase.bytes, in: folded.bytes, from: 0)
                #expect(folded.range(of: phrase)?.lowerBound == expected, "'\(phrase.text)' in '\(text)'")
            }
        }
    }
}
