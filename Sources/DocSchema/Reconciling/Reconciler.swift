/// The Reconcile stage: many pages' facts in, one schema out.
///
/// Each page is first turned into claims on its own (`claims(of:index:)`, which a pipeline can
/// run in parallel, letting go of the page's facts), and the claims are then folded in revision
/// order (oldest first), so that later statements win where newest-wins applies. Names are
/// resolved only once every page has been read, because a reference may come before the page
/// that defines it.
public enum Reconciler {
    public struct Result: Sendable {
        public var schema: Schema
        /// What the pages' tables and lists document, as opposed to what examples imply.
        public var documentation: Documentation
        public var diagnostics: [Diagnostic]
    }

    public static func reconcile(_ pages: [PageFacts]) -> Result {
        let claims = ParallelMap.map(Array(pages.indices)) { index in Self.claims(of: pages[index], index: index) }
        return reconcile(claims)
    }

    /// What one page claims about the schema. `index` is the page's place in the input, which
    /// breaks ties between pages of the same date.
    public static func claims(of page: PageFacts, index: Int) -> PageClaims {
        PageClaims(page, order: RevisionOrder(date: RevisionOrder.date(of: page), index: index))
    }

    /// Folds the claims of many pages, in any order, into one schema. Without `documentation`,
    /// the result's ``Result/documentation`` is left empty, which `check` alone reads.
    public static func reconcile(_ pages: consuming [PageClaims], documentation: Bool = true) -> Result {
        var reconciliation = Reconciliation()
        reconciliation.claims = ClaimSet(pages)
        let result = reconciliation.finish(documentation: documentation)
        BackgroundRelease.release(reconciliation)
        return result
    }
}

/// The claims gathered from every page, and the drafts built from them.
struct Reconciliation {
    var claims = ClaimSet()
    var diagnostics: [Diagnostic] = []

    var drafts: [String: TypeDraft] = [:]
    /// Lower-cased short names to the keys of the drafts that have them.
    var byShortName: [String: [String]] = [:]
}
