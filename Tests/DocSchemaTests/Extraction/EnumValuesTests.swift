@testable import DocSchema
import Testing

@Suite("Enum members in prose")
struct EnumValuesTests {
    func members(_ description: String, locale: String = "en-US") -> [String]? {
        let page = facts(of: "---\ndoc_type: resourcePageType\nms.contentlocale: \(locale)\n---\n# x resource type\n\n## Properties\n|Property|Type|Description|\n|--|--|--|\n|p|[e](e.md)|\(description)|\n")
        return page.properties.first?.possibleValues?.map(\.name)
    }

    @Test("the lead-ins the docs use", arguments: [
        "Possible values are: `a`, `b`, `unknownFutureValue`.",
        "The possible values are: `a`, `b`, `unknownFutureValue`. More text.",
        "Possible values: `a`, `b` and `unknownFutureValue`.",
        "Allowed values: `a`, `b`, or `unknownFutureValue`.",
        "Supported values are `a`, `b`, `unknownFutureValue`",
        "Returned always. Possible values are: `a`, `b`, `unknownFutureValue`. Read-only.",
    ])
    func leadIns(description: String) {
        #expect(members(description) == ["a", "b", "unknownFutureValue"])
    }

    @Test("a list stops at the end of its sentence")
    func sentenceEnd() {
        #expect(members("Possible values are: `a`, `b`. Use `c` for the default.") == ["a", "b"])
        #expect(members("State (possible values are: `on`, `off`), set by `admin`.") == ["on", "off"])
    }

    @Test("members annotated with prose keep only their names; `null` is JSON's literal, not a member")
    func annotated() {
        #expect(members("Possible values are: `none` (default value), `standard` - no restrictions, `strict`.") == ["none", "standard", "strict"])
        #expect(members("Allowed values: `null`, `minor`, `notAdult` and `adult`.") == ["minor", "notAdult", "adult"])
    }

    @Test("plain-text lists without backticks")
    func plainText() {
        #expect(members("Possible values are: unknown, userEnrollment, and appleBulk.") == ["unknown", "userEnrollment", "appleBulk"])
    }

    @Test("descriptions without a list give none; operator lists are not members")
    func noList() {
        #expect(members("The name of the thing.") == nil)
        #expect(members("Supports `$filter` (`eq`, `ne`, `not`).") == nil)
    }

    @Test("translated lead-ins")
    func russian() {
        #expect(members("Возможные значения: `unknown`, `truePositive`, `falsePositive`.", locale: "ru-RU") == ["unknown", "truePositive", "falsePositive"])
    }

    @Test("empty members are dropped and reported where they stand")
    func emptyMembers() {
        // cmark reads "``, ``" as one code span holding ", ", as it does in seed 000.
        let marked = MarkedText("|p|[e](e.md)|Possible values are: `a`, `b`, 1️⃣``, 2️⃣``.|\n")
        let page = facts(of: "---\ndoc_type: resourcePageType\n---\n# x resource type\n\n## Properties\n|Property|Type|Description|\n|--|--|--|\n" + marked.text)
        #expect(page.properties.first?.possibleValues?.map(\.name) == ["a", "b"])
        let lineOffset = 8
        let places = page.diagnostics.filter { $0.rule == .enumMemberEmpty }.map { SourcePosition(line: $0.location.line - lineOffset, column: $0.location.column) }
        #expect(places == [marked["1️⃣"], marked["2️⃣"]].compactMap { $0 })
    }
}
