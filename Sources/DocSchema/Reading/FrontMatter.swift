import Foundation
import Yams

/// The YAML block between `---` lines at the top of a page, reduced to its scalar fields.
public struct FrontMatter: Sendable, Hashable {
    /// Scalar values by key, as strings. Nested values are ignored: Graph pages use none that matter.
    public var fields: [String: String]

    public init(fields: [String: String] = [:]) {
        self.fields = fields
    }

    public subscript(key: String) -> String? { fields[key] }

    /// The page's locale (`ms.contentlocale`), `en-US` when the page does not say.
    public var locale: String { fields["ms.contentlocale"].flatMap { $0.isEmpty ? nil : $0 } ?? "en-US" }

    /// The page's own date, from `ms.date`, then `ms.lasthandoff`, as `yyyy-mm-dd`.
    public var date: String? {
        for key in ["ms.date", "ms.lasthandoff"] {
            if let value = fields[key], let date = Self.isoDate(value) { return date }
        }
        return nil
    }

    /// Accepts `mm/dd/yyyy` (the docs' habit) and `yyyy-mm-dd`.
    static func isoDate(_ text: String) -> String? {
        // On bytes: only ASCII digits make numbers (`Int` reads no others), and splitting by
        // characters, for every page's date, cost more than the rest of reading its front matter.
        let parts = text.utf8.split(whereSeparator: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") })
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) else { return nil }
        let numbers = parts.compactMap { Int(Substring($0)) }
        guard numbers.count == 3 else { return nil }
        let (year, month, day) = parts[0].count == 4
            ? (numbers[0], numbers[1], numbers[2]) : (numbers[2], numbers[0], numbers[1])
        guard (1900...2999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}

/// Splits front matter off a page and parses it.
enum FrontMatterReader {
    struct Split {
        var frontMatter: FrontMatter
        /// Where the markdown body starts in the file's bytes.
        var bodyOffset: Int
        /// Set when the YAML did not parse and the line-by-line fallback was used.
        var yamlError: String?
        /// Byte offset of the YAML text, for locating `yamlError`.
        var yamlOffset: Int
    }

    /// Returns nil when the page has no front matter (it does not start with a `---` line).
    static func split(_ bytes: [UInt8], from start: Int) -> Split? {
        var lines = LineIterator(bytes, from: start)
        guard let first = lines.next(), isDelimiter(bytes[first]) else { return nil }
        let yamlStart = lines.position
        while let line = lines.next() {
            guard isDelimiter(bytes[line]) || isDocumentEnd(bytes[line]) else { continue }
            var split = Split(frontMatter: FrontMatter(), bodyOffset: lines.position, yamlError: nil, yamlOffset: yamlStart)
            if let fields = simpleFields(bytes[yamlStart..<line.lowerBound]) {
                split.frontMatter = FrontMatter(fields: fields)
            } else {
                let yaml = String(decoding: bytes[yamlStart..<line.lowerBound], as: UTF8.self)
                do {
                    split.frontMatter = FrontMatter(fields: try parseYAML(yaml))
                } catch {
                    split.yamlError = describe(error)
                    split.frontMatter = FrontMatter(fields: parseLines(yaml))
                }
            }
            return split
        }
        return nil
    }

    private static func isDelimiter(_ line: ArraySlice<UInt8>) -> Bool {
        trimmed(line).elementsEqual("---".utf8)
    }

    private static func isDocumentEnd(_ line: ArraySlice<UInt8>) -> Bool {
        trimmed(line).elementsEqual("...".utf8)
    }

    private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = line
        while let last = slice.last, last == 0x20 || last == 0x09 || last == 0x0D { slice = slice.dropLast() }
        return slice
    }

    private static func parseYAML(_ yaml: String) throws -> [String: String] {
        // The basic resolver leaves every scalar a string: no regular expressions run to guess
        // dates and numbers, which the docs' fields never need.
        guard let node = try Yams.compose(yaml: yaml, .basic) else { return [:] }
        guard let mapping = node.mapping else { throw FrontMatterError.notAMapping }
        var fields: [String: String] = [:]
        for (key, value) in mapping {
            guard let key = key.string, let scalar = value.scalar else { continue }
            fields[key] = scalar.string
        }
        return fields
    }

    /// The fields of front matter whose every line is `key: value`, with a plain scalar or a
    /// quoted one that has no escapes: nearly every page's. YAML reads such lines exactly so, and
    /// Yams took 7 % of a corpus run to say the same. Nil for anything else (nesting, lists,
    /// block scalars, anchors, flow collections, comments after values, duplicate keys), which
    /// Yams then reads.
    static func simpleFields(_ yaml: String) -> [String: String]? {
        simpleFields(Array(yaml.utf8)[...])
    }

    /// ``simpleFields(_:)`` on the page's own bytes, which it reads in place.
    static func simpleFields(_ yaml: ArraySlice<UInt8>) -> [String: String]? {
        yaml.withUnsafeBufferPointer { buffer -> [String: String]? in
            func contains(_ byte: UInt8, in range: Range<Int>) -> Bool { ByteSearch.firstIndex(of: byte, in: buffer, from: range.lowerBound, to: range.upperBound) != nil }
            func containsPair(_ first: UInt8, _ second: UInt8, in range: Range<Int>) -> Bool {
                range.dropFirst().contains { buffer[$0 - 1] == first && buffer[$0] == second }
            }
            var fields: [String: String] = [:]
            var start = 0
            while start < buffer.count {
                let newline = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: start, to: buffer.count) ?? buffer.count
                defer { start = newline + 1 }
                var end = newline
                while end > start, buffer[end - 1] == 0x20 || buffer[end - 1] == 0x0D { end -= 1 }
                guard end > start, buffer[start] != UInt8(ascii: "#") else { continue }
                guard isKeyStart(buffer[start]), let colon = ByteSearch.firstIndex(of: UInt8(ascii: ":"), in: buffer, from: start, to: end),
                      (start..<colon).allSatisfy({ isKeyByte(buffer[$0]) }), colon + 1 < end, buffer[colon + 1] == 0x20
                else { return nil }
                var valueStart = colon + 1
                while valueStart < end, buffer[valueStart] == 0x20 { valueStart += 1 }
                var valueEnd = end
                guard valueStart < end, !contains(0x09, in: valueStart..<end) else { return nil }
                let head = buffer[valueStart]
                if head == UInt8(ascii: "\"") || head == UInt8(ascii: "'") {
                    guard valueEnd - valueStart >= 2, buffer[valueEnd - 1] == head else { return nil }
                    valueStart += 1
                    valueEnd -= 1
                    guard !contains(head, in: valueStart..<valueEnd), !contains(UInt8(ascii: "\\"), in: valueStart..<valueEnd) else { return nil }
                } else {
                    guard !isPlainIndicator(head), !containsPair(0x3A, 0x20, in: valueStart..<valueEnd),
                          !containsPair(0x20, 0x23, in: valueStart..<valueEnd)
                    else { return nil }
                }
                guard fields.updateValue(buffer.string(valueStart..<valueEnd), forKey: buffer.string(start..<colon)) == nil else { return nil }
            }
            return fields
        }
    }

