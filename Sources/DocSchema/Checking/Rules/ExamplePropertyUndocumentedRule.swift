/// `example-property-undocumented`: a key in an example or representation that no table row documents.
struct ExamplePropertyUndocumentedRule: CheckRule {
    let id = RuleID.examplePropertyUndocumented
    let summary = "A key in an example or JSON representation has no row in the property tables of its type or its ancestors."
    let explanation = """
        Each JSON object in a request, a response or a JSON representation stands for a type: the one \
        its `@odata.type` names, the one the block's annotation names, the page's own type (for a \
        representation, and for the body of a create or update request), or the type of the property \
        it is the value of. Every key of that object must be a property some table documents for the \
        type or one of its ancestors, in any API version. Open types are exempt, as are keys with `@` \
        (instance annotations such as `@odata.context` or `x@odata.bind`) and objects whose type no \
        table documents. A key that matches a row in another casing is reported as name-casing-mismatch \
        instead. Document the property, fix its spelling, or add the `@odata.type` of the derived type \
        the example shows. (ApiDoctor AdditionalPropertyDetected.)
        """

    func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (page, examples) in zip(context.pages, context.typedExamples) {
            for typed in examples {
                for member in typed.members where member.match?.isDocumented != true {
                    guard !context.index.isOpen(member.owner), context.index.hasDocumentedProperties(member.owner) else { continue }
                    let block = typed.example.role == .resource ? "JSON representation" : "example"
                    findings.append(Diagnostic(
                        id, "'\(member.key)' in this \(block) is not a documented property of \(member.owner.name) or its ancestors",
                        at: typed.example.position(ofBodyOffset: member.offset).in(page.file),
                        related: context.related(member.owner.sources, for: page, "\(member.owner.name) is documented here")))
                }
            }
        }
        return findings
    }
}
