@testable import DocSchema
import Testing

@Suite("Swift names and text")
struct SwiftNamesTests {
    @Test("documentation names become identifiers", arguments: [
        ("displayName", "displayName"),
        ("@odata.type", "odataType"),
        ("odata.etag", "odataEtag"),
        ("3dModel", "_3dModel"),
        ("quote\"d", "quoteD"),
        ("back\\slash", "backSlash"),
        ("x-ms-name", "xMsName"),
        ("имя", "_"),
        ("", "_"),
    ])
    func identifiers(name: String, expected: String) {
        #expect(SwiftNames.identifier(name) == expected)
    }

    @Test("keywords are escaped, other names are not")
    func escaping() {
        #expect(SwiftNames.escaped("default") == "`default`")
        #expect(SwiftNames.escaped("self") == "`self`")
        #expect(SwiftNames.escaped("Type") == "`Type`")
        #expect(SwiftNames.escaped("none") == "none")
        #expect(SwiftNames.escaped("displayName") == "displayName")
        #expect(SwiftNames.typeIdentifier("deviceEnrollmentType") == "DeviceEnrollmentType")
    }

    @Test("string literals hold any text exactly")
    func literals() {
        #expect(SwiftNames.stringLiteral(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(SwiftNames.stringLiteral("line\nbreak\t\u{0}") == #""line\nbreak\t\0""#)
        #expect(SwiftNames.stringLiteral(#"\(injected)"#) == #""\\(injected)""#)
        #expect(SwiftNames.stringLiteral("rtl\u{202E}x") == #""rtl\u{202e}x""#)
    }

    @Test("every line break in a description starts a new comment line; controls are dropped")
    func docLines() {
        let text = "Ends a comment */\npublic let injected = 1\r\nnext\u{2028}last\u{202E}\n\n"
        #expect(SwiftNames.docLines(text) == ["Ends a comment */", "public let injected = 1", "", "next", "last"])
    }

    @Test("a name scope numbers later claims of a taken name")
    func scope() {
        var scope = SwiftNameScope(reserved: ["odataType"], caseInsensitive: true)
        #expect(scope.claim("odataType") == ("odataType2", true))
        #expect(scope.claim("User") == ("User", false))
        #expect(scope.claim("user") == ("user2", true))
    }

    @Test("strongly connected components find cycles and self-loops")
    func components() {
        // 0 → 1 → 2 → 0 is a cycle; 3 → 3 a self-loop; 4 → 0 reaches the cycle but is not in it.
        let labels = StronglyConnectedComponents.label([[1], [2], [0], [3], [0]])
        #expect(labels[0] == labels[1] && labels[1] == labels[2])
        #expect(labels[3] != labels[0] && labels[4] != labels[0] && labels[4] != labels[3])
    }
}
