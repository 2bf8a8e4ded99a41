import OrderedCollections

/// Turning the gathered claims into a schema, once every page has been read.
extension Reconciliation {
    mutating func finish() -> Reconciler.Result {
        // Types that pages define come first, so that references find them.
        for claim in typeClaims where claim.origin.rank >= .requestBody {
            let draft = definedDraft(claim.name, rank: claim.origin.rank)
            draft.claims.append(claim)
        }
        // Owners of rows on API pages are named by the page's title or links: resolve them first.
        for (owner, claim) in propertyClaims where claim.origin.rank >= .requestBody && !isInheritanceTarget(owner, claim) {
            if claim.origin.rank == .requestBody, resolve(owner, page: ownerPages[owner.lowercased()]) != nil { continue }
            _ = definedDraft(owner, rank: claim.origin.rank)
        }
        for claim in typeClaims where claim.origin.rank < .requestBody {
            draft(claim.name, rank: claim.origin.rank).claims.append(claim)
        }

        attachProperties()
        attachMembers()
        chooseBases()
        applyInheritance()
        let propertyTypes = choosePropertyTypes()
        dropUnusedExampleTypes(propertyTypes)
        inferKinds()
        addEntityRoot()
        dropInheritedDuplicates()
        let schema = buildSchema(propertyTypes: propertyTypes)
        return Reconciler.Result(schema: schema, diagnostics: diagnostics.sorted())
    }

    private func isInheritanceTarget(_ owner: String, _ claim: PropertyClaim) -> Bool {
        owner.lowercased() != claim.fact.owner.lowercased()
    }

    /// A type that only examples name is kept when a documented type uses it, directly or
    /// through other such types: an example's `@odata.type` alone proves too little.
    private mutating func dropUnusedExampleTypes(_ propertyTypes: PropertyTypes) {
        let exampleOnly = Set(drafts.values.filter { draft in
            draft.members.isEmpty && draft.claims.allSatisfy { $0.origin.rank == .example }
                && draft.properties.values.allSatisfy { $0.allSatisfy { $0.origin.rank == .example } }
        }.map(\.key))
        guard !exampleOnly.isEmpty else { return }
        var kept = Set(drafts.keys).subtracting(exampleOnly)
        var frontier = Array(kept)
        while let key = frontier.popLast() {
            guard let draft = drafts[key] else { continue }
            var used = propertyTypes[key]?.values.map(\.type.name) ?? []
            if let base = draft.baseType { used.append(base) }
            for name in used {
                guard let target = resolve(name), exampleOnly.contains(target.key), kept.insert(target.key).inserted else { continue }
                frontier.append(target.key)
            }
        }
        for key in exampleOnly where !kept.contains(key) {
            drafts.removeValue(forKey: key)
            byShortName[Self.shortName(key)]?.removeAll { $0 == key }
        }
    }

    // MARK: - Properties and members

    /// A resource page's tables are its type's property list. A create or update page's
    /// request-body table describes a type no resource page documents; where one does, the
    /// request body's extra rows are, in the corpus, nearly always the API's own parameters.
    private mutating func attachProperties() {
        for (owner, claim) in propertyClaims where claim.origin.rank >= .requestBody {
            let target = draft(owner, page: ownerPages[owner.lowercased()], rank: nil)
            if claim.origin.rank == .requestBody, target.hasResourcePage { continue }
            target.addProperty(claim)
        }
        // Examples only speak for types no table documents.
        for (owner, claim) in propertyClaims where claim.origin.rank < .requestBody {
            let target = draft(owner, page: ownerPages[owner.lowercased()], rank: nil)
            guard !target.hasTableProperties else { continue }
            target.addProperty(claim)
        }
    }

    private mutating func attachMembers() {
        for (name, claim) in memberClaims {
            draft(name, rank: .page).addMember(claim)
        }
        // "Possible values" prose fills the enum the property's type names, unless that type
        // turns out to be a structured one.
        for (_, claim) in propertyClaims {
            guard let values = claim.fact.possibleValues, !values.isEmpty else { continue }
            let type = claim.fact.type
            guard !type.isPrimitive, !type.isPlaceholder else { continue }
            let target = resolve(type.name, page: claim.fact.typePage) ?? draft(type.name, rank: nil)
            guard !target.isStructured else { continue }
            for value in values {
                target.addMember(MemberClaim(member: value, origin: claim.origin))
            }
        }
    }

    // MARK: - Inheritance

