/// Entity, complex or enum; and the Graph convention that every entity hierarchy ends in
/// `microsoft.graph.entity`.
extension Reconciliation {
    /// Enum when the type has members and no properties. Otherwise an entity when anything in
    /// its hierarchy has identity (an operation page, a relationship, an "Inherited from entity"
    /// note), since an entity's ancestors and descendants are entities too; else complex.
    /// Annotations' `keyProperty` is no evidence: the docs put it on complex types as well.
    mutating func inferKinds() {
        // Evidence comes a row at a time, mostly for the same type as the row before.
        var previous: TypeReference?
        for reference in claims.entityEvidence where reference != previous {
            previous = reference
            resolve(reference)?.entityEvidence = true
        }
        for (type, isOpen) in claims.openTypes where isOpen {
            resolve(type)?.isOpen = true
        }

        for draft in drafts.values {
            let isEnum = (draft.isEnumeration || !draft.members.isEmpty) && draft.properties.isEmpty
            draft.kind = isEnum ? .enumeration : .complex
            if draft.isEnumeration, let claim = draft.claims.first(where: { $0.shape == .enumeration }),
               let property = draft.properties.values.first?.first {
                diagnostics.append(Diagnostic(
                    .kindConflict, "\(draft.name) is documented as an enum here but has properties elsewhere; treated as a structured type",
                    at: claim.origin.location, related: [.init(location: property.origin.location, message: "property '\(property.fact.name)' here")]))
            }
        }

        // Hierarchies: connected by base links. One piece of evidence makes the whole hierarchy entities.
        var component: [String: String] = [:]
        func root(_ key: String) -> String {
            var current = key
            while let parent = component[current], parent != current { current = parent }
            return current
        }
        for draft in drafts.values where draft.kind != .enumeration {
            component[draft.key] = component[draft.key] ?? draft.key
            if let base = draft.baseType?.lowercased(), let parent = drafts[base], parent.kind != .enumeration {
                component[parent.key] = component[parent.key] ?? parent.key
                let (left, right) = (root(draft.key), root(parent.key))
                if left != right { component[left] = right }
            }
        }
        var entityRoots: Set<String> = []
        for draft in drafts.values where draft.kind != .enumeration && (draft.entityEvidence || draft.key == Graph.entity.lowercased()) {
            entityRoots.insert(root(draft.key))
        }
        for draft in drafts.values where draft.kind != .enumeration && entityRoots.contains(root(draft.key)) {
            draft.kind = .entity
        }
    }

    /// Gives every entity hierarchy the root `microsoft.graph.entity` (abstract, key `id`).
    mutating func addEntityRoot() {
        let entities = drafts.values.filter { $0.kind == .entity }
        guard !entities.isEmpty else { return }
        let root = draft(Graph.entity, rank: .page)
        root.kind = .entity
        root.baseType = nil
        if root.properties[Graph.entityKey] == nil,
           let any = entities.filter({ $0 !== root }).min(by: { $0.key < $1.key }) {
            // The key of the convention, sourced from one type that needed it (the same one every run).
            let origin = any.claims.first?.origin ?? any.properties.values.first?.first?.origin
            if let origin {
                root.addProperty(.implied(owner: Graph.entity, name: Graph.entityKey, type: .edm("String"), origin: origin))
            }
        }
        for draft in entities where draft !== root {
            let top = ancestors(of: draft).last ?? draft
            if top !== root && top.baseType == nil { top.baseType = root.name }
        }
    }

    /// A property a type lists that an ancestor already has is inherited, not declared again.
    /// Its rows still document the ancestor's property: where and in which versions it exists.
    mutating func dropInheritedDuplicates() {
        for key in drafts.keys.sorted() {
            guard let draft = drafts[key], draft.kind != .enumeration else { continue }
            let chain = ancestors(of: draft)
            var inherited: Set<String> = []
            for (propertyKey, claims) in draft.properties {
                guard let owner = chain.first(where: { $0.properties[propertyKey] != nil }) else { continue }
                owner.properties[propertyKey, default: []].append(contentsOf: claims)
                inherited.insert(propertyKey)
            }
            // Removed in one pass: one at a time, each removal moved every key after it.
            if !inherited.isEmpty { draft.properties.removeAll { inherited.contains($0.key) } }
        }
    }
}
