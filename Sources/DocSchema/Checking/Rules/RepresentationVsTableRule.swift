/// `representation-vs-table`: a property row that the page's JSON representation leaves out.
struct RepresentationVsTableRule: CheckRule {
    let id = RuleID.representationVsTable
    let summary = "A row of a resource page's properties table is missing from the page's JSON representation."
    let explanation = """
        A resource page documents its properties twice: in the properties table and in the JSON \
        representation block. Every row of the properties table should appear as a key of the \
        representation, unless the block's annotation lists it in `optionalProperties`. Relationships \
        (and a property row the relationships table lists again) are exempt: by convention the representation shows only structural properties. The reverse (a \
        representation key with no row) is reported once, as example-property-undocumented; a key that \
        matches a row in another casing is name-casing-mismatch. Pages of open types and pages without a \
        representation are not checked.
        """

    func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (page, examples) in zip(context.pages, context.typedExamples) where page.kind == .resource && page.isOpenType != true {
            guard let pageType = context.index.pageType(of: page),
                  let representation = examples.first(where: { $0.example.role == .resource && $0.root?.name == pageType.name }),
                  case .object(var keys)? = representation.example.body
            else { continue }
            // Some representations are written as a list response: {"value": [{…}]}.
            if context.index.property("value", of: pageType) == nil, case .object(let element)? = representation.example.body?["value"]?.elements?.first {
                keys = element
            }
            let shown = Set(keys.map { $0.key.lowercased() })
            let optional = Set((representation.example.annotation?.optionalProperties ?? []).map { $0.lowercased() })
            let relationships = Set(page.properties.filter { $0.table == .relationships }.map { $0.name.lowercased() })
            for property in page.properties where property.table == .properties {
                let key = property.name.lowercased()
                guard !shown.contains(key), !optional.contains(key), !relationships.contains(key) else { continue }
                let where_ = representation.example.bodyPosition ?? representation.example.position
                findings.append(Diagnostic(
                    id, "property '\(property.name)' is in the properties table but not in the JSON representation",
                    at: property.position.in(page.file),
                    related: [Diagnostic.Related(location: where_.in(page.file), message: "the JSON representation")]))
            }
        }
        return findings
    }
}
