/// `version-drift`: v1.0 and beta documentation that disagree about which properties exist.
struct VersionDriftRule: CheckRule {
    let id = RuleID.versionDrift
    let summary = "A v1.0 example uses a property documented only in beta, or a v1.0 property is missing from beta."
    let explanation = """
        Beta is a superset of v1.0: what v1.0 has, beta has too, and a v1.0 example may use only what \
        v1.0 documents. This rule reports a key in a v1.0 example that only beta's tables document \
        (unless the object's type is open), and \
        a property row on a v1.0 resource page whose type beta documents without that property. Both \
        need the v1.0 and beta pages in the same run; either side alone reports nothing.
        """

    func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (page, examples) in zip(context.pages, context.typedExamples) where page.apiVersion == .v1 {
            for typed in examples {
                for member in typed.members {
                    // A type v1.0 does not document at all is likely documented under another name there.
                    guard let match = member.match, match.documentedIn.count == 1, match.documentedIn.contains(.beta),
                          context.index.isDocumented(match.owner, in: .v1), !context.index.isOpen(member.owner)
                    else { continue }
                    findings.append(Diagnostic(
                        id, "'\(member.key)' of \(match.owner.name) is documented only in beta, but this v1.0 example uses it",
                        at: typed.example.position(ofBodyOffset: member.offset).in(page.file),
                        related: context.related(match.property.sources, for: page, documenting: match.owner, "documented here")))
                }
            }
        }
        // Filtered before a page is bound: binding copies the page's facts, retaining every list.
        for pageIndex in context.pages.indices
        where context.pages[pageIndex].apiVersion == .v1 && context.pages[pageIndex].kind == .resource {
            let page = context.pages[pageIndex]
            guard let type = context.index.pageType(of: page), context.index.isDocumented(type, in: .beta),
                  context.index.hasDocumentedProperties(type)
            else { continue }
            for property in page.properties where property.table != .requestBody && property.modifiers.inheritedFrom == nil {
                guard let match = context.index.property(property.name, of: type), !match.documentedIn.contains(.beta),
                      match.documentedIn.contains(.v1)
                else { continue }
                findings.append(Diagnostic(
                    id, "\(type.name).\(property.name) is documented in v1.0 but missing from beta", at: property.position.in(page.file)))
            }
        }
        return findings
    }
}
