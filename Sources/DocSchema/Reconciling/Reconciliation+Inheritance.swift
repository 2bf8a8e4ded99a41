/// Base types: the ones pages state, and the ancestors "Inherited from" notes name.
extension Reconciliation {
    /// The base each page states for its type (the newest page wins, with a warning naming the
    /// other), then the bases parents' "Derived types" tables give to children that state none.
    mutating func chooseBases() {
        var byType: [String: [(base: TypeLink, origin: Origin)]] = [:]
        for (type, base, origin) in claims.baseClaims {
            guard let draft = resolve(type) else { continue }
            byType[draft.key, default: []].append((base, origin))
        }
        for key in byType.keys.sorted() {
            guard let draft = drafts[key], let claims = byType[key], let winner = claims.newest(by: \.origin) else { continue }
            let base = self.draft(winner.base.name, page: winner.base.page, rank: nil)
            guard setBase(of: draft, to: base) else { continue }
            for claim in claims where resolve(claim.base.name, page: claim.base.page) !== base {
                diagnostics.append(Diagnostic(
                    .baseTypeConflict, "\(draft.name) is said to derive from \(claim.base.name) here and from \(base.name) elsewhere; using \(base.name)",
                    at: claim.origin.location, related: [.init(location: winner.origin.location, message: "derives from \(base.name) here")]))
            }
        }
        // A parent's "Derived types" table speaks for children whose own pages say nothing.
        for (child, parent, _) in claims.derivedClaims {
            guard let descendant = resolve(child.name, page: child.page), descendant.baseType == nil,
                  let ancestor = resolve(parent)
            else { continue }
            _ = setBase(of: descendant, to: ancestor)
        }
    }

    /// Sets a base type unless it would make a cycle.
    private func setBase(of draft: TypeDraft, to base: TypeDraft) -> Bool {
        guard base !== draft, !ancestors(of: base).contains(where: { $0 === draft }) else { return false }
        draft.baseType = base.name
        return true
    }

    /// "Inherited from X" makes X an ancestor: the base when there is none yet, otherwise the
    /// base of the chain's top, so the property it carries is inherited.
    mutating func applyInheritance() {
        // A page states its inheritance once per inherited row; a claim just like the one
        // before it finds the drafts as that one left them, and so changes nothing.
        var previous: (child: String, ancestor: TypeLink)?
        for (child, ancestor, _) in claims.inheritanceClaims {
            if let previous, previous.child == child, previous.ancestor == ancestor { continue }
            previous = (child, ancestor)
            guard let descendant = resolve(child) else { continue }
            let parent = draft(ancestor.name, page: ancestor.page, rank: nil)
            // entity is the root of every entity hierarchy: naming it says the type is an entity,
            // and addEntityRoot puts it at the top of the chain.
            if parent.key == Graph.entity.lowercased() {
                descendant.entityEvidence = true
                continue
            }
            guard parent !== descendant else { continue }
            let chain = ancestors(of: descendant)
            if chain.contains(where: { $0 === parent }) { continue }
            if ancestors(of: parent).contains(where: { $0 === descendant }) { continue }
            let top = chain.last(where: { $0.key != Graph.entity.lowercased() }) ?? descendant
            guard top !== parent else { continue }
            top.baseType = parent.name
        }
    }
}
