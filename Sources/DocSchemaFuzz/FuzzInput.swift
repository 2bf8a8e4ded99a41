import DocSchema

/// One fuzz input decoded: the first byte chooses how the page is run, the rest is the page.
///
/// The page's form (GFM, plain text, side-by-side, machine-translated) follows from its bytes,
/// as it does on disk; the options byte reaches what depends on where the file sits and how the
/// command was called, which the bytes alone cannot say.
struct FuzzInput {
    /// Folders a page can sit in: the version folder decides its API version, the `api`
    /// folder makes it an operation page, and no folder leaves both to the page's content.
    static let paths = [
        "fuzz/page.md",
        "fuzz/v1.0/resources/page.md",
        "fuzz/beta/resources/page.md",
        "fuzz/page.txt",
        "fuzz/api/page.md",
        "fuzz/v1.0/api/page.md",
        "fuzz/beta/api/page.md",
        "fuzz/resources/page.md",
    ]

    var path: String
    var page: [UInt8]
    var options: ExtractionOptions
    /// Fold a second copy of the facts, as the same page in the other version, so that
    /// Reconcile merges availability and revisions rather than reading one page alone.
    var foldsOtherVersion: Bool
    /// Run the rules of `docschema check` over the facts and the schema as well.
    var runsChecks: Bool
    /// Write what `extract` and `generate` write: the facts and the schema as JSON, CSDL, Swift.
    var emits: Bool

    init(_ data: [UInt8]) {
        let flags = data.first ?? 0
        path = Self.paths[Int(flags & 0x07)]
        page = Array(data.dropFirst())
        options = ExtractionOptions(
            defaultVersion: flags & 0x08 != 0 ? .beta : .v1, localizedDescriptions: flags & 0x10 != 0)
        foldsOtherVersion = flags & 0x20 != 0
        runsChecks = flags & 0x40 != 0
        emits = flags & 0x80 != 0
    }
}
