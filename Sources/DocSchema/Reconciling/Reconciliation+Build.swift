/// Writing the drafts out as the schema model, with availability, sources and revisions.
extension Reconciliation {
    func buildSchema(propertyTypes: PropertyTypes) -> Schema {
        let newest = newestRevisions()
        // Each type is built from its own draft alone, so the drafts are built in parallel.
        // Each type's sort key is made with it: lower-casing names inside the comparisons did it
        // a dozen times a type, on one thread.
        let all = Array(drafts.values)
        let built = ParallelMap.map(Array(all.indices)) { index in
            let type = buildType(all[index], propertyTypes: propertyTypes, newest: newest)
            return (key: type.name.lowercased(), type: type)
        }
        // Compared through arrays of the keys alone: reading one out of `built` copied its type.
        let keys = built.map(\.key)
        let names = built.map(\.type.name)
        let order = keys.indices.sorted { (keys[$0], names[$0]) < (keys[$1], names[$1]) }
        var types = order.map { built[$0].type }
        // The entity root is available wherever an entity is.
        if let index = order.firstIndex(where: { keys[$0] == Graph.entity.lowercased() }) {
            let versions = Set(types.filter { $0.kind == .entity }.flatMap(\.availability))
            types[index].availability = APIVersion.allCases.filter { versions.contains($0) }
        }
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
            let newestFirst = claims.count == 1 ? claims : claims.sorted { $0.origin.outranks($1.origin) }
            let origins = claims.map(\.origin)
            property.description = newestFirst.lazy.map(\.fact.description).first { !$0.isEmpty }
            property.localizedDescription = newestFirst.lazy.compactMap(\.fact.localizedDescription).first { !$0.isEmpty }
            property.isReadOnly = newestFirst.lazy.compactMap(\.fact.modifiers.isReadOnly).first
            property.isNullable = newestFirst.lazy.compactMap(\.fact.modifiers.isNullable).first
            property.isRequired = newestFirst.lazy.compactMap(\.fact.modifiers.isRequired).first
            property.isDeprecated = newestFirst.lazy.compactMap(\.fact.modifiers.isDeprecated).first
            property.availability = Self.versions(origins)
            property.sources = Self.sources(origins)
            property.isInNewestRevision = Self.isCurrent(origins, newest: newest)
            type.properties.append(property)
            for claim in claims { typeSources.add(claim.origin) }
        }
        for (_, claims) in draft.members {
            var member = SchemaMember(name: Self.spelling(claims.map { ($0.member.name, $0.origin) }))
            let newestFirst = claims.count == 1 ? claims : claims.sorted { $0.origin.outranks($1.origin) }
            let origins = claims.map(\.origin)
            member.value = newestFirst.lazy.compactMap(\.member.value).first
            member.description = newestFirst.lazy.compactMap(\.member.description).first { !$0.isEmpty }
            member.availability = Self.versions(origins)
            member.sources = Self.sources(origins)
            member.isInNewestRevision = Self.isCurrent(origins, newest: newest)
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
        // A page names its group once, so a group's entries count its pages; one table, looked
        // up once an entry, rather than a set of pages and a table of the newest.
        var groups: [String: (pages: Int, newest: RevisionOrder)] = [:]
        for (group, order) in claims.revisions {
            if let index = groups.index(forKey: group) {
                groups.values[index].pages += 1
                if groups.values[index].newest < order { groups.values[index].newest = order }
            } else {
                groups[group] = (1, order)
            }
        }
        return groups.compactMapValues { $0.pages > 1 ? $0.newest : nil }
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
        if origins.count <= 8 {
            var firstOfEachPage: [Origin] = []
            for origin in origins where !firstOfEachPage.contains(where: { $0.order.index == origin.order.index }) {
                firstOfEachPage.append(origin)
            }
            return onePerFile(firstOfEachPage)
        }
        var pages: Set<Int> = []
        return onePerFile(origins.filter { pages.insert($0.order.index).inserted })
    }

    /// The places of origins from different pages, in the order the pages were read, the first
    /// of each file.
    private static func onePerFile(_ firstOfEachPage: [Origin]) -> [SourceLocation] {
        let sorted = firstOfEachPage.sorted { $0.order < $1.order }
        // A few places, as most elements have, are compared with those kept; hashing every
        // file's path cost more.
        guard sorted.count > 8 else {
            var kept: [SourceLocation] = []
            kept.reserveCapacity(sorted.count)
            for origin in sorted where !kept.contains(where: { $0.file == origin.page.file }) { kept.append(origin.location) }
            return kept
        }
        var seen: Set<String> = []
        return sorted.compactMap { origin in
            seen.insert(origin.page.file).inserted ? origin.location : nil
        }
    }
}
