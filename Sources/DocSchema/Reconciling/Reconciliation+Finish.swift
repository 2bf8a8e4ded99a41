import OrderedCollections

/// Turning the gathered claims into a schema, once every page has been read.
extension Reconciliation {
    mutating func finish(documentation isDocumented: Bool) -> Reconciler.Result {
        // Types that pages define come first, so that references find them.
        for claim in claims.typeClaims where claim.origin.rank >= .requestBody {
            let draft = definedDraft(claim.name, key: claim.key, rank: claim.origin.rank)
            draft.claims.append(claim)
        }
        // Owners of rows on API pages are named by the page's title or links: resolve them first.
        for run in claims.propertyClaims where run.rank >= .requestBody && !run.isInherited {
            if run.rank == .requestBody, resolve(run.owner) != nil { continue }
            _ = definedDraft(run.owner.name, key: run.owner.key, rank: run.rank)
        }
        for claim in claims.typeClaims where claim.origin.rank < .requestBody {
            draft(claim.name, key: claim.key, rank: claim.origin.rank).claims.append(claim)
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
        let documentation = isDocumented ? buildDocumentation(pageSubjects: claims.pageSubjects) : Documentation()
        return Reconciler.Result(schema: schema, documentation: documentation, diagnostics: diagnostics.sorted())
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
    ///
    /// A run's claims share an owner and a rank, so its owner is resolved once. Every run's
    /// owner is resolved first, in the order of the three passes below (resolving can create a
    /// draft, which can change what a later name resolves to); what a run then adds depends on
    /// its own draft alone, so the drafts take their runs in parallel, each in pass order.
    private mutating func attachProperties() {
        var lists: [(draft: TypeDraft, runs: [(pass: AttachPass, run: PropertyClaimRun)])] = []
        var place: [ObjectIdentifier: Int] = [:]
        for pass in AttachPass.allCases {
            for run in claims.propertyClaims where pass.takes(run.rank) {
                let target = draft(run.owner)
                if let index = place[ObjectIdentifier(target)] {
                    lists[index].runs.append((pass, run))
                } else {
                    place[ObjectIdentifier(target)] = lists.count
                    lists.append((target, [(pass, run)]))
                }
            }
        }
        _ = ParallelMap.map(lists) { list in Self.attach(list.runs, to: list.draft) }
    }

    /// The passes that attach property runs, in order, and the ranks each takes.
    private enum AttachPass: CaseIterable {
        case tables, representations, examples

        func takes(_ rank: Origin.Rank) -> Bool {
            switch self {
            case .tables: rank >= .requestBody
            case .representations: rank == .representation
            case .examples: rank == .example
            }
        }
    }

    private static func attach(_ runs: [(pass: AttachPass, run: PropertyClaimRun)], to target: TypeDraft) {
        for (pass, run) in runs {
            switch pass {
            case .tables:
                if run.rank == .requestBody, target.hasResourcePage { continue }
                for claim in run.claims { target.addProperty(claim) }
            case .representations:
                // A representation speaks for the properties its page's tables leave out.
                for claim in run.claims {
                    let documented = target.properties[claim.key]?.contains { $0.origin.rank >= .requestBody } ?? false
                    if !documented { target.addProperty(claim) }
                }
            case .examples:
                // Examples only speak for types no table documents.
                guard !target.hasTableProperties else { continue }
                for claim in run.claims { target.addProperty(claim) }
            }
        }
    }

    private mutating func attachMembers() {
        for (name, memberClaims) in claims.memberClaims {
            let target = draft(name, rank: .page)
            for claim in memberClaims { target.addMember(claim) }
        }
        // "Possible values" prose fills the enum the property's type names, unless that type
        // turns out to be a structured one.
        for claim in claims.claimsWithValues {
            let type = claim.fact.type
            guard !type.isPrimitive, !type.isPlaceholder else { continue }
            let target = resolve(type.name, page: claim.fact.typePage) ?? draft(type.name, rank: nil)
            guard !target.isStructured else { continue }
            for value in claim.fact.possibleValues ?? [] {
                target.addMember(MemberClaim(member: value, origin: claim.origin.at(value.position)))
            }
        }
    }
}
