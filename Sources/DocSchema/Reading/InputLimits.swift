/// Bounds on what one page may hold. A broken or hostile page then costs bounded time, memory
/// and stack, and yields a diagnostic instead of a crash or a run that never ends.
public struct InputLimits: Sendable, Hashable {
    /// Pages larger than this many bytes are not read (`page-too-large`). Reading costs about
    /// a hundred times a page's size in memory, and the largest Graph page is under 0.5 MiB.
    public var maximumPageSize: Int
    /// Cells of a table row beyond this many are ignored (`table-too-wide`). cmark-gfm takes
    /// time quadratic in a row's cell count, and Graph tables have at most a handful of columns.
    public var maximumTableColumns: Int

    public static let defaultPageSize = 8 * 1024 * 1024
    public static let defaultTableColumns = 64

    /// How deeply example JSON may nest (`json-too-deep`). Fixed, not a setting: the values are
    /// walked recursively (typing, encoding, comparing), so a larger bound would trade the
    /// diagnostic for a stack overflow.
    public static var maximumJSONDepth: Int { LenientJSONParser.maximumDepth }

    public init(maximumPageSize: Int = defaultPageSize, maximumTableColumns: Int = defaultTableColumns) {
        self.maximumPageSize = maximumPageSize
        self.maximumTableColumns = maximumTableColumns
    }

    /// A size for messages: `"50.0 MiB"`, `"8 MiB"`, `"512 KiB"`, `"900 bytes"`.
    public static func describe(bytes: Int) -> String {
        let units = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (size, unit) in units where bytes >= size {
            if bytes % size == 0 { return "\(bytes / size) \(unit)" }
            let tenths = (bytes * 10 + size / 2) / size
            return "\(tenths / 10).\(tenths % 10) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
