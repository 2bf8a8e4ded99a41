/// Parses the JSON found in documentation examples, which is often not quite JSON: it has
/// comments, trailing commas, "…" where content was cut, and bare words for values.
///
/// Every liberty taken is recorded as an issue, so a check can still report the text as
/// invalid while extraction uses what it says.
public struct LenientJSONParser {
    public struct Issue: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// A departure from strict JSON.
            case syntax
            /// A value nested deeper than ``LenientJSONParser/maximumDepth``, left out.
            case tooDeep
        }

        public var offset: Int
        public var message: String
        public var kind: Kind = .syntax
    }

    public struct Result: Sendable {
        /// The value read, or nil when the text holds no JSON value at all.
        public var value: JSONValue?
        /// Deviations from strict JSON, in the order found.
        public var issues: [Issue]
        public var isStrict: Bool { issues.isEmpty }
    }

    private let bytes: [UInt8]
    private var index = 0
    private var issues: [Issue] = []
    private var depth = 0
    /// How many arrays and objects deep the parser reads. Deeper values are skipped without
    /// recursion, so neither the parser nor whatever walks the value later can run out of stack.
    public static let maximumDepth = 256

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public static func parse(_ text: String) -> Result {
        parse(Array(text.utf8))
    }

    public static func parse(_ bytes: [UInt8]) -> Result {
        var parser = LenientJSONParser(bytes)
        parser.skipTrivia()
        guard parser.index < bytes.count else {
            return Result(value: nil, issues: [Issue(offset: 0, message: "no JSON value")])
        }
        let value = parser.parseValue()
        parser.skipTrivia()
        if parser.index < bytes.count, value != nil {
            parser.issue("unexpected text after the JSON value")
        }
        return Result(value: value, issues: parser.issues)
    }

    private mutating func issue(_ message: String, at offset: Int? = nil, kind: Issue.Kind = .syntax) {
        issues.append(Issue(offset: offset ?? index, message: message, kind: kind))
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Skips whitespace and comments, noting each comment.
    private mutating func skipTrivia() {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                index += 1
            } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                issue("comment")
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                issue("comment")
                index += 2
                while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) { index += 1 }
                index = min(index + 2, bytes.count)
            } else if atNoBreakSpace {
                issue("no-break space") // pasted from a web page; JSON allows only ASCII spacing
                index += 2
            } else {
                return
            }
        }
    }

    /// Whether the cursor is at U+00A0, which pages pasted from the web put between tokens.
    private var atNoBreakSpace: Bool {
        index + 1 < bytes.count && bytes[index] == 0xC2 && bytes[index + 1] == 0xA0
    }

    /// Whether the text at the cursor is a truncation mark: `...`, `…` or `<...>`-like.
    private func atEllipsis() -> Int? {
        if index + 2 < bytes.count, bytes[index] == UInt8(ascii: "."), bytes[index + 1] == UInt8(ascii: "."), bytes[index + 2] == UInt8(ascii: ".") {
            var end = index
            while end < bytes.count, bytes[end] == UInt8(ascii: ".") { end += 1 }
            return end
        }
        if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA6 { return index + 3 }
        return nil
    }

    private mutating func parseValue() -> JSONValue? {
        skipTrivia()
        guard let byte = current else {
            issue("unexpected end of text")
            return nil
        }
        switch byte {
        case UInt8(ascii: "{"): return parseObject()
        case UInt8(ascii: "["): return parseArray()
        case UInt8(ascii: "\""): return .string(parseString(quote: byte))
        case UInt8(ascii: "'"):
            issue("single-quoted string")
            return .string(parseString(quote: byte))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return parseNumber()
        default: return parseBareWord()
        }
    }

    private mutating func parseObject() -> JSONValue? {
        var members: [JSONValue.Member] = []
        let closed = parseContainer(closing: UInt8(ascii: "}"), noun: "object") { parser in
            guard let byte = parser.current else { return }
            let keyOffset = parser.index
            let key: String
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                if byte == UInt8(ascii: "'") { parser.issue("single-quoted string") }
                key = parser.parseString(quote: byte)
            } else if let word = parser.bareWord() {
                parser.issue("unquoted key")
                key = word
            } else {
                parser.issue("unexpected character in object")
                parser.index += 1
                return
            }
            parser.skipTrivia()
            if parser.current == UInt8(ascii: ":") {
                parser.index += 1
            } else {
                parser.issue("missing colon")
            }
            let value = parser.parseValue() ?? .null
            members.append(JSONValue.Member(key: key, value: value, offset: keyOffset))
        }
        return closed ? .object(members) : nil
    }

    private mutating func parseArray() -> JSONValue? {
        var elements: [JSONValue] = []
        let closed = parseContainer(closing: UInt8(ascii: "]"), noun: "array") { parser in
            if parser.current == UInt8(ascii: "}") {
                parser.issue("unexpected '}' in array")
                parser.index += 1
                return
            }
            let start = parser.index
            if let value = parser.parseValue() { elements.append(value) }
            if parser.index == start { parser.index += 1 }
        }
        return closed ? .array(elements) : nil
    }

    /// The loop both containers share: separators, the closing bracket, truncation marks and
    /// the liberties around them. `element` reads one member or element at the cursor.
    /// Returns false only when the container is nested too deeply to be read; it is skipped then.
    private mutating func parseContainer(closing: UInt8, noun: String, element: (inout LenientJSONParser) -> Void) -> Bool {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            issue("nested deeper than \(Self.maximumDepth) levels", kind: .tooDeep)
            skipNestedValue()
            return false
        }
        index += 1
        var expectingElement = true
        var count = 0
        while true {
            skipTrivia()
            guard let byte = current else {
                issue("\(noun) is not closed")
                return true
            }
            if byte == closing {
                if count > 0 && expectingElement { issue("trailing comma", at: index) }
                index += 1
                return true
            }
            if byte == UInt8(ascii: ",") {
                issue(noun == "object" ? "empty member" : "empty element")
                index += 1
                continue
            }
            if let end = atEllipsis() {
                issue("truncation mark")
                index = end
            } else {
                if !expectingElement { issue("missing comma") }
                element(&self)
                count += 1
            }
            skipTrivia()
            expectingElement = current == UInt8(ascii: ",")
            if expectingElement { index += 1 }
        }
    }

    /// Moves past the array or object at the cursor by counting brackets outside strings, so
    /// that its enclosing containers go on as if it were a single value.
    private mutating func skipNestedValue() {
        var open = 0
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if let delimiter = quote {
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == delimiter || byte == 0x0A {
                    quote = nil
                }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                open += 1
            } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                open -= 1
                if open == 0 { return }
            }
        }
        index = min(index, bytes.count)
    }

    private mutating func parseString(quote: UInt8) -> String {
        // Most strings have no escapes and no control characters: they are decoded in one piece.
        var end = index + 1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == quote {
                let text = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                index = end + 1
                return text
            }
            if byte == UInt8(ascii: "\\") || (byte < 0x20 && byte != 0x09) { break }
            end += 1
        }
        let start = index
        index += 1
        var scalars: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote {
                index += 1
                return String(decoding: scalars, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                index += 1
                let escaped = bytes[index]
                switch escaped {
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "u"):
                    if let scalar = unicodeEscape() {
                        scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
                        continue
                    }
                    issue("invalid \\u escape")
                    scalars.append(escaped)
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escaped)
                default:
                    issue("invalid escape")
                    scalars.append(escaped)
                }
                index += 1
                continue
            }
            if byte == 0x0A {
                issue("string is not closed on its line", at: start)
                return String(decoding: scalars, as: UTF8.self)
            }
            if byte < 0x20 && byte != 0x09 { issue("control character in string") }
            scalars.append(byte)
            index += 1
        }
        issue("string is not closed", at: start)
        return String(decoding: scalars, as: UTF8.self)
    }

    /// Reads `uXXXX` (and a following low surrogate) with the cursor on the `u`; leaves the cursor after it.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        func hex(at position: Int) -> UInt32? {
            guard position + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for offset in 0..<4 {
                guard let digit = hexDigit(bytes[position + offset]) else { return nil }
                value = value << 4 | digit
            }
            return value
        }
        guard let high = hex(at: index + 1) else { return nil }
        if (0xD800...0xDBFF).contains(high), index + 10 < bytes.count, bytes[index + 5] == UInt8(ascii: "\\"),
           bytes[index + 6] == UInt8(ascii: "u"), let low = hex(at: index + 7), (0xDC00...0xDFFF).contains(low) {
            index += 11
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        }
        index += 5
        return Unicode.Scalar(high) ?? Unicode.Scalar(0xFFFD)
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func parseNumber() -> JSONValue {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        while let byte = current, isNumberByte(byte) { index += 1 }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if !Self.isStrictNumber(text) {
            issue("malformed number", at: start)
            // A word such as `-PT1M` or `1a2b` was meant as a string.
            while let byte = current, isWordByte(byte) { index += 1 }
            return .string(String(decoding: bytes[start..<index], as: UTF8.self))
        }
        if let byte = current, isWordByte(byte), !atNoBreakSpace {
            issue("malformed number", at: start)
            while let byte = current, isWordByte(byte) { index += 1 }
            return .string(String(decoding: bytes[start..<index], as: UTF8.self))
        }
        return .number(text)
    }

    private func isNumberByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
            || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "$")
    }

    static func isStrictNumber(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard let first = bytes.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        if first == UInt8(ascii: "0"), bytes.count > 1, let second = bytes.dropFirst().first,
           (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(second) { return false }
        var sawDot = false
        var sawExponent = false
        var previous: UInt8 = first
        for byte in bytes.dropFirst() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "."):
                if sawDot || sawExponent { return false }
                sawDot = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                if sawExponent || previous == UInt8(ascii: ".") { return false }
                sawExponent = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                if previous != UInt8(ascii: "e") && previous != UInt8(ascii: "E") { return false }
            default: return false
            }
            previous = byte
        }
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(previous)
    }

    private mutating func bareWord() -> String? {
        let start = index
        while let byte = current, isWordByte(byte) { index += 1 }
        return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }

    /// `true`, `false`, `null`, or a word written where a string was meant.
    private mutating func parseBareWord() -> JSONValue? {
        let start = index
        guard let word = bareWord() else {
            issue("unexpected character")
            index += 1
            return nil
        }
        switch word {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default:
            issue("bare word instead of a value", at: start)
            return .string(word)
        }
    }
}
