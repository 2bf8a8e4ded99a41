@testable import DocSchema
import Testing

@Suite("Names recovered on machine-translated pages")
struct NameRecoveryTests {
    @Test("by sound: a transliteration matches its English name")
    func bySound() {
        let rows = ["девицерегистереддатетиме", "osVersion"].map { NameRecovery.Row(name: $0, followsCandidateOrder: true) }
        let names = NameRecovery.recover(rows, candidates: ["osVersion", "deviceRegisteredDateTime", "deviceName"]).names
        #expect(names == ["deviceRegisteredDateTime", "osVersion"])
    }

    @Test("by position: a translated row between anchored rows takes the one free key between them")
    func byPosition() {
        let rows = ["displayName", "область", "type"].map { NameRecovery.Row(name: $0, followsCandidateOrder: true) }
        #expect(NameRecovery.recover(rows, candidates: ["@odata.type", "displayName", "scope", "type"]).names == ["displayName", "scope", "type"])
    }

    @Test("never by position where rows do not follow the JSON's order, and never when the gap is ambiguous")
    func noGuessing() {
        let relationship = [NameRecovery.Row(name: "a", followsCandidateOrder: true), NameRecovery.Row(name: "запрос", followsCandidateOrder: false)]
        #expect(NameRecovery.recover(relationship, candidates: ["a", "query"]).names == ["a", nil])
        let ambiguous = ["a", "область", "b"].map { NameRecovery.Row(name: $0, followsCandidateOrder: true) }
        #expect(NameRecovery.recover(ambiguous, candidates: ["a", "scope", "kind", "b"]).names == ["a", nil, "b"])
    }

    @Test("a machine-translated page: rows mapped back, the rest dropped with a diagnostic, no Cyrillic left")
    func page() {
        let marked = MarkedText("""
            ---
            ms.contentlocale: ru-RU
            doc_type: resourcePageType
            ---
            # <a name="x-resource-type"></a>Тип ресурса thing

            ## <a name="properties"></a>Свойства
            | Свойство | Тип | Описание |
            |:--|:--|:--|
            | displayName | Строка | Имя. |
            | область | [scopeInfo](scopeinfo.md) | Область. |
            | девицеид | Строка | Устройство. |
            | 1️⃣загадка | Строка | Нет в JSON. |

            ## <a name="json-representation"></a>Представление JSON
            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.thing" } -->
            ```json
            { "displayName": "String", "scope": {"@odata.type": "microsoft.graph.scopeInfo"}, "deviceId": "String" }
            ```
            """)
        let page = facts(of: marked.text)
        #expect(page.form == .machineTranslated)
        #expect(page.typeName == "microsoft.graph.thing")
        #expect(page.properties.map(\.name) == ["displayName", "scope", "deviceId"])
        #expect(page.properties.map(\.writtenName) == [nil, "область", "девицеид"])
        #expect(page.properties.map(\.type.name) == ["Edm.String", "microsoft.graph.scopeInfo", "Edm.String"])
        let dropped = page.diagnostics.filter { $0.rule == .untranslatedIdentifier }
        #expect(dropped.map(\.location.position) == [marked["1️⃣"]].compactMap { $0 })
    }

    /// Matching by sound compares every name with every key; a table beyond the limit is
    /// matched by position only (here every row lines up with a key, so all are still found).
    @Test func aHugeTableIsMatchedByPositionOnly() {
        let count = 600
        let rows = (0..<count).map { NameRecovery.Row(name: "свойство\($0)", followsCandidateOrder: true) }
        let keys = (0..<count).map { "property\($0)" }
        let recovery = NameRecovery.recover(rows, candidates: keys)
        #expect(count * count > NameRecovery.maximumSoundComparisons)
        #expect(!recovery.matchedBySound)
        #expect(recovery.names == keys)
        let small = NameRecovery.recover(Array(rows.prefix(100)), candidates: Array(keys.prefix(100)))
        #expect(small.matchedBySound)
    }
}
