/// Compares one version of the old schema with one version of the new: types first, then the
/// properties and members of the types both sides have.
struct VersionComparison {
    let old: SchemaLookup
    let new: SchemaLookup
    let version: APIVersion
    /// Set when comparing v1.0 and both sides document beta too.
    let availability: Availability?

    func findings() -> [DiffFinding] {
        var findings: [DiffFinding] = []
        for (before, after) in matchedTypes(&findings) {
            findings += compareType(before, after)
        }
        return findings
    }

    // MARK: - Types

    /// Pairs the types of both sides by name, reporting what is added, removed or renamed.
    private func matchedTypes(_ findings: inout [DiffFinding]) -> [(SchemaType, SchemaType)] {
        var matched: [(SchemaType, SchemaType)] = []
        var removed: [SchemaType] = []
        let newTypes = Dictionary(new.documentedTypes.map { ($0.name.lowercased(), $0) }) { first, _ in first }
        for type in old.documentedTypes {
            if let same = newTypes[type.name.lowercased()] {
                matched.append((type, same))
                if same.name != type.name {
                    findings.append(finding(.typeRenamed, subject: Self.display(type.name), old: type.sources, new: same.sources,
                                            "type '\(Self.display(type.name))' was renamed to '\(Self.display(same.name))' (case only)"))
                }
            } else {
                removed.append(type)
            }
        }
        let oldNames = Set(old.documentedTypes.map { $0.name.lowercased() })
        var added = new.documentedTypes.filter { !oldNames.contains($0.name.lowercased()) }

        // A removal and an addition with the same members are one rename, when the match is unambiguous.
        let addedBySignature = Dictionary(grouping: added.indices.filter { !Self.signature(added[$0]).isEmpty }) { Self.signature(added[$0]) }
        let removedBySignature = Dictionary(grouping: removed.filter { !Self.signature($0).isEmpty }, by: Self.signature)
        var renamedTo = Set<Int>()
        removed = removed.filter { type in
            let signature = Self.signature(type)
            guard !signature.isEmpty, removedBySignature[signature]?.count == 1,
                  let candidates = addedBySignature[signature], candidates.count == 1, let index = candidates.first,
                  added[index].kind == type.kind
            else { return true }
            renamedTo.insert(index)
            matched.append((type, added[index]))
            findings.append(finding(.typeRenamed, subject: Self.display(type.name), old: type.sources, new: added[index].sources,
                                    "type '\(Self.display(type.name))' was renamed to '\(Self.display(added[index].name))' (same members)"))
            return false
        }
        added = added.indices.filter { !renamedTo.contains($0) }.map { added[$0] }

        for type in removed {
            let subject = Self.display(type.name)
            if let newBeta = availability?.newBeta, newBeta.has(type.name, element: nil) {
                findings.append(withdrawn(subject: subject, old: type.sources, kind: "type"))
            } else {
                findings.append(finding(.typeRemoved, subject: subject, old: type.sources, new: [],
                                        "type '\(subject)' was removed"))
            }
        }
        for type in added {
            let subject = Self.display(type.name)
            if let oldBeta = availability?.oldBeta, oldBeta.has(type.name, element: nil) {
                findings.append(promoted(subject: subject, new: type.sources, kind: "type"))
            } else {
                findings.append(finding(.typeAdded, subject: subject, old: [], new: type.sources,
                                        "type '\(subject)' (\(Self.kindName(type.kind))) is new"))
            }
        }
        return matched
    }

    /// What a renamed type keeps: its property names, or its member names.
    private static func signature(_ type: SchemaType) -> [String] {
        (type.kind == .enumeration ? type.members.map(\.name) : type.properties.map(\.name)).map { $0.lowercased() }.sorted()
    }

