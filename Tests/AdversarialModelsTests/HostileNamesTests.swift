import AdversarialModels
import Foundation
import Testing

/// The models generated from Tests/DocSchemaTests/Fixtures/adversarial-names.md, a page whose
/// property names and enum values are Swift keywords, digits, quotes and backslashes, and
/// whose descriptions try to end their comment and continue as code.
@Suite("Models generated from hostile names")
struct HostileNamesTests {
    @Test("keyword-named properties and enum values decode and encode under their JSON names")
    func roundTrip() throws {
        let json = #"""
            {"@odata.type": "#microsoft.graph.hostileNames", "id": "1", "default": "d", "self": "s", "Type": "t",
             "protocol": "p", "none": "none", "additionalData": "mine", "3dModel": 7, "odata.etag": "W/\"1\"",
             "when": "2020-02-29T12:00:00.1234567+01:00", "span": "-P1DT2H", "ratio": "NaN", "blob": "_-8",
             "day": "2020-02-29", "time": "23:59:59.5", "children": [{"id": "c"}], "parent": {"id": "p", "parent": {"id": "pp"}}}
            """#
        let value = try JSONDecoder().decode(HostileNames.self, from: Data(json.utf8))
        #expect(value.default == "d")
        #expect(value.`self` == "s")
        #expect(value.`Type` == "t")
        #expect(value.protocol == "p")
        #expect(value.none == HostileKind.noneValue)
        #expect(value.additionalData2 == "mine")
        #expect(value.additionalData["3dModel"] == .integer(7))
        #expect(value.additionalData["odata.etag"] == .string(#"W/"1""#))
        #expect(value.ratio?.isNaN == true)
        #expect(value.blob == Data([0xFF, 0xEF]))
        #expect(value.day == GraphDate(year: 2020, month: 2, day: 29))
        #expect(value.time == GraphTimeOfDay(hour: 23, minute: 59, second: 59, ticks: 5_000_000))
        #expect(value.span?.isNegative == true)
        #expect(value.parent?.parent?.id == "pp")
        #expect(value.children?.first?.id == "c")

        let encoded = try JSONEncoder().encode(value)
        let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        let original = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == Set(original.keys))
        #expect(object["when"] as? String == "2020-02-29T11:00:00.1234567Z")
        #expect(object["ratio"] as? String == "NaN")
        #expect(object["span"] as? String == "-P1DT2H")
        #expect(object["none"] as? String == "none")
        #expect(object["additionalData"] as? String == "mine")
        var decodedAgain = try JSONDecoder().decode(HostileNames.self, from: encoded)
        #expect(decodedAgain.ratio?.isNaN == true)
        var expected = value
        decodedAgain.ratio = nil  // NaN is never equal to itself
        expected.ratio = nil
        #expect(decodedAgain == expected)
    }

    @Test("enum values with quotes, backslashes, digits and keywords keep their exact text")
    func enumValues() {
        let values = HostileKind.documentedCases.map(\.rawValue)
        #expect(values == ["default", "self", "Type", "protocol", "none", "undocumented", "3rdParty", #"quote"d"#, #"back\\slash"#])
        for value in values {
            #expect(HostileKind(rawValue: value).rawValue == value)
            if case .undocumented = HostileKind(rawValue: value) { Issue.record("\(value) decoded as undocumented") }
        }
        #expect(HostileKind(rawValue: "undocumented") == .undocumentedValue)
        #expect(HostileKind(rawValue: "TYPE") == .Type)
        #expect(HostileKind(rawValue: "something else") == .undocumented("something else"))
        // Equality and hashing go by the wire text, so they agree with each other.
        #expect(HostileKind.undocumented("self") == .`self`)
        #expect(Set([HostileKind.undocumented("self"), .`self`]).count == 1)
    }

    @Test("deprecated properties are marked so, and the model's own coding reaches them without warnings")
    func deprecated() throws {
        let json = #"{"legacyName": "old", "legacyParent": {"id": "lp"}}"#
        let value = try JSONDecoder().decode(HostileNames.self, from: Data(json.utf8))
        #expect(value.additionalData.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: try JSONEncoder().encode(value)) as? [String: Any])
        #expect(object["legacyName"] as? String == "old")
        #expect((object["legacyParent"] as? [String: Any])?["id"] as? String == "lp")
        let source = try generatedSource("HostileNames.swift")
        #expect(source.contains("    @available(*, deprecated, message: \"The documentation marks this property as deprecated.\")\n    public var legacyName: Swift.String? {"))
        #expect(source.contains("    private var _legacyParent: GraphIndirect<HostileNames>?"))
        #expect(source.contains("self._legacyName = try container.decodeIfPresent(Swift.String.self, forKey: .legacyName)"))
    }

    private func generatedSource(_ name: String) throws -> String {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        folder.appendPathComponent("AdversarialModels")
        return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("descriptions that end a comment stay inside their doc comment")
    func noInjection() throws {
        let source = try generatedSource("HostileNames.swift")
        let lines = source.split(separator: "\n").filter { $0.contains("injected") }
        #expect(lines.count == 2)
        for line in lines {
            #expect(line.trimmingCharacters(in: .whitespaces).hasPrefix("/// "), "\(line)")
        }
    }
}
