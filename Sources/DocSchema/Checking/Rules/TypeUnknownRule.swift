/// `type-unknown`: a Type cell that cannot be read, or names a type no page in the input documents.
struct TypeUnknownRule: CheckRule {
    let id = RuleID.typeUnknown
    let summary = "A Type cell cannot be parsed, or names a type documented nowhere in the input."
    let explanation = """
        Every non-primitive type a table names must be known from the input: documented by a \
        resource page, an enum page or section or a "Possible values" list, or at least shown, with \
        its `@odata.type`, by an example; a page titled with the type's name counts even when it \
        documents nothing else. A type that is not becomes an untyped value in generated \
        models. A cell such as "String or Int32" cannot be read at all. \
        Check the type's spelling and link, or add its page. Placeholders such as "Enumeration" are \
        exempt when the description lists the values. Run the check over the whole documentation set: \
        a single page names many types other pages document.
        """

    func check(_ context: CheckContext) -> [Diagnostic] {
        // A resource or enum page names its type even when it documents nothing else about it.
        var titled: Set<String> = []
        for page in context.pages where page.kind == .resource || page.kind == .enumeration {
            if let name = page.typeName { titled.insert(name.lowercased()) }
            if let stem = Identifier.pageStem(page.file) { titled.insert(stem) }
        }
        var findings: [Diagnostic] = []
        for page in context.pages {
            findings += page.diagnostics.filter { $0.rule == id }
            for property in page.properties where !property.type.isPrimitive && !property.type.isPlaceholder {
                if context.index.type(named: property.type.name, page: property.typePage) != nil
                    || titled.contains(property.type.name.lowercased()) || property.typePage.map(titled.contains) == true { continue }
                findings.append(Diagnostic(
                    id, "'\(property.name)' has the type \(property.type.name), which nothing in the input documents",
                    at: property.position.in(page.file)))
            }
        }
        for file in context.reconcileFindings.keys.sorted() {
            for finding in context.reconcileFindings[file] ?? [] where finding.rule == .typeUnresolved {
                findings.append(Diagnostic(id, finding.message, at: finding.location, related: finding.related))
            }
        }
        return findings
    }
}
