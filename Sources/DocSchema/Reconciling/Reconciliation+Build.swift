/// Writing the drafts out as the schema model, with availability, sources and revisions.
extension Reconciliation {
    func buildSchema(propertyTypes: PropertyTypes) -> Schema {
        let newest = revisionStatus()
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

    private func buildType(_ draft: TypeDraft, propertyTypes: PropertyTypes, newest: RevisionStatus) -> SchemaType {
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
            var property = SchemaProperty(name: Self.spelling(claims) { $0.fact.name }, type: propertyType,
                                          isNavigation: winner.fact.isNavigation)
            let origins = claims.map(\.origin)
            property.description = Self.newest(claims) { $0.fact.description.isEmpty ? nil : $0.fact.description }
            property.localizedDescription = Self.newest(claims) { $0.fact.localizedDescription.flatMap { $0.isEmpty ? nil : $0 } }
            property.isReadOnly = Self.newest(claims) { $0.fact.modifiers.isReadOnly }
            property.isNullable = Self.newest(claims) { $0.fact.modifiers.isNullable }
            property.isRequired = Self.newest(claims) { $0.fact.modifiers.isRequired }
            property.isDeprecated = Self.newest(claims) { $0.fact.modifiers.isDeprecated }
            property.availability = Self.versions(origins)
            property.sources = Self.sources(origins)
            property.isInNewestRevision = Self.isCurrent(origins, newest: newest)
            type.properties.append(property)
            for claim in claims { typeSources.add(claim.origin) }
        }
        for (_, claims) in draft.members {
            var member = SchemaMember(name: Self.spelling(claims) { $0.member.name })
            let origins = claims.map(\.origin)
            member.value = Self.newest(claims) { $0.member.value }
            member.description = Self.newest(claims) { $0.member.description.flatMap { $0.isEmpty ? nil : $0 } }
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
        /// The page of the origin before: a page's claims come one after another, and the
        /// first of them is all a page adds.
        private var lastPage: ObjectIdentifier?

        mutating func add(_ origin: Origin) {
            let page = ObjectIdentifier(origin.page)
            guard page != lastPage else { return }
            lastPage = page
            versionSet.insert(origin.version)
            if firstOfEachPage[origin.order.index] == nil { firstOfEachPage[origin.order.index] = origin }
        }

        var versions: [APIVersion] { APIVersion.allCases.filter { versionSet.contains($0) } }

        /// One place per page (its first origin), as ``Reconciliation/sources(_:)`` gives.
        var sources: [SourceLocation] { Reconciliation.onePerFile(Array(firstOfEachPage.values)) }
    }

    /// The value `value` gives for the claim whose origin outranks the others' among those it
    /// gives one for; the first such on a tie. One pass, where sorting a property's claims
    /// (thousands, for a key every example has) compared them many times over.
    private static func newest<Claim: OriginHolding, Value>(_ claims: [Claim], _ value: (Claim) -> Value?) -> Value? {
        // A lazy filter, not a filtered copy of the claims: it only looks as if it kept `value`.
        withoutActuallyEscaping(value) { value in claims.lazy.filter { value($0) != nil }.newest(by: \.origin).flatMap(value) }
    }

    /// Of every page in a revision group that has more than one page, whether it is the
    /// group's newest; pages of other groups are not in it. Keyed by the page itself, so that
    /// an element's origins are looked up without hashing their group's name.
    typealias RevisionStatus = [ObjectIdentifier: Bool]

    private func revisionStatus() -> RevisionStatus {
        // A page names its group once, so a group's entries count its pages.
        var groups: [RevisionGroupKey: (pages: [Origin.Page], newest: Origin.Page)] = [:]
        // Sized for a page a group, the most there can be: growing the tables rehashed them.
        groups.reserveCapacity(claims.pages.count)
        for page in claims.revisions {
            let key = RevisionGroupKey(page: page)
            if let index = groups.index(forKey: key) {
                groups.values[index].pages.append(page)
                if groups.values[index].newest.order < page.order { groups.values[index].newest = page }
            } else {
                groups[key] = ([page], page)
            }
        }
        var status: RevisionStatus = [:]
        status.reserveCapacity(claims.pages.count)
        for group in groups.values where group.pages.count > 1 {
            for page in group.pages { status[ObjectIdentifier(page)] = page === group.newest }
        }
        return status
    }

    /// A page's revision group as a table key, hashed with the hash its page made.
    private struct RevisionGroupKey: Hashable {
        let page: Origin.Page

        static func == (lhs: Self, rhs: Self) -> Bool { lhs.page.revisionGroup == rhs.page.revisionGroup }
        func hash(into hasher: inout Hasher) { hasher.combine(page.revisionGroupHash) }
    }

    /// False when every group the element appears in has a newer revision that omits it.
    private static func isCurrent(_ origins: [Origin], newest: RevisionStatus) -> Bool? {
        // A snapshot of one revision (most inputs) has no revised groups at all.
        guard !newest.isEmpty else { return nil }
        var inNewest = false
        for origin in origins {
            guard let isNewest = newest[ObjectIdentifier(origin.page)] else { return nil }
            if isNewest { inNewest = true }
        }
        return inNewest || origins.isEmpty ? nil : false
    }

    /// The spelling the most trusted kind of source uses, the newest of them if they differ
    /// (the first on a tie).
    private static func spelling<Claim: OriginHolding>(_ claims: [Claim], _ name: (Claim) -> String) -> String {
        guard let topRank = claims.lazy.map(\.origin.rank).max() else { return "" }
        return claims.lazy.filter { $0.origin.rank == topRank }.newest(by: \.origin).map(name) ?? ""
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