    private mutating func chooseBases() {
        var byType: [String: [(base: TypeLink, origin: Origin)]] = [:]
        for (type, base, origin) in baseClaims {
            guard let draft = resolve(type) else { continue }
            byType[draft.key, default: []].append((base, origin))
        }
        for key in byType.keys.sorted() {
            guard let draft = drafts[key], let claims = byType[key] else { continue }
            let winner = claims.dropFirst().reduce(claims[0]) { $1.origin.outranks($0.origin) ? $1 : $0 }
            let base = self.draft(winner.base.name, page: winner.base.page, rank: nil)
            guard setBase(of: draft, to: base) else { continue }
            for claim in claims where resolve(claim.base.name, page: claim.base.page) !== base {
                diagnostics.append(Diagnostic(
                    .baseTypeConflict, "\(draft.name) is said to derive from \(claim.base.name) here and from \(base.name) elsewhere; using \(base.name)",
                    at: claim.origin.location, related: [.init(location: winner.origin.location, message: "derives from \(base.name) here")]))
            }
        }
        // A parent's "Derived types" table speaks for children whose own pages say nothing.
        for (child, parent, _) in derivedClaims {
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
    private mutating func applyInheritance() {
        for (child, ancestor, _) in inheritanceClaims {
            guard let descendant = resolve(child) else { continue }
            let parent = draft(ancestor.name, page: ancestor.page, rank: nil)
            if parent.key == Graph.entity.lowercased() { descendant.entityEvidence = true }
            guard parent !== descendant else { continue }
            let chain = ancestors(of: descendant)
            if chain.contains(where: { $0 === parent }) { continue }
            if ancestors(of: parent).contains(where: { $0 === descendant }) { continue }
            let top = chain.last ?? descendant
            guard top !== parent else { continue }
            top.baseType = parent.name
        }
    }

    // MARK: - Property types

    /// The chosen type of every property, keyed by draft and property key.
    typealias PropertyTypes = [String: [String: (type: TypeRef, winner: PropertyClaim)]]

    /// Picks each property's type: a named type beats a placeholder (`Enumeration`, or
    /// `String` with a "Possible values" list) with a note; between two named types the newest
    /// page wins, with a warning.
    private mutating func choosePropertyTypes() -> PropertyTypes {
        var chosen: PropertyTypes = [:]
        for key in drafts.keys.sorted() {
            guard let draft = drafts[key] else { continue }
            for (propertyKey, claims) in draft.properties {
                let resolvedClaims = claims.map { (claim: $0, type: resolved($0.fact.type, page: $0.fact.typePage)) }
                let winner = winningClaim(claims)
                let type = winner.type
                chosen[key, default: [:]][propertyKey] = (type, winner.claim)
                if winner.claim.fact.type.isPlaceholder {
                    diagnostics.append(Diagnostic(
                        .typeUnresolved, "\(draft.name).\(winner.claim.fact.name) is written as an enumeration nowhere named; using Edm.String",
                        at: winner.claim.origin.location))
                    continue
                }

                for other in resolvedClaims where !Self.sameType(other.type, type) {
                    let isPlaceholder = other.type.isPlaceholder || Self.isLoosePlaceholder(other.claim)
                    if isPlaceholder {
                        diagnostics.append(Diagnostic(
                            .placeholderResolved, "\(draft.name).\(other.claim.fact.name): placeholder '\(other.type.shortName)' resolved to \(type.description)",
                            at: other.claim.origin.location, related: [.init(location: winner.claim.origin.location, message: "named here")]))
                        // The placeholder's members belong to the enum it stood for.
                        if let values = other.claim.fact.possibleValues, !type.isPrimitive, let target = resolve(type.name), !target.isStructured {
                            for value in values { target.addMember(MemberClaim(member: value, origin: other.claim.origin)) }
                        }
                    } else if !isPlaceholder, other.claim.origin.rank >= .requestBody {
                        diagnostics.append(Diagnostic(
                            .typeConflict, "\(draft.name).\(other.claim.fact.name) is typed \(other.type.description) here and \(type.description) elsewhere; using \(type.description)",
                            at: other.claim.origin.location, related: [.init(location: winner.claim.origin.location, message: "typed \(type.description) here")]))
                    }
                }
            }
        }
        return chosen
    }

    /// The claim whose type a property takes, and that type resolved; a placeholder nothing
    /// names becomes `Edm.String`.
    func winningClaim(_ claims: [PropertyClaim]) -> (type: TypeRef, claim: PropertyClaim) {
        let resolvedClaims = claims.map { (claim: $0, type: resolved($0.fact.type, page: $0.fact.typePage)) }
        let named = resolvedClaims.filter { !$0.type.isPlaceholder && !Self.isLoosePlaceholder($0.claim) }
        let candidates = named.isEmpty ? resolvedClaims : named
        let winner = candidates.dropFirst().reduce(candidates[0]) { $1.claim.origin.outranks($0.claim.origin) ? $1 : $0 }
        guard winner.type.isPlaceholder else { return (winner.type, winner.claim) }
        return (TypeRef("Edm.String", collection: winner.type.isCollection), winner.claim)
    }

    /// A `String` whose description lists possible values stands in for an enum another page may name.
    private static func isLoosePlaceholder(_ claim: PropertyClaim) -> Bool {
        claim.fact.type.name == "Edm.String" && !(claim.fact.possibleValues ?? []).isEmpty
    }

    private static func sameType(_ left: TypeRef, _ right: TypeRef) -> Bool {
        left.name.lowercased() == right.name.lowercased() && left.isCollection == right.isCollection
    }
}
