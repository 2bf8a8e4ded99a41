/// `enum-list-mismatch`: a "Possible values" list that disagrees with the enum's own page.
struct EnumListMismatchRule: CheckRule {
    let id = RuleID.enumListMismatch
    let summary = "A property's \"Possible values\" list and its enum's page, section or member table list different members."
    let explanation = """
        By convention an enum's members are written twice: in the description of each property of \
        that type ("Possible values are: `a`, `b`.") and on the enum's own page, section or member \
        table. When the two lists disagree, one of them is out of date. Request-body tables are not \
        compared (a create may accept fewer values than the type has), nor descriptions that say \
        they list a subset or name a single value. Lists are compared within one \
        API version and regardless of case (a case-only difference is name-casing-mismatch). The \
        `unknownFutureValue` sentinel may be left out of a description, and `null` (a JSON value, not a member) \
        is ignored on both sides.
        """

    func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for list in context.enumLists {
            // `null` is JSON's own value, not a member, however a page lists it.
            let values = list.values.filter { $0.name != "null" }
            let members = list.members.filter { $0.name != "null" }
            let listed = Set(values.map { $0.name.lowercased() })
            let defined = Set(members.map { $0.name.lowercased() })
            let extra = values.map(\.name).filter { !defined.contains($0.lowercased()) }
            let missing = members.map(\.name).filter {
                !listed.contains($0.lowercased()) && $0.lowercased() != Graph.enumSentinel.lowercased()
            }
            guard !extra.isEmpty || !missing.isEmpty else { continue }
            var parts: [String] = []
            if !extra.isEmpty { parts.append("lists \(Self.names(extra)), which \(list.enumType.shortName) does not have") }
            if !missing.isEmpty { parts.append("leaves out \(Self.names(missing))") }
            findings.append(Diagnostic(
                id, "the possible values of '\(list.property.name)' \(parts.joined(separator: ", and ")) (compared with \(list.enumType.name))",
                at: list.property.position.in(list.page.file),
                related: [.init(location: list.enumLocation, message: "\(list.enumType.name) lists its members here")]))
        }
        return findings
    }

    private static func names(_ names: [String]) -> String {
        let shown = names.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
        return names.count > 5 ? shown + " and \(names.count - 5) more" : shown
    }
}
