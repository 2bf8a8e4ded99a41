import DocSchema
import Testing

/// Pages for diff tests: a resource page and an enum page, each built from a few lines.
enum DiffFixtures {
    static let rows = """
        |displayName|String|Name. Not nullable.|
        |size|Int32|Size in bytes.|
        |color|[widgetColor](widgetcolor.md)|Color.|
        """

    static func resource(_ name: String = "widget", rows: String = rows, intro: String = "A widget.", version: String = "v1.0") -> Page {
        Page(path: "docs/\(version)/resources/\(name.lowercased()).md", text: """
            ---
            doc_type: resourcePageType
            ---
            # \(name) resource type

            Namespace: microsoft.graph

            \(intro)

            ## Properties
            |Property|Type|Description|
            |:--|:--|:--|
            \(rows)

            """)
    }

    static func enumeration(_ name: String = "widgetColor", members: [String] = ["red", "green", "unknownFutureValue"], version: String = "v1.0") -> Page {
        let rows = members.enumerated().map { "|\($1)|\($0)|A color.|" }.joined(separator: "\n")
        return Page(path: "docs/\(version)/resources/\(name.lowercased()).md", text: """
            ---
            doc_type: enumPageType
            ---
            # \(name) enum type

            Namespace: microsoft.graph

            ## Members
            |Member|Value|Description|
            |:--|:--|:--|
            \(rows)

            """)
    }

    static var base: [Page] { [resource(), enumeration()] }
}

/// Every finding of a diff between two page sets, notes included.
func diff(_ old: [Page], _ new: [Page], strictBeta: Bool = false) -> [DiffFinding] {
    func side(_ pages: [Page]) -> DiffSide {
        .pages(pages.map { Pipeline.extract(SourceFile(path: $0.path, bytes: Array($0.text.utf8))) })
    }
    return SchemaDiff.diff(side(old), side(new), options: .init(strictBeta: strictBeta))
}

/// `rule subject level` for each finding, for compact expectations.
func summary(_ findings: [DiffFinding]) -> [String] {
    findings.map { "\($0.rule.rawValue) \($0.subject) \($0.level.rawValue)" }
}

@Suite("Diff rules")
struct DiffRuleTests {
    typealias F = DiffFixtures

    @Test("the same pages have no difference at all")
    func unchanged() {
        #expect(diff(F.base, F.base).isEmpty)
    }

    @Test("type-added and type-removed, each one finding at the new or old page")
    func typeAddedRemoved() throws {
        let gadget = F.resource("gadget", rows: "|weight|Double|Weight.|")
        #expect(summary(diff(F.base, F.base + [gadget])) == ["type-added gadget info"])
        let removed = diff(F.base + [gadget], F.base)
        #expect(summary(removed) == ["type-removed gadget error"])
        let finding = try #require(removed.first)
        #expect(finding.old == .init(file: "docs/v1.0/resources/gadget.md", line: 4) && finding.new == nil)
        #expect(finding.wire == .breaking && finding.swift == .breaking)
    }

    @Test("a type named only in a Type cell is not a type the page documents: dropping the link removes nothing")
    func referencedTypes() {
        let linked = F.resource(rows: F.rows + "\n|owner|[person](person.md)|Owner.|")
        #expect(summary(diff([linked, F.enumeration()], F.base)) == ["property-removed widget.owner error"])
    }

    @Test("type-renamed: a case change, or the same members under a new name, is one finding")
    func typeRenamed() {
        let renamed = diff(F.base, [F.resource("Widget"), F.enumeration()])
        #expect(summary(renamed) == ["type-renamed widget error"])
        let moved = diff(F.base, [F.resource("gizmo"), F.enumeration()])
        #expect(summary(moved) == ["type-renamed widget error"])
        #expect(moved.first?.message == "type 'widget' was renamed to 'gizmo' (same members)")
        // Different members: a removal and an addition.
        let other = diff(F.base, [F.resource("gizmo", rows: "|weight|Double|Weight.|"), F.enumeration()])
        #expect(summary(other) == ["type-removed widget error", "type-added gizmo info"])
    }

