/// What a page claims about the schema, before any name is resolved.
public struct PageClaims: Sendable {
    /// Where the page stands among the others, which sets the fold's order; unused once merged.
    var order = RevisionOrder(date: 0, index: -1)
    var typeClaims: [TypeClaim] = []
    /// Property rows, in page order, in runs that share an owner: a page's rows nearly all
    /// belong to one type, which Reconcile then resolves once for the run instead of once a row.
    var propertyClaims: [PropertyClaimRun] = []
    /// The property claims whose descriptions list possible values, which may fill an enum.
    var claimsWithValues: [PropertyClaim] = []
    /// The members of each enum list, under the list's enum name.
    var memberClaims: [(enumName: String, claims: [MemberClaim])] = []
    /// "Inherited from" notes: the descendant and the ancestor they name.
    var inheritanceClaims: [(child: String, ancestor: TypeLink, origin: Origin)] = []
    /// Base types pages state for their own type.
    var baseClaims: [(type: String, base: TypeLink, origin: Origin)] = []
    /// Types a "Derived types" table says derive from the page's type.
    var derivedClaims: [(type: TypeLink, base: String, origin: Origin)] = []
    /// Pages by lower-cased file stem, to the type each documents: a link to a page names its type.
    var pageTypes: [String: String] = [:]
    /// Types something gives identity: an operation page, a relationship.
    var entityEvidence: [TypeReference] = []
    var openTypes: [(type: String, isOpen: Bool)] = []
    /// The type each page documents or operates on, as the page names it.
    var pageSubjects: [(file: String, reference: TypeReference)] = []
    /// The page, with its revision group and order, when it claims a type, a property or a
    /// member: every origin of a page has its page's, so the newest revision of each group is
    /// found from these rather than from every claim.
    var revision: Origin.Page?

    init() {}

