import CCMarkGFM
import CParseArena

/// The memory cmark-gfm parses one page in: handed out from large blocks, never freed piece by
/// piece, and taken back all at once when the page's tree has been read.
///
/// cmark allocates and frees every node, inline and buffer of a page on its own; through the
/// system allocator that, and freeing the tree node by node, cost about as much as a tenth of
/// parsing. cmark-gfm ships an arena of the same design (`cmark_get_arena_mem_allocator`), but
/// one global arena for the whole process, which two pages parsed at once would share; this one
/// is kept per thread (in C, `Sources/CParseArena`: cmark's allocator functions get no context,
/// and a C thread-local is found faster than anything Swift has). A page is parsed, read and
/// let go on one thread with no suspension point in between, so the thread's arena is the
/// page's for that time.
enum ParseArena {
    /// Runs `body` with an allocator for cmark whose memory lives until `body` returns: nothing
    /// cmark returns (nodes, literals) may be used after that, and nothing needs freeing. Nil
    /// when no arena is `wanted`, or the thread has none (its first block could not be had):
    /// cmark then allocates as usual, and what it returns is freed as usual.
    static func withMemory<Result>(_ wanted: Bool, _ body: (UnsafeMutablePointer<cmark_mem>?) -> Result) -> Result {
        guard wanted, docschema_arena_prepare() != 0 else { return body(nil) }
        defer { docschema_arena_reset() }
        var memory = cmark_mem(calloc: docschema_arena_calloc, realloc: docschema_arena_realloc, free: docschema_arena_free)
        return withUnsafeMutablePointer(to: &memory) { body($0) }
    }
}
