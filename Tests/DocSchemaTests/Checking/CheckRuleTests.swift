import DocSchema
import Testing

/// One true positive and at least one true negative per rule of `docschema check`, on small
/// page sets built from ``CheckFixtures``: each test breaks one thing in an otherwise
/// consistent set and expects the finding at the place it broke.
@Suite("Check rules")
struct CheckRuleTests {
    typealias F = CheckFixtures

    @Test("the consistent set has no finding at all")
    func consistentSet() {
        let pages = F.base + [F.updatePage(request: #"{ "displayName": "Spinner", "color": "green" }"#),
                              F.getPage(response: #"{ "id": "1", "displayName": "Spinner", "size": 3, "isActive": false, "color": "red", "createdDateTime": "2021-07-01T08:00:00Z", "tags": ["a"] }"#)]
        #expect(allFindings(in: pages).map { "\($0.rule.rawValue): \($0.message)" } == [])
    }

    @Test("every rule has documentation, and ids are unique")
    func ruleDocumentation() {
        let ids = Checker.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.count == 23)
        for rule in Checker.rules {
            #expect(rule.summary.count > 20 && rule.summary.hasSuffix("."), "\(rule.id)")
            #expect(rule.explanation.count > 100, "\(rule.id)")
        }
    }

    @Test("table-malformed: a row with a cell too many")
    func tableMalformed() throws {
        let page = F.widgetPage(table: F.widgetTable + "\n|weight|Double|Weight|in grams|")
        let found = findings(.tableMalformed, in: [page, F.partPage(), F.colorPage()])
        #expect(found.map(\.location.line) == [line(of: "|weight|", in: page)])
        #expect(found.first?.message == "row has 4 cells but the header has 3")
        #expect(findings(.tableMalformed, in: F.base).isEmpty)
    }

    @Test("type-unknown: a type no page documents or shows; a documented one is fine")
    func typeUnknown() {
        let page = F.widgetPage(table: F.widgetTable + "\n|gadget|[gizmo](gizmo.md)|A gizmo.|")
        let found = findings(.typeUnknown, in: [page, F.partPage(), F.colorPage()])
        #expect(found.map(\.location.line) == [line(of: "|gadget|", in: page)])
        #expect(found.first?.message.contains("microsoft.graph.gizmo") == true)
        #expect(findings(.typeUnknown, in: F.base).isEmpty)
    }

    @Test("json-invalid: a trailing comma; valid JSON passes")
    func jsonInvalid() {
        let bad = F.updatePage(request: "{\n  \"displayName\": \"x\",\n}")
        let found = findings(.jsonInvalid, in: F.base + [bad])
        #expect(found.count == 1)
        #expect(found.first?.location.file == bad.path)
        #expect(findings(.jsonInvalid, in: F.base + [F.updatePage(request: #"{ "displayName": "x" }"#)]).isEmpty)
    }

    @Test("example-property-undocumented: a key no row documents, at its line and column; @-keys and open types are exempt")
    func examplePropertyUndocumented() throws {
        let page = F.getPage(response: "{\n  \"@odata.context\": \"x\",\n  \"displayName\": \"a\",\n  \"weightInGrams\": 3\n}")
        let found = findings(.examplePropertyUndocumented, in: F.base + [page])
        #expect(found.map(\.location.line) == [line(of: "weightInGrams", in: page)])
        #expect(found.first?.location.column == 3)
        #expect(found.first?.message.contains("microsoft.graph.widget") == true)
        // A collection response: the elements of "value" are widgets.
        let list = F.getPage(response: #"{ "value": [ { "displayName": "a" } ] }"#)
        #expect(findings(.examplePropertyUndocumented, in: F.base + [list]).isEmpty)
        // An open type allows any key.
        let open = F.widgetPage(representation: F.widgetRepresentation).text
            .replacingOccurrences(of: #""@odata.type": "microsoft.graph.widget" }"#, with: #""@odata.type": "microsoft.graph.widget", "openType": true }"#)
        #expect(open.contains("openType"))
        let openPages = [Page(path: "docs/v1.0/resources/widget.md", text: open), F.partPage(), F.colorPage(), page]
        #expect(findings(.examplePropertyUndocumented, in: openPages).isEmpty)
    }

    @Test("representation-vs-table: a row the representation leaves out, unless it is optional")
    func representationVsTable() throws {
        let representation = F.widgetRepresentation.replacingOccurrences(of: ",\n  \"tags\": [\"String\"]", with: "")
        let page = F.widgetPage(representation: representation)
        let found = findings(.representationVsTable, in: [page, F.partPage(), F.colorPage()])
        #expect(found.map(\.location.line) == [line(of: "|tags|", in: page)])
        #expect(findings(.representationVsTable, in: F.base).isEmpty)
        let optional = Page(path: page.path, text: page.text.replacingOccurrences(
            of: #""@odata.type": "microsoft.graph.widget" }"#, with: #""@odata.type": "microsoft.graph.widget", "optionalProperties": ["tags"] }"#))
        #expect(findings(.representationVsTable, in: [optional, F.partPage(), F.colorPage()]).isEmpty)
    }

    @Test("example-type-mismatch: a string for Boolean and Int32, a scalar for a collection; right kinds and null pass")
    func exampleTypeMismatch() {
        let page = F.updatePage(request: "{\n  \"isActive\": \"true\",\n  \"size\": \"5\",\n  \"tags\": \"a\",\n  \"displayName\": 7\n}")
        let found = findings(.exampleTypeMismatch, in: F.base + [page])
        #expect(found.map(\.location.line) == ["isActive", "size", "tags", "displayName"].map { line(of: "\"\($0)\"", in: page) })
        let good = F.updatePage(request: #"{ "isActive": true, "size": 5, "tags": ["a", "b"], "displayName": null }"#)
        #expect(findings(.exampleTypeMismatch, in: F.base + [good]).isEmpty)
    }

    @Test("example-enum-value-undocumented: the placeholder \"String\" for an enum; a member passes")
    func exampleEnumValueUndocumented() {
        let page = F.updatePage(request: "{\n  \"color\": \"String\"\n}")
        let found = findings(.exampleEnumValueUndocumented, in: F.base + [page])
        #expect(found.map(\.location.line) == [line(of: "\"color\"", in: page)])
        #expect(found.first?.message.contains("\"String\"") == true)
        #expect(findings(.exampleEnumValueUndocumented, in: F.base + [F.updatePage(request: #"{ "color": "green" }"#)]).isEmpty)
    }

    @Test("example-datetime-invalid: a placeholder date-time; ISO 8601 values pass")
    func exampleDateTimeInvalid() {
        let page = F.updatePage(request: "{\n  \"createdDateTime\": \"datetime-value\"\n}")
        let found = findings(.exampleDateTimeInvalid, in: F.base + [page])
        #expect(found.map(\.location.line) == [line(of: "createdDateTime", in: page)])
        for valid in ["2021-07-01T08:00:00Z", "2016-12-31T23:59:23.3984029-08:00", "2021-07-01T08:00:00"] {
            let good = F.updatePage(request: "{ \"createdDateTime\": \"\(valid)\" }")
            #expect(findings(.exampleDateTimeInvalid, in: F.base + [good]).isEmpty, "\(valid)")
        }
    }

    @Test("example-odata-type-unknown: an unknown type, and a known one not derived from the declared type")
    func exampleODataTypeUnknown() {
        let unknown = F.getPage(response: "{\n  \"@odata.type\": \"#microsoft.graph.gizmo\"\n}")
        let found = findings(.exampleODataTypeUnknown, in: F.base + [unknown])
        #expect(found.map(\.location.line) == [line(of: "gizmo", in: unknown)])
        let unrelated = F.getPage(response: "{\n  \"@odata.type\": \"#microsoft.graph.part\"\n}")
        let derived = findings(.exampleODataTypeUnknown, in: F.base + [unrelated])
        #expect(derived.first?.message.contains("not derive from microsoft.graph.widget") == true)
        let right = F.getPage(response: ##"{ "@odata.type": "#microsoft.graph.widget", "displayName": "a" }"##)
        #expect(findings(.exampleODataTypeUnknown, in: F.base + [right]).isEmpty)
    }

    @Test("enum-member-empty: an empty code span in a list; a full list passes")
    func enumMemberEmpty() {
        let table = F.widgetTable.replacingOccurrences(of: "`unknownFutureValue`.", with: "`unknownFutureValue`, ``.")
        let page = F.widgetPage(table: table)
        let found = findings(.enumMemberEmpty, in: [page, F.partPage(), F.colorPage()])
        #expect(found.map(\.location.line) == [line(of: "|color|", in: page)])
        #expect(findings(.enumMemberEmpty, in: F.base).isEmpty)
    }

    @Test("enum-list-mismatch: the enum page has a member the list leaves out; the sentinel may be left out")
    func enumListMismatch() {
        let found = findings(.enumListMismatch, in: [F.widgetPage(), F.partPage(), F.colorPage(members: ["red", "green", "blue", "unknownFutureValue"])])
        #expect(found.count == 1)
        #expect(found.first?.message.contains("leaves out 'blue'") == true)
        #expect(found.first?.related.first?.location.file == "docs/v1.0/resources/widgetcolor.md")
        let withoutSentinel = F.widgetTable.replacingOccurrences(of: ", `unknownFutureValue`.", with: ".")
        #expect(findings(.enumListMismatch, in: [F.widgetPage(table: withoutSentinel), F.partPage(), F.colorPage()]).isEmpty)
    }

    @Test("name-casing-mismatch: a key and an enum value in other casings; exact spellings pass")
    func nameCasingMismatch() {
        let page = F.updatePage(request: "{\n  \"DisplayName\": \"a\",\n  \"color\": \"Green\"\n}")
        let found = findings(.nameCasingMismatch, in: F.base + [page])
        #expect(found.map(\.location.line) == [line(of: "DisplayName", in: page), line(of: "Green", in: page)])
        #expect(findings(.examplePropertyUndocumented, in: F.base + [page]).isEmpty, "reported once, as casing")
        #expect(findings(.exampleEnumValueUndocumented, in: F.base + [page]).isEmpty, "reported once, as casing")
        #expect(findings(.nameCasingMismatch, in: F.base + [F.updatePage(request: #"{ "displayName": "a", "color": "green" }"#)]).isEmpty)
    }

    @Test("content-length-mismatch: a wrong length; the CRLF and LF lengths both pass")
    func contentLengthMismatch() {
        let body = "{\n  \"displayName\": \"a\"\n}"
        let lf = body.utf8.count
        let crlf = lf + 2
        for (length, expected) in [(lf, 0), (crlf, 0), (lf + 1, 0), (5, 1)] {
            let page = F.updatePage(request: body, headers: "Content-type: application/json\nContent-Length: \(length)")
            #expect(findings(.contentLengthMismatch, in: F.base + [page]).count == expected, "length \(length)")
        }
    }

    @Test("placeholder-text: TODO as a word; a word that contains it passes")
    func placeholderText() {
        let table = F.widgetTable.replacingOccurrences(of: "|Name.|", with: "|TODO: describe.|")
        let page = F.widgetPage(table: table)
        #expect(findings(.placeholderText, in: [page, F.partPage(), F.colorPage()]).map(\.location.line) == [line(of: "TODO", in: page)])
        let word = F.widgetTable.replacingOccurrences(of: "|Name.|", with: "|Name of the todoTask list.|")
        #expect(findings(.placeholderText, in: [F.widgetPage(table: word), F.partPage(), F.colorPage()]).isEmpty)
        // Written with a character reference, the word is still the word a reader sees.
        let referenced = F.widgetTable.replacingOccurrences(of: "|Name.|", with: "|T&#79;DO: describe.|")
        let referencedPage = F.widgetPage(table: referenced)
        #expect(findings(.placeholderText, in: [referencedPage, F.partPage(), F.colorPage()]).map(\.location.line)
            == [line(of: "T&#79;DO", in: referencedPage)])
    }

    @Test("version-drift: a v1.0 property beta lacks, and a v1.0 example using a beta-only property")
    func versionDrift() {
        let betaTable = F.widgetTable.replacingOccurrences(of: "\n|tags|String collection|Tags.|", with: "\n|speed|Int32|Speed.|")
        let pages = F.base + [F.widgetPage(table: betaTable, version: "beta"), F.partPage(version: "beta"), F.colorPage(version: "beta")]
        let example = F.updatePage(request: "{\n  \"speed\": 3\n}")
        let found = findings(.versionDrift, in: pages + [example])
        #expect(found.map(\.location.file) == ["docs/v1.0/api/widget-update.md", "docs/v1.0/resources/widget.md"])
        #expect(found.last?.message.contains("tags") == true)
        let same = F.base + [F.widgetPage(version: "beta"), F.partPage(version: "beta"), F.colorPage(version: "beta")]
        #expect(findings(.versionDrift, in: same + [F.updatePage(request: #"{ "size": 3 }"#)]).isEmpty)
    }

    @Test("read-only-in-request: an update that sets a read-only property; one that does not, or sets the entity key, passes")
    func readOnlyInRequest() {
        let pages = [F.widgetPage(table: F.widgetTable.replacingOccurrences(of: "|Name.|", with: "|Name. Read-only.|")), F.partPage(), F.colorPage()]
        let page = F.updatePage(request: "{\n  \"displayName\": \"1\",\n  \"size\": 3\n}")
        #expect(findings(.readOnlyInRequest, in: pages + [page]).map(\.location.line) == [line(of: "\"displayName\"", in: page)])
        #expect(findings(.readOnlyInRequest, in: pages + [F.updatePage(request: #"{ "size": 3 }"#)]).isEmpty)
        // `id` is "Read-only" here, but the entity root's key is read-only on some types and not others.
        #expect(findings(.readOnlyInRequest, in: pages + [F.updatePage(request: #"{ "id": "1" }"#)]).isEmpty)
    }

    @Test("status-code-unexpected: an update answering 201; 200 and 204 pass")
    func statusCodeUnexpected() {
        let page = F.updatePage(request: #"{ "size": 3 }"#, status: "201 Created")
        #expect(findings(.statusCodeUnexpected, in: F.base + [page]).map(\.location.line) == [line(of: "HTTP/1.1 201", in: page).map { $0 - 1 }])
        for status in ["200 OK", "204 No Content"] {
            #expect(findings(.statusCodeUnexpected, in: F.base + [F.updatePage(request: #"{ "size": 3 }"#, status: status)]).isEmpty)
        }
    }

    @Test("untranslated-identifier: a translated name the page cannot map back; an English one passes")
    func untranslatedIdentifier() {
        func page(_ name: String) -> Page {
            Page(path: "ru/v1.0/resources/thing.md", text: """
                ---
                ms.contentlocale: ru-RU
                doc_type: resourcePageType
                ---
                # Тип ресурса thing

                ## Свойства
                | Свойство | Тип | Описание |
                |:--|:--|:--|
                | displayName | Строка | Имя. |
                | \(name) | Строка | Вид. |

                """)
        }
        let translated = page("разновидность")
        #expect(findings(.untranslatedIdentifier, in: [translated]).map(\.location.line) == [line(of: "разновидность", in: translated)])
        #expect(findings(.untranslatedIdentifier, in: [page("kind")]).isEmpty)
    }
}

/// The rules on side-by-side localized pages: findings point at the original line and column.
@Suite("Check rules on localized pages")
struct LocalizedCheckTests {
    @Test("a side-by-side page: findings in spans and in examples point into the localized file")
    func sideBySide() throws {
        func span(_ id: Int, _ russian: String, _ english: String) -> String {
            #"<span data-ttu-id="a1b2c-\#(id)">\#(russian)</span><span class="sxs-lookup"><span data-stu-id="a1b2c-\#(id)">\#(english)</span></span>"#
        }
        let marked = MarkedText("""
            ---
            ms.contentlocale: ru-RU
            doc_type: resourcePageType
            ---
            # \(span(1, "Тип ресурса widget", "widget resource type"))

            ## \(span(2, "Свойства", "Properties"))
            | \(span(3, "Свойство", "Property")) | \(span(4, "Тип", "Type")) | \(span(5, "Описание", "Description")) |
            |:--|:--|:--|
            | displayName | String | \(span(6, "Имя, ещё не описано.", "Name. 1️⃣TODO: describe.")) |
            | size | Int32 | \(span(7, "Размер.", "Size.")) |

            ## \(span(8, "Представление JSON", "JSON representation"))
            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.widget" } -->
            ```json
            {
              "displayName": "String",
              2️⃣"Size": 1024
            }
            ```

            """)
        let page = Page(path: "ru/v1.0/resources/widget.md", text: marked.text)
        let found = allFindings(in: [page])
        let placeholder = try #require(found.first { $0.rule == .placeholderText })
        #expect(placeholder.location.position == marked["1️⃣"])
        let casing = try #require(found.first { $0.rule == .nameCasingMismatch })
        #expect(casing.location.position == marked["2️⃣"])
        #expect(casing.message.contains("'size'"))
    }
}
