import OrderedCollections

/// A type being assembled from every claim made about it.
///
/// Unchecked: drafts are changed while Reconcile folds claims, either one at a time or, where
/// properties are attached, by one task per draft; once the fold is done they are only read,
/// and the schema's types are then built from them in parallel.
final class TypeDraft: @unchecked Sendable {
    var name: String {
        didSet { key = name.lowercased() }
    }
    /// The name lower-cased: the draft's key in Reconcile's tables, asked for at every lookup.
    private(set) var key: String
    /// How sure the spelling of `name` is: a page's own title beats a passing reference.
    var nameRank: Origin.Rank?
    var claims: [TypeClaim] = []
    var baseType: String?
    var isOpen: Bool?
    /// Something says the type has identity: an operation page, a relationship.
    var entityEvidence = false
    var properties: OrderedDictionary<String, [PropertyClaim]> = [:]
    var members: OrderedDictionary<String, [MemberClaim]> = [:]
    var kind: TypeKind = .complex

    init(name: String) {
        self.name = name
        key = name.lowercased()
    }

    /// Whether a resource or enum page documents the type.
    var hasResourcePage: Bool { claims.contains { $0.origin.rank == .page } }

    var isEnumeration: Bool { claims.contains { $0.shape == .enumeration } }
    var isStructured: Bool { claims.contains { $0.shape == .structured } || !properties.isEmpty }

    /// Whether the type's properties come from a page's table; if so, examples may not add to them.
    var hasTableProperties: Bool {
        properties.values.contains { claims in claims.contains { $0.origin.rank >= .requestBody } }
    }

    func addProperty(_ claim: PropertyClaim) {
        properties[claim.key, default: []].append(claim)
    }

    func addMember(_ claim: MemberClaim) {
        members[claim.key, default: []].append(claim)
    }

    /// Keeps the most authoritative spelling of the name.
    func offerName(_ candidate: String, rank: Origin.Rank) {
        if let current = nameRank, current >= rank { return }
        name = candidate
        nameRank = rank
    }
}
