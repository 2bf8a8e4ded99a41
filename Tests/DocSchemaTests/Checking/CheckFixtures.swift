import DocSchema
import Foundation

/// A small, consistent documentation set for the check rules: a resource page, an enum page,
/// and update and create pages. Each test breaks one thing and expects exactly the finding that says so.
enum CheckFixtures {
    static let widgetTable = """
        |Property|Type|Description|
        |:--|:--|:--|
        |id|String|Identifier. Read-only.|
        |displayName|String|Name.|
        |size|Int32|Size.|
        |isActive|Boolean|Whether it runs.|
        |color|[widgetColor](widgetcolor.md)|Color. Possible values are: `red`, `green`, `unknownFutureValue`.|
        |createdDateTime|DateTimeOffset|When it was made.|
        |tags|String collection|Tags.|
        """

    static let widgetRepresentation = """
        {
          "id": "String (identifier)",
          "displayName": "String",
          "size": 1024,
          "isActive": true,
          "color": "String",
          "createdDateTime": "String (timestamp)",
          "tags": ["String"]
        }
        """

    static func widgetPage(table: String = widgetTable, representation: String = widgetRepresentation, version: String = "v1.0") -> Page {
        Page(path: "docs/\(version)/resources/widget.md", text: """
            ---
            doc_type: resourcePageType
            ---
            # widget resource type

            Namespace: microsoft.graph

            A widget.

            ## Properties
            \(table)

            ## Relationships
            |Relationship|Type|Description|
            |:--|:--|:--|
            |parts|[part](part.md) collection|Parts.|

            ## JSON representation
            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.widget" } -->
            ```json
            \(representation)
            ```

            """)
    }

    static func partPage(version: String = "v1.0") -> Page {
        Page(path: "docs/\(version)/resources/part.md", text: """
            ---
            doc_type: resourcePageType
            ---
            # part resource type

            Namespace: microsoft.graph

            ## Properties
            |Property|Type|Description|
            |:--|:--|:--|
            |id|String|Identifier.|
            |weight|Double|Weight.|

            """)
    }

    static func colorPage(members: [String] = ["red", "green", "unknownFutureValue"], version: String = "v1.0") -> Page {
        let rows = members.enumerated().map { "|\($1)|\($0)|A color.|" }.joined(separator: "\n")
        return Page(path: "docs/\(version)/resources/widgetcolor.md", text: """
            ---
            doc_type: enumPageType
            ---
            # widgetColor enum type

            Namespace: microsoft.graph

            ## Members
            |Member|Value|Description|
            |:--|:--|:--|
            \(rows)

            """)
    }

    /// An update page whose request body is `request` and whose response says `status`.
    static func updatePage(request: String, status: String = "204 No Content", headers: String = "Content-type: application/json",
                           version: String = "v1.0", annotation: String = #"{ "blockType": "request", "name": "update_widget" }"#) -> Page {
        Page(path: "docs/\(version)/api/widget-update.md", text: """
            ---
            doc_type: apiPageType
            ---
            # Update widget

            Update the properties of a [widget](../resources/widget.md) object.

            ## Example

            ### Request
            <!-- \(annotation) -->
            ```http
            PATCH https://graph.microsoft.com/\(version)/widgets/{id}
            \(headers)

            \(request)
            ```

            ### Response
            <!-- { "blockType": "response" } -->
            ```http
            HTTP/1.1 \(status)
            ```

            """)
    }

    /// A get page whose response body is `response`, annotated as a widget.
    static func getPage(response: String, version: String = "v1.0", odataType: String = "microsoft.graph.widget") -> Page {
        Page(path: "docs/\(version)/api/widget-get.md", text: """
            ---
            doc_type: apiPageType
            ---
            # Get widget

            Read a [widget](../resources/widget.md).

            ## Example

            ### Request
            <!-- { "blockType": "request", "name": "get_widget" } -->
            ```http
            GET https://graph.microsoft.com/\(version)/widgets/{id}
            ```

            ### Response
            <!-- { "blockType": "response", "@odata.type": "\(odataType)" } -->
            ```http
            HTTP/1.1 200 OK
            Content-type: application/json

            \(response)
            ```

            """)
    }

    /// The resource, part and enum pages, consistent with each other.
    static var base: [Page] { [widgetPage(), partPage(), colorPage()] }
}

/// One page of a test's documentation set.
struct Page {
    var path: String
    var text: String
}

/// The findings of one rule over `pages`, sorted.
func findings(_ rule: RuleID, in pages: [Page]) -> [Diagnostic] {
    let facts = pages.map { Pipeline.extract(SourceFile(path: $0.path, bytes: Array($0.text.utf8))) }
    let context = CheckContext(pages: facts, reconciled: Reconciler.reconcile(facts))
    return Checker.check(context).filter { $0.rule == rule }
}

/// Every finding over `pages`, as `rule@file:line` lines, for tests that want to see all.
func allFindings(in pages: [Page]) -> [Diagnostic] {
    let facts = pages.map { Pipeline.extract(SourceFile(path: $0.path, bytes: Array($0.text.utf8))) }
    return Checker.check(CheckContext(pages: facts, reconciled: Reconciler.reconcile(facts)))
        .filter { Checker.rule($0.rule) != nil }
}

/// The line of the first line of `page` that contains `text`.
func line(of text: String, in page: Page) -> Int? {
    page.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }.map { $0 + 1 }
}
