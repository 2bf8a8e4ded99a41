/// Each property's type, chosen among everything the pages say about it.
extension Reconciliation {
    /// The chosen type of every property, keyed by draft and property key.
    typealias PropertyTypes = [String: [String: (type: TypeRef, winner: PropertyClaim)]]

    /// Picks each property's type: a named type beats a placeholder (`Enumeration`, or
    /// `String` with a "Possible values" list) with a note; between two named types the newest
    /// page wins, with a warning.
    mutating func choosePropertyTypes() -> PropertyTypes {
        // Each draft's choice only reads the drafts, so the drafts are weighed in parallel; the
        // diagnostics and the enum members the choices give are then applied in key order, as
        // a single pass would have (members never change what a later choice reads).
        let keys = drafts.keys.sorted()
        let reading = self
        let choices = ParallelMap.map(keys) { key in reading.choice(for: key) }
        var chosen: PropertyTypes = [:]
        for (key, choice) in zip(keys, choices) {
            if !choice.types.isEmpty { chosen[key] = choice.types }
            diagnostics += choice.diagnostics
            for (target, member) in choice.members { target.addMember(member) }
        }
        return chosen
    }

    private struct Choice: Sendable {
        var types: [String: (type: TypeRef, winner: PropertyClaim)] = [:]
        var diagnostics: [Diagnostic] = []
        /// Members that placeholders stood for, for the enums they belong to.
        var members: [(target: TypeDraft, member: MemberClaim)] = []
    }

    private func choice(for key: String) -> Choice {
        var choice = Choice()
        guard let draft = drafts[key] else { return choice }
        for (propertyKey, claims) in draft.properties {
            let resolvedClaims = claims.map { (claim: $0, type: resolved($0.fact.type, page: $0.fact.typePage)) }
            let winner = winningClaim(among: resolvedClaims)
            let type = winner.type
            choice.types[propertyKey] = (type, winner.claim)
            if winner.claim.fact.type.isPlaceholder {
                choice.diagnostics.append(Diagnostic(
                    .typeUnresolved, "\(draft.name).\(winner.claim.fact.name) is written as an enumeration nowhere named; using Edm.String",
                    at: winner.claim.origin.location))
                continue
            }

            for other in resolvedClaims where !Self.sameType(other.type, type) {
                let isPlaceholder = other.type.isPlaceholder || Self.isLoosePlaceholder(other.claim)
                if isPlaceholder {
                    choice.diagnostics.append(Diagnostic(
                        .placeholderResolved, "\(draft.name).\(other.claim.fact.name): placeholder '\(other.type.shortName)' resolved to \(type.description)",
                        at: other.claim.origin.location, related: [.init(location: winner.claim.origin.location, message: "named here")]))
                    // The placeholder's members belong to the enum it stood for.
                    if let values = other.claim.fact.possibleValues, !type.isPrimitive, let target = resolve(type.name), !target.isStructured {
                        for value in values { choice.members.append((target, MemberClaim(member: value, origin: other.claim.origin.at(value.position)))) }
                    }
                } else if !isPlaceholder, other.claim.origin.rank >= .requestBody {
                    choice.diagnostics.append(Diagnostic(
                        .typeConflict, "\(draft.name).\(other.claim.fact.name) is typed \(other.type.description) here and \(type.description) elsewhere; using \(type.description)",
                        at: other.claim.origin.location, related: [.init(location: winner.claim.origin.location, message: "typed \(type.description) here")]))
                }
            }
        }
        return choice
    }

    /// The claim whose type a property takes, and that type resolved; a placeholder nothing
    /// names becomes `Edm.String`.
    func winningClaim(_ claims: [PropertyClaim]) -> (type: TypeRef, claim: PropertyClaim) {
        winningClaim(among: claims.map { (claim: $0, type: resolved($0.fact.type, page: $0.fact.typePage)) })
    }

    /// ``winningClaim(_:)`` for claims whose types are already resolved.
    private func winningClaim(among resolvedClaims: [(claim: PropertyClaim, type: TypeRef)]) -> (type: TypeRef, claim: PropertyClaim) {
        let named = resolvedClaims.filter { !$0.type.isPlaceholder && !Self.isLoosePlaceholder($0.claim) }
        let candidates = named.isEmpty ? resolvedClaims : named
        let winner = candidates.newest(by: \.claim.origin) ?? candidates[0]
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
