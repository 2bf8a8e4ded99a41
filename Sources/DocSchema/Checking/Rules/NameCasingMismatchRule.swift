/// `name-casing-mismatch`: one name spelt with different casing in different places.
struct NameCasingMismatchRule: CheckRule {
    let id = RuleID.nameCasingMismatch
    let summary = "A property, member or type name is spelt with different casing in an example, representation or list than where it is documented."
    let explanation = """
        JSON keys, enum values and type names are case-sensitive on the wire: `userPrincipalName` and \
        `UserPrincipalName` are different keys to a client. This rule compares each example and \
        representation key with the table row it matches, each enum value in an example with the \
        member it matches, each `@odata.type` with the type it names, and each "Possible values" item \
        with the enum page's member, and reports those that match only when case is ignored. \
        (msgraph-metadata casing check.)
        """

    func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (page, examples) in zip(context.pages, context.typedExamples) {
            for typed in examples {
                for member in typed.members {
                    guard let match = member.match, match.isDocumented, member.key != match.property.name else { continue }
                    findings.append(Diagnostic(
                        id, "'\(member.key)' is documented as '\(match.property.name)' of \(match.owner.name)",
                        at: typed.example.position(ofBodyOffset: member.offset).in(page.file),
                        related: context.related(match.property.sources, for: page, documenting: match.owner, "documented here")))
                }
                for use in typed.odataTypes {
                    guard let resolved = use.resolved, use.name.lowercased() == resolved.name.lowercased(), use.name != resolved.name
                    else { continue }
                    findings.append(Diagnostic(
                        id, "@odata.type writes \(use.name), but the type is documented as \(resolved.name)",
                        at: typed.example.position(ofBodyOffset: use.offset).in(page.file)))
                }
            }
        }
        for value in context.exampleValues {
            guard let members = EnumValueMatch.documentedMembers(of: value, in: context) else { continue }
            for case .string(let text) in value.scalars {
                for written in EnumValueMatch.parts(of: text) {
                    guard case .casing(let member) = EnumValueMatch.match(written, in: members) else { continue }
                    findings.append(Diagnostic(
                        id, "'\(value.member.key)' has the value \"\(written)\", documented as the member '\(member)' of \(value.match.property.type.name)",
                        at: value.location))
                }
            }
        }
        for list in context.enumLists {
            for value in list.values {
                guard case .casing(let member) = EnumValueMatch.match(value.name, in: list.members.map(\.name)) else { continue }
                findings.append(Diagnostic(
                    id, "possible value '\(value.name)' of '\(list.property.name)' is documented as '\(member)' of \(list.enumType.name)",
                    at: value.position.in(list.page.file)))
            }
        }
        return findings
    }
}
