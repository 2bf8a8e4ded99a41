/// `example-enum-value-undocumented`: an example's value for an enum property that is no documented member.
struct ExampleEnumValueUndocumentedRule: CheckRule {
    let id = RuleID.exampleEnumValueUndocumented
    let summary = "An example gives an enum-typed property a string that is not a documented member."
    let explanation = """
        A value of an enum property must be one of the members its enum page, member table or \
        "Possible values" list documents (for a flags enum, members joined by commas). Generated \
        examples often keep the placeholder `"String"`. A value that matches a member in another \
        casing is reported as name-casing-mismatch instead. Enums with no documented member are not \
        checked. (ApiDoctor InvalidEnumeratedValueString.)
        """

    func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for value in context.exampleValues {
            guard let members = EnumValueMatch.documentedMembers(of: value, in: context) else { continue }
            for case .string(let text) in value.scalars {
                for written in EnumValueMatch.parts(of: text) where EnumValueMatch.match(written, in: members) == .none {
                    findings.append(Diagnostic(
                        id, "'\(value.member.key)' has the value \"\(written)\", which is not a member of \(value.match.property.type.name)",
                        at: value.location,
                        related: context.related(value.match.property.sources, for: value.page, documenting: value.match.owner, "\(value.match.property.name) is documented here")))
                }
            }
        }
        return findings
    }
}
