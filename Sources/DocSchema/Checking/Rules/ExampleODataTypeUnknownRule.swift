/// `example-odata-type-unknown`: an `@odata.type` naming an undocumented type, or one not derived from the declared type.
struct ExampleODataTypeUnknownRule: CheckRule {
    let id = RuleID.exampleODataTypeUnknown
    let summary = "An example's @odata.type names a type nothing documents, or one not derived from the type its place declares."
    let explanation = """
        `@odata.type` tells a client which type to decode. In an example it must name a type the \
        input knows: one a page, table or list documents, or one a documented property has as its \
        type (its own page may be outside the input); and, where the object is the value of a property or the body of \
        a block whose annotation names a type, that type or one derived from it. A sibling (a type \
        with a common base other than `entity`) or that common base is accepted, since Type cells \
        such as "[a](a.md) or [b](b.md)" name one of several types derived from one base. Only names in the \
        Graph namespace, written `microsoft.graph.…` as OData writes it, are checked. A name that matches a type in another casing is reported as \
        name-casing-mismatch. (ApiDoctor ResourceTypeNotFound.)
        """

    func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (page, examples) in zip(context.pages, context.typedExamples) {
            for typed in examples {
                for use in typed.odataTypes {
                    // Found only for a finding: most uses are fine, and finding the place walks the body.
                    var location: SourceLocation { typed.example.position(ofBodyOffset: use.offset).in(page.file) }
                    guard let resolved = use.resolved else {
                        findings.append(Diagnostic(id, "@odata.type names \(use.name), which nothing in the input documents or uses", at: location))
                        continue
                    }
                    if let declared = use.declared, context.index.isKind(resolved, of: declared) == false,
                       context.index.isKind(declared, of: resolved) != true, !context.index.shareAncestor(resolved, declared) {
                        findings.append(Diagnostic(
                            id, "@odata.type names \(resolved.name), which as documented does not derive from \(declared.name), the type this value is documented as",
                            at: location))
                    }
                }
            }
        }
        return findings
    }
}