    /// Bytes that cannot start a plain YAML scalar, or start one only in some contexts.
    private static func isPlainIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            true
        default:
            false
        }
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_")
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    /// A forgiving reader for the YAML the docs really contain: `key:"value"` with no space,
    /// unquoted values holding `: `, and tabs.
    static func parseLines(_ yaml: String) -> [String: String] {
        var fields: [String: String] = [:]
        for rawLine in yaml.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingSpaces()
            guard !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces()
            guard !key.isEmpty, !key.contains(" ") else { continue }
            var value = line[line.index(after: colon)...].trimmingSpaces()
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            fields[key] = value
        }
        return fields
    }

    private static func describe(_ error: any Error) -> String {
        if let yaml = error as? YamlError {
            return String(describing: yaml).split(whereSeparator: \.isNewline).first.map(String.init) ?? "invalid YAML"
        }
        return String(describing: error)
    }

    enum FrontMatterError: Error, CustomStringConvertible {
        case notAMapping
        var description: String { "front matter is not a mapping of keys to values" }
    }
}

/// Iterates the lines of a byte buffer, yielding each line's range without its newline.
struct LineIterator: IteratorProtocol {
    private let bytes: [UInt8]
    /// The offset where the next line starts.
    private(set) var position: Int

    init(_ bytes: [UInt8], from start: Int = 0) {
        self.bytes = bytes
        self.position = start
    }

    mutating func next() -> Range<Int>? {
        guard position < bytes.count else { return nil }
        let start = position
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        position = end < bytes.count ? end + 1 : end
        return start..<end
    }
}