    init(_ page: PageFacts, order: RevisionOrder) {
        self.order = order
        let group = [page.kind.rawValue, page.operation?.rawValue ?? "", page.typeName ?? page.namespace, page.apiVersion.rawValue]
            .joined(separator: "|")
        let originPage = Origin.Page(order: order, version: page.apiVersion, file: page.file, revisionGroup: group)
        func origin(_ position: SourcePosition?, rank: Origin.Rank) -> Origin {
            Origin(page: originPage, rank: rank, position: position ?? SourcePosition(line: 1, column: 1))
        }
        let pageOrigin = origin(page.titlePosition, rank: .page)
        if let name = page.typeName {
            pageSubjects.append((page.file, TypeReference(name: name, page: page.typePage, linkFirst: page.kind == .apiOperation)))
        }

        switch page.kind {
        case .resource, .enumeration:
            // A page filed as a resource with no table, annotation or members is prose about the API.
            let documentsType = !page.properties.isEmpty || !page.enums.isEmpty
                || page.annotations.contains { $0.blockType == "resource" }
            if let name = page.typeName, documentsType {
                if let stem = Identifier.pageStem(page.file) { pageTypes[stem] = pageTypes[stem] ?? name }
                typeClaims.append(TypeClaim(
                    name: name, shape: page.kind == .enumeration ? .enumeration : .structured, origin: pageOrigin,
                    description: page.typeDescription, localizedDescription: page.localizedTypeDescription))
                if let base = page.baseType { baseClaims.append((name, TypeLink(name: base, page: page.baseTypePage), pageOrigin)) }
                for derived in page.derivedTypes ?? [] { derivedClaims.append((derived, name, pageOrigin)) }
                if let isOpen = page.isOpenType { openTypes.append((name, isOpen)) }
            }
        case .apiOperation:
            // Only an entity is created, read, listed, updated or deleted by an operation of its own.
            // (Requiring the request to address it by key was measured: it loses more true entities,
            // read through singletons such as `/me`, than the few complex properties it rules out.)
            if let name = page.typeName, page.operation != .action {
                entityEvidence.append(TypeReference(name: name, page: page.typePage, linkFirst: true))
            }
        case .enumCollection, .conceptual:
            break
        }

        // A page's rows nearly all share one owner, whose reference (and lower-cased key) is made once.
        var rowOwner: TypeReference?
        for property in page.properties {
            let rank: Origin.Rank = property.table == .requestBody ? .requestBody : .page
            let claim = PropertyClaim(fact: property, origin: origin(property.position, rank: rank))
            if rowOwner?.name != property.owner {
                rowOwner = TypeReference(name: property.owner, page: page.typePage, linkFirst: page.kind == .apiOperation)
            }
            guard var owner = rowOwner else { continue }
            var isInherited = false
            if let ancestor = property.modifiers.inheritedFrom, ancestor.lowercased() != property.owner.lowercased() {
                let link = TypeLink(name: ancestor, page: property.modifiers.inheritedFromPage)
                inheritanceClaims.append((property.owner, link, claim.origin))
                owner = TypeReference(name: ancestor, page: link.page)
                isInherited = true
            }
            // A relationship gives a type identity, and so does a read-only or key `id`; an `id`
            // alone does not, since many complex types carry one.
            let isIdentity = property.name == Graph.entityKey
                && (property.modifiers.isReadOnly == true || property.modifiers.isKey == true)
            if property.isNavigation || isIdentity {
                entityEvidence.append(owner)
            }
            addPropertyClaim(claim, owner: owner, isInherited: isInherited)
        }

        for enumFact in page.enums {
            typeClaims.append(TypeClaim(name: enumFact.name, shape: .enumeration, origin: origin(enumFact.position, rank: .page)))
            if !enumFact.members.isEmpty {
                memberClaims.append((enumFact.name, enumFact.members.map { MemberClaim(member: $0, origin: origin($0.position, rank: .page)) }))
            }
        }

        // The JSON representation lists the resource's properties too; it speaks for those the tables leave out.
        // Open types show sample dynamic properties there, not declared ones.
        if page.kind == .resource, page.isOpenType != true, let owner = page.typeName {
            let ownerReference = TypeReference(name: owner)
            for example in page.examples where example.role == .resource {
                let representationOrigin = origin(example.bodyPosition ?? example.position, rank: .representation)
                for member in example.body?.members ?? [] where !member.key.utf8.contains(UInt8(ascii: "@")) && Identifier.isValid(member.key) {
                    guard let type = ExampleTypes.infer(member.value, isRepresentation: true) else { continue }
                    let claim = PropertyClaim.implied(owner: owner, name: member.key, type: type, origin: representationOrigin)
                    addPropertyClaim(claim, owner: ownerReference)
                }
            }
        }

        for example in page.examples {
            guard let body = example.body, ExampleTypes.mayHoldTypedObjects(example.bodyText) else { continue }
            let exampleOrigin = origin(example.bodyPosition ?? example.position, rank: .example)
            ExampleTypes.collect(from: body, isRepresentation: example.role == .resource) { found in
                let owner = TypeReference(name: found.type)
                typeClaims.append(TypeClaim(name: found.type, key: owner.key, shape: .structured, origin: exampleOrigin))
                for (propertyName, type) in found.properties {
                    let claim = PropertyClaim.implied(owner: found.type, name: propertyName, type: type, origin: exampleOrigin)
                    addPropertyClaim(claim, owner: owner)
                }
            }
        }
        if !typeClaims.isEmpty || !propertyClaims.isEmpty || !memberClaims.isEmpty { revision = originPage }
    }

    private mutating func addPropertyClaim(_ claim: PropertyClaim, owner: TypeReference, isInherited: Bool = false) {
        if let values = claim.fact.possibleValues, !values.isEmpty { claimsWithValues.append(claim) }
        if let last = propertyClaims.indices.last, propertyClaims[last].rank == claim.origin.rank,
           propertyClaims[last].isInherited == isInherited, propertyClaims[last].owner == owner {
            propertyClaims[last].append(claim)
        } else {
            propertyClaims.append(PropertyClaimRun(owner: owner, rank: claim.origin.rank, isInherited: isInherited, claims: [claim]))
        }
    }
}

/// Property claims one after another on a page about the same owner, as the page names it,
/// from the same kind of source.
///
/// A class, so that Reconcile's passes over every run retain one reference rather than the
/// owner's strings and the list. Unchecked: claims are added only while its page's claims are
/// made, on that page's task; afterwards the run is only read.
final class PropertyClaimRun: @unchecked Sendable {
    let owner: TypeReference
    /// The rank of every claim's origin.
    let rank: Origin.Rank
    /// The rows were claimed through an "Inherited from" note: the owner is the ancestor the
    /// note names, not the type the row's table documents.
    let isInherited: Bool
    private(set) var claims: [PropertyClaim]

    init(owner: TypeReference, rank: Origin.Rank, isInherited: Bool, claims: [PropertyClaim]) {
        self.owner = owner
        self.rank = rank
        self.isInherited = isInherited
        self.claims = claims
    }

    fileprivate func append(_ claim: PropertyClaim) {
        claims.append(claim)
    }
}
