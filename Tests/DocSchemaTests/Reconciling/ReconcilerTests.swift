import DocSchema
import Testing

/// Small pages in, schema out: one rule of design.md §4 per test.
@Suite("Reconcile")
struct ReconcilerTests {
    func resource(_ name: String, version: String = "v1.0", date: String? = nil, body: String) -> PageFacts {
        let front = "---\ndoc_type: resourcePageType\n" + (date.map { "ms.date: \($0)\n" } ?? "") + "---\n"
        let folder = date.map { "revisions/\($0)" } ?? "docs"
        return facts(of: front + "# \(name) resource type\n\nNamespace: microsoft.graph\n\n" + body, path: "\(folder)/\(version)/resources/\(name.lowercased()).md")
    }

    func table(_ rows: String) -> String {
        "## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n" + rows
    }

    @Test("two different named types: the newest page wins, with a warning that names both places")
    func typeConflict() throws {
        let old = resource("widget", date: "01/01/2020", body: table("|size|Int32|Size.|\n"))
        let new = resource("widget", date: "06/01/2021", body: table("|size|Int64|Size.|\n"))
        let result = Reconciler.reconcile([new, old])
        #expect(result.schema.type(named: "microsoft.graph.widget")?.properties.first?.type == .edm("Int64"))
        let warning = try #require(result.diagnostics.first { $0.rule == .typeConflict })
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 12)
        #expect(warning.related.count == 1)
        #expect(warning.message.contains("Edm.Int32") && warning.message.contains("Edm.Int64"))
    }

    @Test("revisions: the newest gives descriptions; properties are unioned, the dropped ones marked")
    func revisions() throws {
        let old = resource("widget", date: "2019-01-01", body: "Old words.\n\n" + table("|size|Int32|Old size.|\n|color|String|Color.|\n"))
        let new = resource("widget", date: "2021-01-01", body: "New words.\n\n" + table("|size|Int32|New size.|\n|shape|String|Shape.|\n"))
        let widget = try #require(Reconciler.reconcile([new, old]).schema.type(named: "microsoft.graph.widget"))
        #expect(widget.description == "New words.")
        #expect(widget.properties.map(\.name) == ["size", "color", "shape"])
        #expect(widget.properties.first { $0.name == "size" }?.description == "New size.")
        #expect(widget.properties.map(\.isInNewestRevision) == [nil, false, nil])
        #expect(widget.properties.first { $0.name == "size" }?.sources.count == 2)
    }

    @Test("'Inherited from' moves a property to the ancestor and makes it the base; the hierarchy ends in entity")
    func inheritance() throws {
        let page = resource("childThing", body: table("""
            |id|String|Id. Inherited from [entity](entity.md).|
            |name|String|Name. Inherited from [parentThing](parentthing.md).|
            |own|Boolean|Own.|

            ## Relationships
            |Relationship|Type|Description|
            |:--|:--|:--|
            |items|[childThing](childthing.md) collection|Items.|

            """))
        let schema = Reconciler.reconcile([page]).schema
        let child = try #require(schema.type(named: "microsoft.graph.childThing"))
        #expect(child.baseType == "microsoft.graph.parentThing")
        #expect(child.properties.map(\.name) == ["own", "items"])
        #expect(child.kind == .entity)
        let parent = try #require(schema.type(named: "microsoft.graph.parentThing"))
        #expect(parent.properties.map(\.name) == ["name"])
        #expect(parent.baseType == Graph.entity)
        #expect(schema.type(named: Graph.entity)?.properties.map(\.name) == ["id"])
    }

    @Test("a type without identity is complex and has no base")
    func complexType() throws {
        let schema = Reconciler.reconcile([resource("point", body: table("|x|Double|X.|\n|y|Double|Y.|\n"))]).schema
        #expect(schema.type(named: "microsoft.graph.point")?.kind == .complex)
        #expect(schema.type(named: "microsoft.graph.point")?.baseType == nil)
        #expect(schema.type(named: Graph.entity) == nil)
    }

    @Test("a link to a page names the type that page documents, whatever the link text says")
    func linkResolution() throws {
        let range = facts(of: """
            ---
            doc_type: resourcePageType
            ---
            # Range resource type

            ## Properties
            |Property|Type|Description|
            |:--|:--|:--|
            |address|String|A1 address.|

            ## JSON representation
            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.workbookRange" } -->
            ```json
            { "address": "String" }
            ```
            """, path: "docs/v1.0/resources/range.md")
        let sheet = resource("workbookWorksheet", body: table("|used|[Range](range.md)|Used range.|\n"))
        let schema = Reconciler.reconcile([sheet, range]).schema
        #expect(schema.type(named: "microsoft.graph.workbookWorksheet")?.properties.first?.type.name == "microsoft.graph.workbookRange")
        #expect(schema.type(named: "microsoft.graph.Range") == nil)
    }

    @Test("a 'Derived types' table gives its types a base when their own pages say nothing")
    func derivedTypes() throws {
        let parent = resource("shape", body: table("|area|Double|Area.|\n") + "\n## Derived types\n|Type|Description|\n|:--|:--|\n|[circle](circle.md)|Round.|\n")
        let circle = resource("circle", body: table("|radius|Double|Radius.|\n"))
        let schema = Reconciler.reconcile([parent, circle]).schema
        #expect(schema.type(named: "microsoft.graph.circle")?.baseType == "microsoft.graph.shape")
    }

    @Test("request-body tables describe types no resource page documents, and add nothing to those that one does")
    func requestBodies() throws {
        let create = facts(of: "---\ndoc_type: apiPageType\n---\n# Create widget\n\nCreate a [widget](../resources/widget.md).\n\n## Request body\n|Property|Type|Description|\n|--|--|--|\n|size|Int32|Size.|\n|dryRun|Boolean|A parameter.|\n", path: "docs/v1.0/api/widget-post.md")
        let alone = Reconciler.reconcile([create]).schema
        #expect(alone.type(named: "microsoft.graph.widget")?.properties.map(\.name) == ["size", "dryRun"])
        #expect(alone.type(named: "microsoft.graph.widget")?.kind == .entity)
        let withPage = Reconciler.reconcile([create, resource("widget", body: table("|size|Int32|Size.|\n"))]).schema
        #expect(withPage.type(named: "microsoft.graph.widget")?.properties.map(\.name) == ["size"])
    }

    @Test("types known only from an example's @odata.type are kept only when a documented type uses them")
    func exampleTypes() throws {
        let page = resource("holder", body: table("|item|[thing](thing.md)|The thing.|\n") + """

            ## Example
            ```http
            HTTP/1.1 200 OK

            {"item": {"@odata.type": "#microsoft.graph.thing", "label": "x", "count": 2, "when": "2021-01-01T00:00:00Z"},
             "other": {"@odata.type": "#microsoft.graph.stray", "a": "b"}}
            ```
            """)
        let schema = Reconciler.reconcile([page]).schema
        #expect(schema.type(named: "microsoft.graph.thing")?.properties.map { "\($0.name): \($0.type)" } == [
            "label: Edm.String", "count: Edm.Int32", "when: Edm.DateTimeOffset",
        ])
        #expect(schema.type(named: "microsoft.graph.stray") == nil)
    }

    @Test("an example's type is read however its key is written: with a \\u escape as well as plainly")
    func escapedExampleTypeKey() throws {
        let page = resource("holder", body: table("|item|[thing](thing.md)|The thing.|\n") + """

            ## Example
            ```http
            HTTP/1.1 200 OK

            {"item": {"\\u0040odata.type": "#microsoft.graph.thing", "label": "x"}}
            ```
            """)
        let schema = Reconciler.reconcile([page]).schema
        #expect(schema.type(named: "microsoft.graph.thing")?.properties.map(\.name) == ["label"])
    }

    @Test("a reconcile without documentation builds the same schema and leaves what tables document empty")
    func withoutDocumentation() throws {
        let pages = [resource("widget", body: table("|size|Int32|Size.|\n")), resource("part", body: table("|name|String|Name.|\n"))]
        let claims = pages.enumerated().map { Reconciler.claims(of: $1, index: $0) }
        let full = Reconciler.reconcile(claims)
        let bare = Reconciler.reconcile(claims, documentation: false)
        #expect(bare.schema == full.schema)
        #expect(!full.documentation.types.isEmpty)
        #expect(bare.documentation.types.isEmpty && bare.documentation.properties.isEmpty && bare.documentation.pageTypes.isEmpty)
    }

    @Test("references in another namespace resolve by short name to the type that exists")
    func namespaces() throws {
        let session = facts(of: "---\ndoc_type: resourcePageType\n---\n# session resource type\n\nNamespace: microsoft.graph.callRecords\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|caller|[identitySet](identityset.md)|Caller.|\n", path: "docs/v1.0/resources/callrecords-session.md")
        let identity = resource("identitySet", body: table("|user|String|User.|\n"))
        let schema = Reconciler.reconcile([session, identity]).schema
        #expect(schema.type(named: "microsoft.graph.callRecords.session")?.properties.first?.type.name == "microsoft.graph.identitySet")
    }

    @Test("\"A subclass of [x]\" states the base; \"the derived types are [a], [b]\" gives them one")
    func inheritanceProse() throws {
        let word = resource("wordResource", body: "A subclass of [resourceBase](resourcebase.md).\n\n" + table("|fileUrl|String|Url.|\n"))
        let base = resource("outcome", body: "This is a base class; the derived types are [pointsOutcome](pointsoutcome.md) and [rubricOutcome](rubricoutcome.md).\n\n" + table("|id|String|Id. Read-only.|\n"))
        let points = resource("pointsOutcome", body: table("|points|Int32|Points.|\n"))
        let schema = Reconciler.reconcile([word, base, points]).schema
        #expect(schema.type(named: "microsoft.graph.wordResource")?.baseType == "microsoft.graph.resourceBase")
        #expect(schema.type(named: "microsoft.graph.pointsOutcome")?.baseType == "microsoft.graph.outcome")
    }
}
