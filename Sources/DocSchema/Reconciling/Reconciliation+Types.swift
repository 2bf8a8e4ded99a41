/// Creating, finding and naming the drafts of types.
extension Reconciliation {
    /// The draft a name refers to: the same qualified name (compared case-insensitively); else
    /// the type of the page the name links to; else the one type with that short name in any
    /// namespace, preferring `microsoft.graph`.
    func resolve(_ name: String, page: String? = nil) -> TypeDraft? {
        resolve(name, key: name.lowercased(), page: page)
    }

    /// ``resolve(_:page:)`` for a name whose lower-cased `key` is already known.
    private func resolve(_ name: String, key: String, page: String?) -> TypeDraft? {
        if let draft = drafts[key] { return draft }
        if let page, let linked = claims.pageTypes[page], let draft = drafts[linked.lowercased()] { return draft }
        let short = Self.shortName(key)
        guard let keys = byShortName[short], !keys.isEmpty else { return nil }
        if keys.count == 1 { return drafts[keys[0]] }
        let preferred = Graph.namespace + "." + short
        return keys.contains(preferred) ? drafts[preferred] : nil
    }

    /// The draft for `name`, created when nothing resolves it.
    mutating func draft(_ name: String, page: String? = nil, rank: Origin.Rank?) -> TypeDraft {
        draft(name, key: name.lowercased(), page: page, rank: rank)
    }

    /// ``draft(_:page:rank:)`` for a name whose lower-cased `key` is already known.
    mutating func draft(_ name: String, key: String, page: String? = nil, rank: Origin.Rank?) -> TypeDraft {
        if let existing = resolve(name, key: key, page: page) {
            if let rank { existing.offerName(name, rank: rank) }
            return existing
        }
        return create(name, rank: rank)
    }

    /// The draft for exactly this qualified name (a page names its own type), created unless it exists.
    mutating func definedDraft(_ name: String, rank: Origin.Rank) -> TypeDraft {
        definedDraft(name, key: name.lowercased(), rank: rank)
    }

    /// ``definedDraft(_:rank:)`` for a name whose lower-cased `key` is already known.
    mutating func definedDraft(_ name: String, key: String, rank: Origin.Rank) -> TypeDraft {
        if let existing = drafts[key] {
            existing.offerName(name, rank: rank)
            return existing
        }
        return create(name, rank: rank)
    }

    private mutating func create(_ name: String, rank: Origin.Rank?) -> TypeDraft {
        let draft = TypeDraft(name: name)
        draft.nameRank = rank
        drafts[draft.key] = draft
        byShortName[Self.shortName(draft.key), default: []].append(draft.key)
        return draft
    }

    /// The draft a claim's owner refers to; an operation page's link outweighs its title word.
    func resolve(_ reference: TypeReference) -> TypeDraft? {
        if reference.linkFirst, let page = reference.page, let linked = claims.pageTypes[page], let draft = drafts[linked.lowercased()] {
            return draft
        }
        return resolve(reference.name, key: reference.key, page: reference.page)
    }

    /// The draft for a claim's owner, created when nothing resolves it.
    mutating func draft(_ reference: TypeReference) -> TypeDraft {
        resolve(reference) ?? draft(reference.name, key: reference.key, page: reference.page, rank: nil)
    }

    /// A reference with its name resolved to the documented type, when there is one.
    func resolved(_ ref: TypeRef, page: String? = nil) -> TypeRef {
        guard !ref.isPrimitive, !ref.isPlaceholder, let draft = resolve(ref.name, page: page) else { return ref }
        var copy = ref
        copy.name = draft.name
        return copy
    }

    static func shortName(_ name: String) -> String {
        // By bytes: looking for a `Character` breaks graphemes at every step back.
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return name }
        return String(name[name.utf8.index(after: dot)...])
    }

    /// The chain of drafts above `draft`, nearest first, stopping at a cycle.
    func ancestors(of draft: TypeDraft) -> [TypeDraft] {
        var chain: [TypeDraft] = []
        var seen: Set<String> = [draft.key]
        var current = draft
        while let base = current.baseType, let next = drafts[base.lowercased()], seen.insert(next.key).inserted {
            chain.append(next)
            current = next
        }
        return chain
    }
}
