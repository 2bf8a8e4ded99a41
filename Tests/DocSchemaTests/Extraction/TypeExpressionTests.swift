@testable import DocSchema
import Testing

@Suite("Type cells")
struct TypeExpressionTests {
    func type(_ cell: String, namespace: String = "microsoft.graph", locale: String = "en-US") -> String {
        let markdown = "|P|T|\n|--|--|\n|p|\(cell)|\n"
        guard case .table(let table) = CMarkParser.parse(Array(markdown.utf8)).blocks.first,
              let typeCell = table.rows.first?.cells[1]
        else { return "no table" }
        switch TypeExpression.parse(typeCell, namespace: namespace, vocabulary: .forLocale(locale)) {
        case .type(let ref, _): return ref.isPlaceholder ? "placeholder" : ref.description
        case .empty: return "empty"
        case .unknown(let text): return "unknown: \(text)"
        }
    }

    @Test("every written form gives the same reference", arguments: [
        ("String", "Edm.String"),
        ("string", "Edm.String"),
        ("Edm.Int32", "Edm.Int32"),
        ("`Edm.boolean `", "Edm.Boolean"),
        ("DateTimeOffSet", "Edm.DateTimeOffset"),
        ("GUID collection", "Collection(Edm.Guid)"),
        ("String collection", "Collection(Edm.String)"),
        ("Collection(String)", "Collection(Edm.String)"),
        ("Collection of String", "Collection(Edm.String)"),
        ("String (identifier)", "Edm.String"),
        ("string, maximum size 20", "Edm.String"),
        ("[user](user.md)", "microsoft.graph.user"),
        ("[keyValuePair](../resources/intune-shared-keyvaluepair.md) collection", "Collection(microsoft.graph.keyValuePair)"),
        ("Collection([IdentitySet](identityset.md))", "Collection(microsoft.graph.IdentitySet)"),
        ("`timeOffReasonIconType`", "microsoft.graph.timeOffReasonIconType"),
        ("**dateTimeTimeZone**", "microsoft.graph.dateTimeTimeZone"),
        ("microsoft.graph.callRecords.modality collection", "Collection(microsoft.graph.callRecords.modality)"),
        ("[ageGroup](#agegroup-values)", "microsoft.graph.ageGroup"),
        ("windowsInformationProtectionResourceCollection", "microsoft.graph.windowsInformationProtectionResourceCollection"),
        ("[entity](entity.md)", "microsoft.graph.entity"),
        ("Enumeration", "placeholder"),
        ("", "empty"),
    ])
    func forms(cell: String, expected: String) {
        #expect(type(cell) == expected)
    }

    @Test("names without a namespace take the page's")
    func pageNamespace() {
        #expect(type("[session](callrecords-session.md)", namespace: "microsoft.graph.callRecords") == "microsoft.graph.callRecords.session")
    }

    @Test("translated type words, in Russian pages", arguments: [
        ("Строка", "Edm.String"),
        ("Коллекция String", "Collection(Edm.String)"),
        ("Коллекция строк", "Collection(Edm.String)"),
        ("Логическое", "Edm.Boolean"),
        ("Двойное с плавающей точкой", "Edm.Double"),
        ("Коллекция [keyValue](keyvalue.md)", "Collection(microsoft.graph.keyValue)"),
        ("[коллекция subjectSet](../resources/subjectset.md)", "Collection(microsoft.graph.subjectSet)"),
        ("[енроллментстате](../resources/intune-shared-enrollmentstate.md)", "microsoft.graph.enrollmentstate"),
    ])
    func russian(cell: String, expected: String) {
        #expect(type(cell, locale: "ru-RU") == expected)
    }
}
