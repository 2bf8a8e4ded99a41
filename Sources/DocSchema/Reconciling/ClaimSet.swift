/// The claims of every page, in revision order (oldest first), kept page by page.
///
/// Joining the pages' lists into single lists copied every claim, and retained each of its
/// strings, on the one thread the fold has; reading them page by page costs nothing more.
struct ClaimSet {
    private(set) var pages: [PageClaims] = []
    /// Pages by lower-cased file stem, to the type each documents; a stem keeps the type of
    /// the first page that has it.
    private(set) var pageTypes: [String: String] = [:]

    init() {}

    init(_ pages: consuming [PageClaims]) {
        // The places are sorted, not the pages, and each page is then swapped out of its place
        // rather than copied: a copy of a page's claims retains every list in it.
        var unsorted = pages
        let order = unsorted.indices.sorted { unsorted[$0].order < unsorted[$1].order }
        self.pages = order.map { place in
            var page = PageClaims()
            swap(&page, &unsorted[place])
            return page
        }
        for index in self.pages.indices { pageTypes.merge(self.pages[index].pageTypes) { first, _ in first } }
    }

    var typeClaims: some Sequence<TypeClaim> { pages.lazy.flatMap(\.typeClaims) }
    var propertyClaims: some Sequence<PropertyClaimRun> { pages.lazy.flatMap(\.propertyClaims) }
    var claimsWithValues: some Sequence<PropertyClaim> { pages.lazy.flatMap(\.claimsWithValues) }
    var memberClaims: some Sequence<(enumName: String, claims: [MemberClaim])> { pages.lazy.flatMap(\.memberClaims) }
    var inheritanceClaims: some Sequence<(child: String, ancestor: TypeLink, origin: Origin)> { pages.lazy.flatMap(\.inheritanceClaims) }
    var baseClaims: some Sequence<(type: String, base: TypeLink, origin: Origin)> { pages.lazy.flatMap(\.baseClaims) }
    var derivedClaims: some Sequence<(type: TypeLink, base: String, origin: Origin)> { pages.lazy.flatMap(\.derivedClaims) }
    var entityEvidence: some Sequence<TypeReference> { pages.lazy.flatMap(\.entityEvidence) }
    var openTypes: some Sequence<(type: String, isOpen: Bool)> { pages.lazy.flatMap(\.openTypes) }
    var pageSubjects: some Sequence<(file: String, reference: TypeReference)> { pages.lazy.flatMap(\.pageSubjects) }
    var revisions: some Sequence<Origin.Page> { pages.lazy.compactMap(\.revision) }
}
