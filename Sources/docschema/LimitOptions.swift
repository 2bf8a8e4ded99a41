import ArgumentParser
import DocSchema

/// The bounds on a page's size and a table's width; shared by every command that reads pages.
struct LimitOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Skip pages larger than this, with a page-too-large error: bytes, or a number with K, M or G (1024-based).",
        valueName: "size"))
    var maxPageSize = ByteSize(bytes: InputLimits.defaultPageSize)

    @Option(name: .long, help: ArgumentHelp(
        "Ignore the cells of a table row beyond this many, with a table-too-wide warning.", valueName: "count"))
    var maxTableColumns = InputLimits.defaultTableColumns

    func validate() throws {
        guard maxTableColumns > 0 else { throw ValidationError("--max-table-columns must be at least 1") }
    }

    var inputLimits: InputLimits {
        InputLimits(maximumPageSize: maxPageSize.bytes, maximumTableColumns: maxTableColumns)
    }
}

/// A size on the command line: `8388608`, `512K`, `8M`, `1G` (also `8MB`, `8MiB`).
struct ByteSize: ExpressibleByArgument {
    var bytes: Int

    init(bytes: Int) {
        self.bytes = bytes
    }

    init?(argument: String) {
        var digits = Substring(argument.uppercased())
        for suffix in ["IB", "B"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(suffix.count)
            break
        }
        var scale = 1
        if let unit = digits.last, let shift = ["K": 10, "M": 20, "G": 30][unit] {
            scale = 1 << shift
            digits = digits.dropLast()
        }
        guard let number = Int(digits), number >= 0 else { return nil }
        let (product, overflow) = number.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        bytes = product
    }

    var defaultValueDescription: String {
        for (shift, unit) in [(30, "G"), (20, "M"), (10, "K")] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift)\(unit)"
        }
        return "\(bytes)"
    }
}
