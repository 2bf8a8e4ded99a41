/// Maps byte offsets in the text handed to the parser back to byte offsets in the original file.
///
/// Reading rewrites a page before parsing (front matter removed, side-by-side spans replaced by
/// their English text), but every byte of the rewritten text was copied from somewhere in the
/// original. The map is a sorted list of runs, each copied verbatim, so a lookup is a binary
/// search and an addition.
public struct SourceMap: Sendable {
    struct Run: Sendable {
        var parsedStart: Int
        var originalStart: Int
    }

    private(set) var runs: [Run]

    /// A map for text copied in one piece starting at `originalOffset`.
    public init(shift originalOffset: Int = 0) {
        runs = [Run(parsedStart: 0, originalStart: originalOffset)]
    }

    init(runs: [Run]) {
        self.runs = runs.isEmpty ? [Run(parsedStart: 0, originalStart: 0)] : runs
    }

    public func originalOffset(of parsedOffset: Int) -> Int {
        var low = 0
        var high = runs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runs[middle].parsedStart <= parsedOffset { low = middle } else { high = middle - 1 }
        }
        let run = runs[low]
        return run.originalStart + (parsedOffset - run.parsedStart)
    }
}

/// Builds a ``SourceMap`` while text is copied piece by piece into a new buffer.
struct SourceMapBuilder {
    private(set) var output: [UInt8] = []
    private var runs: [SourceMap.Run] = []

    init(capacity: Int) {
        output.reserveCapacity(capacity)
    }

    /// Appends `original[range]`, remembering where it came from.
    mutating func copy(_ original: [UInt8], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let expected = runs.last.map { $0.originalStart + (output.count - $0.parsedStart) }
        if expected != range.lowerBound {
            runs.append(SourceMap.Run(parsedStart: output.count, originalStart: range.lowerBound))
        }
        output.append(contentsOf: original[range])
    }

    func finish() -> (text: [UInt8], map: SourceMap) {
        (output, SourceMap(runs: runs))
    }
}
