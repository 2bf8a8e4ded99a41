/// Rewrites side-by-side localized pages to their English text before parsing.
///
/// Such pages wrap every text as
/// `<span data-ttu-id="…">LOCAL</span><span class="sxs-lookup"><span data-stu-id="…">ENGLISH</span></span>`.
/// The English is copied out so the page parses like an English one; the local text is kept
/// per segment, so descriptions can still be emitted in the page's language.
enum SideBySideSpans {
    struct Result {
        var text: [UInt8]
        var map: SourceMap
        var segments: [LocalizedSegment]
        /// Original offsets of `data-ttu-id` spans that had no English partner.
        var unpaired: [Int]
        /// The original offset of a `data-ttu-id` span that never closes, where unwrapping stopped.
        var unclosed: Int?
    }

    private static let openLocal = Array(#"<span data-ttu-id=""#.utf8)
    private static let openLookup = Array(#"<span class="sxs-lookup">"#.utf8)
    private static let openSpan = Array("<span".utf8)
    private static let closeSpan = Array("</span>".utf8)

    /// Whether a page uses side-by-side spans at all.
    static func isSideBySide(_ bytes: [UInt8], from start: Int) -> Bool {
        ByteSearch.firstIndex(of: openLookup, in: bytes, from: start) != nil
    }

    static func unwrap(_ bytes: [UInt8], from start: Int) -> Result {
        var builder = SourceMapBuilder(capacity: bytes.count / 2)
        var segments: [LocalizedSegment] = []
        var unpaired: [Int] = []
        var unclosed: Int?
        var cursor = start
        while let spanStart = ByteSearch.firstIndex(of: openLocal, in: bytes, from: cursor) {
            builder.copy(bytes, cursor..<spanStart)
            guard let localOpenEnd = tagEnd(bytes, from: spanStart),
                  let localClose = matchingClose(bytes, from: localOpenEnd)
            else {
                // A span that never closes: leave the rest of the page as it is.
                unclosed = spanStart
                cursor = spanStart
                break
            }
            let local = localOpenEnd..<localClose
            let afterLocal = localClose + closeSpan.count
            if let english = lookup(bytes, at: afterLocal) {
                let outputStart = builder.output.count
                builder.copy(bytes, english.text)
                segments.append(LocalizedSegment(
                    parsedRange: outputStart..<builder.output.count,
                    localText: String(decoding: bytes[local], as: UTF8.self)))
                cursor = english.end
            } else {
                // No English partner: the local text is the only text there is.
                unpaired.append(spanStart)
                builder.copy(bytes, local)
                cursor = afterLocal
            }
        }
        builder.copy(bytes, cursor..<bytes.count)
        let (text, map) = builder.finish()
        return Result(text: text, map: map, segments: segments, unpaired: unpaired, unclosed: unclosed)
    }

    /// Matches `<span class="sxs-lookup"><span data-stu-id="…">ENGLISH</span></span>` at `offset`.
    private static func lookup(_ bytes: [UInt8], at offset: Int) -> (text: Range<Int>, end: Int)? {
        guard starts(bytes, at: offset, with: openLookup) else { return nil }
        let inner = offset + openLookup.count
        guard starts(bytes, at: inner, with: openSpan), let innerOpenEnd = tagEnd(bytes, from: inner),
              let innerClose = matchingClose(bytes, from: innerOpenEnd)
        else { return nil }
        let afterInner = innerClose + closeSpan.count
        guard starts(bytes, at: afterInner, with: closeSpan) else { return nil }
        return (innerOpenEnd..<innerClose, afterInner + closeSpan.count)
    }

    /// The offset just past the `>` that ends the tag starting at `offset`.
    private static func tagEnd(_ bytes: [UInt8], from offset: Int) -> Int? {
        var index = offset
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: ">") { return index + 1 }
            if bytes[index] == UInt8(ascii: "\n") { return nil }
            index += 1
        }
        return nil
    }

    /// The offset of the `</span>` that closes a span whose content starts at `offset`,
    /// counting spans nested inside it.
    private static func matchingClose(_ bytes: [UInt8], from offset: Int) -> Int? {
        var depth = 0
        var index = offset
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                if starts(bytes, at: index, with: closeSpan) {
                    if depth == 0 { return index }
                    depth -= 1
                } else if starts(bytes, at: index, with: openSpan) {
                    depth += 1
                }
            }
            index += 1
        }
        return nil
    }

    private static func starts(_ bytes: [UInt8], at offset: Int, with prefix: [UInt8]) -> Bool {
        guard offset + prefix.count <= bytes.count else { return false }
        for index in prefix.indices where bytes[offset + index] != prefix[index] { return false }
        return true
    }
}

/// A stretch of parsed (English) text together with the localized text it stands for.
public struct LocalizedSegment: Sendable, Hashable {
    public var parsedRange: Range<Int>
    public var localText: String
}