    private func compareType(_ before: SchemaType, _ after: SchemaType) -> [DiffFinding] {
        var findings: [DiffFinding] = []
        let subject = Self.display(after.name)
        if Self.madeEntityExplicit(before, after) || Self.madeEntityExplicit(after, before) {
            return findings + compareContents(before, after)
        }
        if before.kind != after.kind {
            findings.append(finding(.typeKindChanged, subject: subject, old: before.sources, new: after.sources,
                                    "'\(subject)' changed from \(Self.kindName(before.kind)) to \(Self.kindName(after.kind))"))
            // An enum and a structured type have nothing else in common to compare.
            if (before.kind == .enumeration) != (after.kind == .enumeration) { return findings }
        }
        if let message = Self.baseChange(before.baseType, after.baseType, of: subject) {
            findings.append(finding(.typeBaseChanged, subject: subject, old: before.sources, new: after.sources, message))
        }
        return findings + compareContents(before, after)
    }

    private func compareContents(_ before: SchemaType, _ after: SchemaType) -> [DiffFinding] {
        var findings: [DiffFinding] = []
        if Self.differ(before.description, after.description) {
            let subject = Self.display(after.name)
            findings.append(finding(.descriptionChanged, subject: subject, old: before.sources, new: after.sources,
                                    "the description of '\(subject)' changed"))
        }
        return findings + compareProperties(before, after) + compareMembers(before, after)
    }

    /// A complex type with its own `id` on one side, and an entity deriving from the Graph's
    /// `entity` root on the other: the page only made explicit what the key implied (a
    /// relationship table or "Inherits from entity" appeared). Its JSON is the same.
    private static func madeEntityExplicit(_ complex: SchemaType, _ entity: SchemaType) -> Bool {
        complex.kind == .complex && complex.baseType == nil
            && complex.properties.contains { $0.name == Graph.entityKey }
            && entity.kind == .entity && entity.baseType?.lowercased() == Graph.entity.lowercased()
    }

    private static func baseChange(_ before: String?, _ after: String?, of subject: String) -> String? {
        switch (before.map(display), after.map(display)) {
        case let (old?, new?) where old.lowercased() != new.lowercased():
            "'\(subject)' now derives from '\(new)' instead of '\(old)'"
        case let (old?, nil):
            "'\(subject)' no longer derives from '\(old)'"
        case let (nil, new?):
            "'\(subject)' now derives from '\(new)'"
        default:
            nil
        }
    }

    // MARK: - Building findings

    func finding(
        _ rule: DiffRule, subject: String, old: [SourceLocation], new: [SourceLocation], _ message: String
    ) -> DiffFinding {
        DiffFinding(rule, subject: subject, version: version, old: old.first.map(DiffFinding.Place.init),
                    new: new.first.map(DiffFinding.Place.init), message: message)
    }

    func promoted(subject: String, new: [SourceLocation], kind: String) -> DiffFinding {
        DiffFinding(.availabilityChanged, subject: subject, version: version, old: nil, new: new.first.map(DiffFinding.Place.init),
                    message: "\(kind) '\(subject)' was promoted from beta to v1.0")
    }

    func withdrawn(subject: String, old: [SourceLocation], kind: String) -> DiffFinding {
        DiffFinding(.availabilityChanged, subject: subject, version: version, old: old.first.map(DiffFinding.Place.init), new: nil,
                    message: "\(kind) '\(subject)' was withdrawn from v1.0; beta still has it",
                    level: .error, wire: .breaking, swift: .breaking)
    }

    /// A type name as the pages write it: without the Graph's own namespace.
    static func display(_ name: String) -> String {
        let prefix = Graph.namespace + "."
        return name.hasPrefix(prefix) ? String(name.dropFirst(prefix.count)) : name
    }

    static func display(_ reference: TypeRef) -> String {
        reference.isCollection ? "Collection(\(display(reference.name)))" : display(reference.name)
    }

    static func kindName(_ kind: TypeKind) -> String {
        switch kind {
        case .entity: "an entity type"
        case .complex: "a complex type"
        case .enumeration: "an enum"
        }
    }

    /// Whether two descriptions differ in more than spacing; a side that says nothing is no change.
    static func differ(_ before: String?, _ after: String?) -> Bool {
        guard let before, let after else { return false }
        func words(_ text: String) -> [Substring] { text.split(whereSeparator: \.isWhitespace) }
        return words(before) != words(after)
    }
}
