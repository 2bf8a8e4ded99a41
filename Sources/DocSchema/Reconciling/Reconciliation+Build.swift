/// Writing the drafts out as the schema model, with availability, sources and revisions.
extension Reconciliation {
    func buildSchema(propertyTypes: PropertyTypes) -> Schema {
        let newest = newestRevisions()
        // Each type is built from its own draft alone, so the drafts are built in parallel.
        let all = Array(drafts.values)
        var types = ParallelMap.map(Array(all.indices)) { index in
            buildType(all[index], propertyTypes: propertyTypes, newest: newest)
        }
        // The entity root is available wherever an entity is.
        if let index = types.firstIndex(where: { $0.name.lowercased() == Graph.entity.lowercased() }) {
            let versions = Set(types.filter { $0.kind == .entity }.flatMap(\.availability))
            types[index].availability = APIVersion.allCases.filter { versions.contains($0) }
        }
        types.sort { ($0.name.lowercased(), $0.name) < ($1.name.lowercased(), $1.name) }
        return Schema(types: types)
    }

    private func buildType(_ draft: TypeDraft, propertyTypes: PropertyTypes, newest: [String: RevisionOrder]) -> SchemaType {
        var type = SchemaType(name: draft.name, kind: draft.kind)
        type.baseType = draft.kind == .enumeration ? nil : draft.baseType
        type.isOpen = draft.isOpen
        if draft.key == Graph.entity.lowercased() {
            type.isAbstract = true
            type.key = [Graph.entityKey]
        }
        let described = draft.claims.filter { $0.description?.isEmpty == false }
        if let latest = described.newest(by: \.origin) {
            type.description = latest.description
            type.localizedDescription = latest.localizedDescription
        }

        // The type's own sources are one place per page among every claim about it, which for a
        // type that examples name runs to thousands: gathered as they are met, not copied into one list.
        var typeSources = SourceGathering()
        for claim in draft.claims { typeSources.add(claim.origin) }
        for (key, claims) in draft.properties {
            // Properties added after the choice (the entity key) have no rival claims to weigh.
            let (propertyType, winner) = propertyTypes[draft.key]?[key] ?? winningClaim(claims)
            var property = SchemaProperty(name: Self.spelling(claims.map { ($0.fact.name, $0.origin) }), type: propertyType,
                                          isNavigation: winner.fact.isNavigation)
            let newestFirst = claims.sorted { $0.origin.outranks($1.origin) }
            property.description = newestFirst.lazy.map(\.fact.description).first { !$0.isEmpty }
            property.localizedDescription = newestFirst.lazy.compactMap(\.fact.localizedDescription).first { !$0.isEmpty }
            property.isReadOnly = newestFirst.lazy.compactMap(\.fact.modifiers.isReadOnly).first
            property.isNullable = newestFirst.lazy.compactMap(\.fact.modifiers.isNullable).first
            property.isRequired = newestFirst.lazy.compactMap(\.fact.modifiers.isRequired).first
            property.isDeprecated = newestFirst.lazy.compactMap(\.fact.modifiers.isDeprecated).first
            property.availability = Self.versions(claims.map(\.origin))
            property.sources = Self.sources(claims.map(\.origin))
            property.isInNewestRevision = Self.isCurrent(claims.map(\.origin), newest: newest)
            type.properties.append(property)
            for claim in claims { typeSources.add(claim.origin) }
        }
        for (_, claims) in draft.members {
            var member = SchemaMember(name: Self.spelling(claims.map { ($0.member.name, $0.origin) }))
            let newestFirst = claims.sorted { $0.origin.outranks($1.origin) }
            member.value = newestFirst.lazy.compactMap(\.member.value).first
            member.description = newestFirst.lazy.compactMap(\.member.description).first { !$0.isEmpty }
            member.availability = Self.versions(claims.map(\.origin))
            member.sources = Self.sources(claims.map(\.origin))
            member.isInNewestRevision = Self.isCurrent(claims.map(\.origin), newest: newest)
            type.members.append(member)
            for claim in claims { typeSources.add(claim.origin) }
        }
        type.availability = typeSources.versions
        type.sources = typeSources.sources
        return type
    }

    /// The versions and the first origin of each page among many claims, gathered one at a time.
    private struct SourceGathering {
        private var firstOfEachPage: [Int: Origin] = [:]
        private var versionSet: Set<APIVersion> = []

        mutating func add(_ origin: Origin) {
            versionSet.insert(origin.version)
            if firstOfEachPage[origin.order.index] == nil { firstOfEachPage[origin.order.index] = origin }
        }

        var versions: [APIVersion] { APIVersion.allCases.filter { versionSet.contains($0) } }

        /// One place per page (its first origin), as ``Reconciliation/sources(_:)`` gives.
        var sources: [SourceLocation] { Reconciliation.onePerFile(Array(firstOfEachPage.values)) }
    }

    /// The newest page of every revision group that has more than one page.
    private func newestRevisions() -> [String: RevisionOrder] {
        var pages: [String: Set<Int>] = [:]
        var newest: [String: RevisionOrder] = [:]
        for (group, order) in claims.revisions {
            pages[group, default: []].insert(order.index)
            if newest[group].map({ $0 < order }) ?? true { newest[group] = order }
        }
        return newest.filter { (pages[$0.key]?.count ?? 0) > 1 }
    }

    /// False when every group the element appears in has a newer revision that omits it.
    private static func isCurrent(_ origins: [Origin], newest: [String: RevisionOrder]) -> Bool? {
        // A snapshot of one revision (most inputs) has no revised groups at all.
        guard !newest.isEmpty else { return nil }
        let revised = origins.filter { newest[$0.revisionGroup] != nil }
        guard !revised.isEmpty, revised.count == origins.count else { return nil }
        return origins.contains { newest[$0.revisionGroup] == $0.order } ? nil : false
    }

    /// The spelling the most trusted kind of source uses, the newest of them if they differ.
    private static func spelling(_ names: [(String, Origin)]) -> String {
        let topRank = names.map(\.1.rank).max()
        return names.filter { $0.1.rank == topRank }.newest(by: \.1)?.0 ?? names[0].0
    }

    private static func versions(_ origins: [Origin]) -> [APIVersion] {
        APIVersion.allCases.filter { version in origins.contains { $0.version == version } }
    }

    /// One place per page, in the order the pages were read.
    private static func sources(_ origins: [Origin]) -> [SourceLocation] {
        // Most properties and members have one or two claims.
        if origins.count == 1 { return [origins[0].location] }
        // A type's origins run to thousands, from a few dozen pages. Every origin of a page has
        // the page's order and file, and the sort is stable, so keeping each page's first origin
        // before sorting gives what sorting them all would, without comparing thousands of dates.
        var pages: Set<Int> = []
        return onePerFile(origins.filter { pages.insert($0.order.index).inserted })
    }

    /// The places of origins from different pages, in the order the pages were read, the first
    /// of each file.
    private static func onePerFile(_ firstOfEachPage: [Origin]) -> [SourceLocation] {
        var seen: Set<String> = []
        return firstOfEachPage.sorted { $0.order < $1.order }.compactMap { origin in
            seen.insert(origin.location.file).inserted ? origin.location : nil
        }
    }
}