    @Test("type-base-changed and type-kind-changed")
    func baseAndKind() {
        let entity = [F.resource(intro: "A widget. Inherits from [entity](entity.md)."), F.enumeration()]
        let other = [F.resource(intro: "A widget. Inherits from [entity](entity.md)."),
                     F.resource("baseWidget", rows: "|label|String|Label.|", intro: "Inherits from [entity](entity.md)."),
                     F.enumeration()]
        let rebased = [F.resource(intro: "A widget. Inherits from [baseWidget](basewidget.md)."),
                       F.resource("baseWidget", rows: "|label|String|Label.|", intro: "Inherits from [entity](entity.md)."),
                       F.enumeration()]
        #expect(summary(diff(other, rebased)) == ["type-base-changed widget error", "description-changed widget note"])
        // A complex type that becomes an entity changes kind and base.
        #expect(summary(diff(F.base, entity).filter { $0.rule != .descriptionChanged }).sorted()
            == ["type-base-changed widget error", "type-kind-changed widget error"])
        #expect(diff(entity, entity).isEmpty)
        // A complex type with its own id that a page now says is an entity: the key implied it already.
        let keyed = [F.resource(rows: "|id|String|Identifier.|\n" + F.rows), F.enumeration()]
        let keyedEntity = [F.resource(rows: "|id|String|Identifier.|\n" + F.rows, intro: "Inherits from [entity](entity.md)."), F.enumeration()]
        #expect(summary(diff(keyed, keyedEntity).filter { $0.rule != .descriptionChanged }).isEmpty)
    }

    @Test("property-added and property-removed")
    func propertyAddedRemoved() throws {
        let more = [F.resource(rows: F.rows + "\n|weight|Double|Weight.|"), F.enumeration()]
        let added = diff(F.base, more)
        #expect(summary(added) == ["property-added widget.weight info"])
        #expect(added.first?.new?.line == line(of: "|weight|", in: more[0]) && added.first?.old == nil)
        #expect(summary(diff(more, F.base)) == ["property-removed widget.weight error"])
    }

    @Test("property-renamed: a case change, or the same type and description under a new name, is one finding")
    func propertyRenamed() {
        let caseOnly = [F.resource(rows: F.rows.replacingOccurrences(of: "|displayName|", with: "|DisplayName|")), F.enumeration()]
        #expect(summary(diff(F.base, caseOnly)) == ["property-renamed widget.displayName error"])
        let renamed = [F.resource(rows: F.rows.replacingOccurrences(of: "|size|", with: "|length|")), F.enumeration()]
        #expect(summary(diff(F.base, renamed)) == ["property-renamed widget.size error"])
        // Same type, other description: not a rename.
        let replaced = [F.resource(rows: F.rows.replacingOccurrences(of: "|size|Int32|Size in bytes.|", with: "|length|Int32|Length.|")), F.enumeration()]
        #expect(summary(diff(F.base, replaced)) == ["property-removed widget.size error", "property-added widget.length info"])
    }

    @Test("property types: changed, widened, narrowed, and cardinality")
    func propertyTypes() {
        func with(_ old: String, _ new: String) -> [Page] {
            [F.resource(rows: F.rows.replacingOccurrences(of: old, with: new)), F.enumeration()]
        }
        #expect(summary(diff(F.base, with("|size|Int32|", "|size|Boolean|"))) == ["property-type-changed widget.size error"])
        #expect(summary(diff(F.base, with("|size|Int32|", "|size|Int64|"))) == ["property-type-widened widget.size warning"])
        #expect(summary(diff(with("|size|Int32|", "|size|Int64|"), F.base)) == ["property-type-narrowed widget.size error"])
        let stringColor = with("|color|[widgetColor](widgetcolor.md)|", "|color|String|")
        #expect(summary(diff(F.base, stringColor)) == ["property-type-widened widget.color warning"])
        #expect(summary(diff(stringColor, F.base)) == ["property-type-narrowed widget.color error"])
        let many = diff(F.base, with("|displayName|String|", "|displayName|String collection|"))
        #expect(summary(many) == ["property-cardinality-changed widget.displayName error"])
        #expect(many.first?.message == "'widget.displayName' changed from Edm.String to Collection(Edm.String)")
    }

    @Test("property-became-nullable and property-became-read-only, and not the other way round")
    func nullableAndReadOnly() {
        let nullable = [F.resource(rows: F.rows.replacingOccurrences(of: "Name. Not nullable.", with: "Name. Nullable.")), F.enumeration()]
        #expect(summary(diff(F.base, nullable)) == ["property-became-nullable widget.displayName warning", "description-changed widget.displayName note"])
        #expect(summary(diff(nullable, F.base).filter { $0.rule != .descriptionChanged }).isEmpty)
        let readOnly = [F.resource(rows: F.rows.replacingOccurrences(of: "Size in bytes.", with: "Size in bytes. Read-only.")), F.enumeration()]
        let found = diff(F.base, readOnly).filter { $0.rule != .descriptionChanged }
        #expect(summary(found) == ["property-became-read-only widget.size warning"])
        #expect(found.first?.wire == .breaking && found.first?.swift == Impact.none)
        #expect(diff(readOnly, F.base).allSatisfy { $0.rule == .descriptionChanged })
    }

    @Test("enum members: added after the sentinel, added before it or with none, removed, renamed")
    func enumMembers() {
        func members(_ list: [String]) -> [Page] { [F.resource(), F.enumeration(members: list)] }
        #expect(summary(diff(F.base, members(["red", "green", "unknownFutureValue", "blue"]))) == ["enum-member-added widgetColor.blue info"])
        #expect(summary(diff(F.base, members(["red", "green", "blue", "unknownFutureValue"]))) == ["enum-member-added-closed widgetColor.blue warning"])
        let noSentinel = diff(members(["red", "green"]), members(["red", "green", "blue"]))
        #expect(summary(noSentinel) == ["enum-member-added-closed widgetColor.blue warning"])
        #expect(noSentinel.first?.message.contains("has no unknownFutureValue") == true)
        #expect(summary(diff(F.base, members(["red", "unknownFutureValue"]))) == ["enum-member-removed widgetColor.green error"])
        #expect(summary(diff(F.base, members(["red", "Green", "unknownFutureValue"]))) == ["enum-member-renamed widgetColor.green error"])
    }

    @Test("enum-sentinel-changed: unknownFutureValue removed, or members moved across it")
    func sentinel() {
        func members(_ list: [String]) -> [Page] { [F.resource(), F.enumeration(members: list)] }
        #expect(summary(diff(F.base, members(["red", "green"]))) == ["enum-sentinel-changed widgetColor.unknownFutureValue error"])
        let moved = diff(F.base, members(["red", "unknownFutureValue", "green"]))
        #expect(summary(moved) == ["enum-sentinel-changed widgetColor.unknownFutureValue error"])
        #expect(moved.first?.message == "'green' moved across unknownFutureValue in 'widgetColor'")
    }

    @Test("availability-changed: promoted from beta to v1.0 (info), withdrawn from v1.0 while beta keeps it (error)")
    func availability() {
        let plain = F.resource()
        let weighted = F.resource(rows: F.rows + "\n|weight|Double|Weight.|")
        let betaWeighted = F.resource(rows: F.rows + "\n|weight|Double|Weight.|", version: "beta")
        let colors = [F.enumeration(), F.enumeration(version: "beta")]
        let promoted = diff([plain, betaWeighted] + colors, [weighted, betaWeighted] + colors)
        #expect(summary(promoted) == ["availability-changed widget.weight info"])
        #expect(promoted.first?.message == "property 'widget.weight' was promoted from beta to v1.0")
        let withdrawn = diff([weighted, betaWeighted] + colors, [plain, betaWeighted] + colors)
        #expect(summary(withdrawn) == ["availability-changed widget.weight error"])
        #expect(withdrawn.first?.wire == .breaking)
        // Gone from both versions: a removal in each, beta's one level lower.
        let gone = diff([weighted, betaWeighted] + colors, [plain, F.resource(version: "beta")] + colors)
        #expect(summary(gone) == ["property-removed widget.weight error", "property-removed widget.weight warning"])
    }

    @Test("beta findings drop one level unless strict; notes and info stay")
    func betaLevels() {
        let old = [F.resource(version: "beta"), F.enumeration(version: "beta")]
        let new = [F.resource(rows: F.rows.replacingOccurrences(of: "|size|Int32|Size in bytes.|\n", with: ""), version: "beta"),
                   F.enumeration(members: ["red", "green", "unknownFutureValue", "blue"], version: "beta")]
        #expect(summary(diff(old, new)) == ["property-removed widget.size warning", "enum-member-added widgetColor.blue info"])
        #expect(summary(diff(old, new, strictBeta: true)) == ["property-removed widget.size error", "enum-member-added widgetColor.blue info"])
    }

    @Test("description-changed is a note, and spacing alone is no change")
    func descriptions() {
        let reworded = [F.resource(rows: F.rows.replacingOccurrences(of: "Size in bytes.", with: "The size, in bytes.")), F.enumeration()]
        #expect(summary(diff(F.base, reworded)) == ["description-changed widget.size note"])
        let respaced = [F.resource(rows: F.rows.replacingOccurrences(of: "Size in bytes.", with: "Size  in   bytes.")), F.enumeration()]
        #expect(diff(F.base, respaced).isEmpty)
    }

    @Test("a v1.0 page against a beta page is two revisions of one page, under the new side's version")
    func revisionsAcrossVersions() {
        let findings = diff([F.resource(), F.enumeration()], [F.resource(rows: F.rows + "\n|weight|Double|Weight.|", version: "beta"), F.enumeration(version: "beta")])
        #expect(summary(findings) == ["property-added widget.weight info"])
        #expect(findings.first?.version == .beta)
    }

    @Test("fingerprints are sha256 of rule|subject|version")
    func fingerprints() {
        let finding = DiffFinding(.propertyRemoved, subject: "widget.size", version: .v1, old: nil, new: nil, message: "x")
        // python3 -c "import hashlib; print(hashlib.sha256(b'property-removed|widget.size|v1.0').hexdigest())"
        #expect(finding.fingerprint == "ba9b3597f0744b3c52c02fcd6e2fefbf26a2b105e67762f793a3a5bd4496b673")
        let other = DiffFinding(.propertyRemoved, subject: "widget.size", version: .beta, old: nil, new: nil, message: "y")
        #expect(other.fingerprint != finding.fingerprint, "the version is part of the identity; the message is not")
    }
}
