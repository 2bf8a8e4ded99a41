/// `read-only-in-request`: a read-only property in the body of a create or update request.
struct ReadOnlyInRequestRule: CheckRule {
    let id = RuleID.readOnlyInRequest
    let summary = "A create or update request body sets a property documented as read-only."
    let explanation = """
        A property whose description says it is read-only cannot be set by a client; a create \
        (POST) or update (PATCH, PUT) example that sends it teaches readers a request the service \
        ignores or rejects. Only the keys of the body's own object are checked, against the type the \
        page creates or updates. A conditional note ("Read-only for users synced from on-premises") \
        does not make a property read-only, and the entity root's `id`, whose note differs from type \
        to type, is not checked. Either the example or the "Read-only" note is wrong.
        """

    func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for value in context.exampleValues where value.example.role == .request && value.member.depth == 0 {
            guard value.page.operation == .create || value.page.operation == .update,
                  value.match.property.isReadOnly == true,
                  // The entity root's key gathers every page's "Inherited from entity" row, read-only or not.
                  value.match.owner.name.lowercased() != Graph.entity.lowercased()
            else { continue }
            findings.append(Diagnostic(
                id, "'\(value.member.key)' is read-only, but this \(value.page.operation?.rawValue ?? "") request sets it",
                at: value.location,
                related: context.related(value.match.property.sources, for: value.page, documenting: value.match.owner, "documented as read-only here")))
        }
        return findings
    }
}
