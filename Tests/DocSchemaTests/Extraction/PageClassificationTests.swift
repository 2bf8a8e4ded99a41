@testable import DocSchema
import Testing

@Suite("Page kind, type and version")
struct PageClassificationTests {
    @Test("a resource page's type comes from its annotation, then its title")
    func resourceType() {
        let annotated = facts(of: """
            ---
            doc_type: resourcePageType
            ---
            # Chart resource type

            Namespace: microsoft.graph

            Inherits from [entity](entity.md).

            ## JSON representation
            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.workbookChart", "baseType": "microsoft.graph.entity", "openType": true } -->
            ```json
            {}
            ```
            """, path: "corpus/v1.0/resources/chart.md")
        #expect(annotated.kind == .resource)
        #expect(annotated.typeName == "microsoft.graph.workbookChart")
        #expect(annotated.baseType == "microsoft.graph.entity")
        #expect(annotated.isOpenType == true)
        #expect(annotated.apiVersion == .v1)
        #expect(annotated.apiVersionSource == .folder)

        let titled = facts(of: "---\ndoc_type: resourcePageType\n---\n# session resource type\n\nNamespace: microsoft.graph.callRecords\n\nDerived from [endpoint](callrecords-endpoint.md).\n", path: "beta/resources/x.md")
        #expect(titled.typeName == "microsoft.graph.callRecords.session")
        #expect(titled.baseType == "microsoft.graph.callRecords.endpoint")
        #expect(titled.apiVersion == .beta)
    }

    @Test("the version: folder, then example URL, then the beta note, then the default with a diagnostic")
    func version() {
        let url = facts(of: "# Get x\n\n```http\nGET https://graph.microsoft.com/beta/x\n```\n")
        #expect(url.apiVersion == .beta)
        #expect(url.apiVersionSource == .exampleURL)
        let note = facts(of: "# x resource type\n\n> **Important:** APIs under the /beta version in Microsoft Graph are subject to change.\n")
        #expect(note.apiVersion == .beta)
        #expect(note.apiVersionSource == .betaNote)
        let include = facts(of: "# x resource type\n\n[!INCLUDE [beta-disclaimer](../../includes/beta-disclaimer.md)]\n")
        #expect(include.apiVersionSource == .betaNote)
        let none = facts(of: "# x resource type\n", options: ExtractionOptions(defaultVersion: .beta))
        #expect(none.apiVersion == .beta)
        #expect(none.diagnostics.map(\.rule).contains(.apiVersionUnknown))
    }

    @Test("enum pages, and enums.md sections, yield member lists")
    func enums() {
        let page = facts(of: "---\ndoc_type: enumPageType\n---\n# enrollmentState enum type\n\nNamespace: microsoft.graph\n\n## Members\n|Member|Value|Description|\n|:--|:--|:--|\n|unknown|0|Unknown|\n|enrolled|1|Enrolled.|\n")
        #expect(page.kind == .enumeration)
        #expect(page.enums.first?.name == "microsoft.graph.enrollmentState")
        #expect(page.enums.first?.members.map(\.name) == ["unknown", "enrolled"])
        #expect(page.enums.first?.members.map(\.value) == [0, 1])

        let collection = facts(of: "---\ndoc_type: enumPageType\n---\n# Enum values\n\nNamespace: microsoft.graph.callRecords\n\n### callType values\n\n| Member\n|:---\n| unknown\n| groupCall\n\n### modality\u{00A0}values\n\n|Value|Description|\n|--|--|\n|audio|Audio.|\n")
        #expect(collection.kind == .enumCollection)
        #expect(collection.enums.map(\.name) == ["microsoft.graph.callRecords.callType", "microsoft.graph.callRecords.modality"])
        #expect(collection.enums.map { $0.members.map(\.name) } == [["unknown", "groupCall"], ["audio"]])
    }

    @Test("relationships are told from properties by their section")
    func relationships() {
        let page = facts(of: "---\ndoc_type: resourcePageType\n---\n# x resource type\n\n## Properties\n|Property|Type|Description|\n|--|--|--|\n|a|String|A.|\n\n## Relationships\n|Property|Type|Description|\n|--|--|--|\n|b|[y](y.md) collection|B.|\n")
        #expect(page.properties.map(\.isNavigation) == [false, true])
        #expect(page.properties.map(\.table) == [.properties, .relationships])
    }

    @Test("API pages: only create and update request bodies describe the type")
    func apiTables() {
        let create = facts(of: "---\ndoc_type: apiPageType\n---\n# Create widget\n\nCreate a [widget](../resources/widget.md).\n\n## Request headers\n|Name|Type|Description|\n|--|--|--|\n|Authorization|string|Bearer.|\n\n## Request body\n|Property|Type|Description|\n|--|--|--|\n|size|Int32|Size.|\n")
        #expect(create.operation == .create)
        #expect(create.typeName == "microsoft.graph.widget")
        #expect(create.properties.map(\.name) == ["size"])
        let action = facts(of: "---\ndoc_type: apiPageType\n---\n# widget: spin\n\n## Request body\n|Parameter|Type|Description|\n|--|--|--|\n|speed|Int32|Speed.|\n")
        #expect(action.operation == .action)
        #expect(action.properties.isEmpty)
    }

    @Test("a row with too few cells is reported where it starts; without its type it is skipped")
    func malformedRow() {
        let marked = MarkedText("---\ndoc_type: resourcePageType\n---\n# x resource type\n\n## Properties\n|Property|Type|Description|\n|--|--|--|\n1️⃣|a|String|\n2️⃣|continued text|\n|b|String|B.|\n")
        let page = facts(of: marked.text)
        #expect(page.properties.map(\.name) == ["a", "b"])
        #expect(page.diagnostics.filter { $0.rule == .tableMalformed }.map(\.location.position) == [marked["1️⃣"], marked["2️⃣"]].compactMap { $0 })
    }

    @Test("tables under a named sub-heading describe something else")
    func namedSubsection() {
        let page = facts(of: "---\ndoc_type: resourcePageType\n---\n# x resource type\n\n## Properties\n|Property|Type|Description|\n|--|--|--|\n|a|String|A.|\n\n### Properties of a policy definition\n|Property|Type|Description|\n|--|--|--|\n|version|Int32|V.|\n")
        #expect(page.properties.map(\.name) == ["a"])
    }
}
