/// Where a statement about the schema comes from, and how it weighs against others.
struct Origin {
    /// How much a kind of source is trusted when two disagree and neither is newer.
    enum Rank: Int, Comparable {
        /// A type or key seen only in an example's JSON.
        case example = 0
        /// A key of a resource page's JSON representation.
        case representation = 1
        /// A create or update page's request-body table.
        case requestBody = 2
        /// A resource or enum page, or an enum section.
        case page = 3

        static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// What every origin on one page shares, held once per page: origins are copied into
    /// lists, drafts and choices many times, and each copy of three strings was three retains.
    final class Page: Sendable {
        let order: RevisionOrder
        let version: APIVersion
        let file: String
        /// Pages in the same group document the same thing; the newest of them is its current revision.
        let revisionGroup: String
        /// `revisionGroup`'s hash, made on the page's own task: the fold groups every page by it
        /// on one thread.
        let revisionGroupHash: Int

        init(order: RevisionOrder, version: APIVersion, file: String, revisionGroup: String) {
            self.order = order
            self.version = version
            self.file = file
            self.revisionGroup = revisionGroup
            revisionGroupHash = revisionGroup.hashValue
        }
    }

    let page: Page
    var rank: Rank
    var position: SourcePosition

    var order: RevisionOrder { page.order }
    var version: APIVersion { page.version }
    var revisionGroup: String { page.revisionGroup }
    var location: SourceLocation { position.in(page.file) }

    /// The same origin, at another place in the same page.
    func at(_ position: SourcePosition) -> Origin {
        var copy = self
        copy.position = position
        return copy
    }

    /// Whether this origin should win over `other`: newer first, then the more trusted kind of
    /// source, then the later input.
    func outranks(_ other: Origin) -> Bool {
        if order.date != other.order.date { return order.date > other.order.date }
        if rank != other.rank { return rank > other.rank }
        return order.index > other.order.index
    }
}

/// A claim, which says where it comes from.
protocol OriginHolding {
    var origin: Origin { get }
}

extension Sequence {
    /// The element whose origin wins over every other's; the first such on a tie.
    func newest(by origin: (Element) -> Origin) -> Element? {
        self.max { origin($1).outranks(origin($0)) }
    }
}

/// The age of a page among its revisions: its date (front matter, then file name), then its
/// place in the input.
struct RevisionOrder: Comparable, Hashable {
    /// The page's date as the number `yyyymmdd`, which orders as the dates do (and compares
    /// as one number, where the date's text took a string comparison); 0, before every date,
    /// when the page has none.
    var date: Int
    var index: Int

    static func < (lhs: RevisionOrder, rhs: RevisionOrder) -> Bool {
        (lhs.date, lhs.index) < (rhs.date, rhs.index)
    }

    /// The page's date: `ms.date`/`ms.lasthandoff`, else a `yyyy-mm-dd` at the start of its
    /// file name; 0 when it has neither.
    static func date(of page: PageFacts) -> Int {
        if let date = page.date.flatMap(FrontMatter.isoDate) { return number(date) }
        let name = PathNames.last(page.file).map(String.init) ?? page.file
        let prefix = String(name.prefix(10))
        guard prefix.utf8.count == 10, FrontMatter.isoDate(prefix) == prefix else { return 0 }
        return number(prefix)
    }

    /// `yyyymmdd` of a `yyyy-mm-dd` date.
    private static func number(_ isoDate: String) -> Int {
        isoDate.utf8.reduce(0) { number, byte in byte >= 0x30 && byte <= 0x39 ? number * 10 + Int(byte - 0x30) : number }
    }
}

/// A property row as Reconcile weighs it.
///
/// A class, and immutable: a claim is copied into lists, drafts and choices several times,
/// and a struct's copy retains each of its strings (in a 144,000-claim corpus that cost more
/// than anything else Reconcile did); a reference is one retain.
final class PropertyClaim: Sendable, OriginHolding {
    let fact: PropertyFact
    let origin: Origin
    /// The property's name lower-cased, its key in a draft; made with the claim, on the page's
    /// own task, rather than in the single-threaded fold.
    let key: String

    init(fact: PropertyFact, origin: Origin) {
        self.fact = fact
        self.origin = origin
        key = fact.name.lowercased()
    }
}

extension PropertyClaim {
    /// A property no table states but something else implies: a representation key, an
    /// example's key, the entity root's key. It has a name and a type and nothing more.
    static func implied(owner: String, name: String, type: TypeRef, origin: Origin) -> PropertyClaim {
        let fact = PropertyFact(
            owner: owner, name: name, type: type, isNavigation: false, table: .properties,
            description: "", modifiers: PropertyModifiers(), position: origin.location.position)
        return PropertyClaim(fact: fact, origin: origin)
    }
}

/// An enum member as Reconcile weighs it.
///
/// A class, and immutable, for the reason ``PropertyClaim`` gives: a copy is one retain.
final class MemberClaim: Sendable, OriginHolding {
    let member: EnumMemberFact
    let origin: Origin
    /// The member's name lower-cased, its key in a draft; made with the claim, on the page's
    /// own task where the page's lists are read.
    let key: String

    init(member: EnumMemberFact, origin: Origin) {
        self.member = member
        self.origin = origin
        key = member.name.lowercased()
    }
}

/// A type named by a page, an enum section or an example.
///
/// A class, and immutable, for the reason ``PropertyClaim`` gives: the fold copies every
/// claim into its type's draft, and a copy is one retain.
final class TypeClaim: Sendable {
    enum Shape {
        case structured
        case enumeration
    }

    let name: String
    /// The name lower-cased, made on the page's task rather than in the single-threaded fold.
    let key: String
    let shape: Shape
    let origin: Origin
    let description: String?
    let localizedDescription: String?

    /// `key` is `name` lower-cased, when the caller has made it already.
    init(name: String, key: String? = nil, shape: Shape, origin: Origin, description: String? = nil, localizedDescription: String? = nil) {
        self.name = name
        self.key = key ?? name.lowercased()
        self.shape = shape
        self.origin = origin
        self.description = description
        self.localizedDescription = localizedDescription
    }
}

/// The type a claim is about, as the page names it.
struct TypeReference: Equatable {
    var name: String {
        didSet { key = name.lowercased() }
    }
    /// The name lower-cased, made once rather than at every lookup.
    private(set) var key: String
    /// The page the name links to, as a lower-cased file stem.
    var page: String?
    /// Whether the link's target is the surer guide than the name: an operation page's title
    /// word ("Update printer settings") names its type loosely; the page it links to does not.
    var linkFirst = false

    init(name: String, page: String? = nil, linkFirst: Bool = false) {
        self.name = name
        key = name.lowercased()
        self.page = page
        self.linkFirst = linkFirst
    }
}
