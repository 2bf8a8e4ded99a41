/// Pretty-printed JSON in the layout of Foundation's `JSONEncoder` with `.prettyPrinted` and
/// `.withoutEscapingSlashes`: callers write keys in the order they are to appear.
struct JSONTextWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the container being written has an element yet (so the next needs a comma).
    private var hasElement = false

    init() {
        bytes.reserveCapacity(1 << 16)
    }

    /// A writer for a value that will stand `depth` containers deep in a larger document.
    init(depth: Int) {
        self.depth = depth
    }

    /// The bytes written since the last call, handed over (the layout state is kept).
    mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    mutating func object(_ body: (inout JSONTextWriter) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
    }

    mutating func array<Element>(_ elements: [Element], _ write: (inout JSONTextWriter, Element) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]")) { out in
            // Elements are lent from the array's storage: iterating the array copied each one,
            // retaining and releasing every string a property or a place holds.
            elements.withUnsafeBufferPointer { buffer in
                for index in buffer.indices {
                    out.startElement()
                    write(&out, buffer[index])
                }
            }
        }
    }

    /// An array of `count` elements, each written by `write` given its index; `write` may
    /// also write the element elsewhere, at this writer's depth (see ``init(depth:)``).
    mutating func array(count: Int, _ write: (inout JSONTextWriter, Int) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]")) { out in
            for index in 0..<count {
                out.startElement()
                write(&out, index)
            }
        }
    }

    /// A member of the object being written. Keys are the writer's own names, which need no
    /// escaping, so their bytes are copied as they are.
    mutating func field(_ key: StaticString, _ write: (inout JSONTextWriter) -> Void) {
        startElement()
        bytes.append(UInt8(ascii: "\""))
        append(key)
        bytes.append(UInt8(ascii: "\""))
        append(Self.keySeparator)
        write(&self)
    }

    mutating func field<Value>(_ key: StaticString, _ value: Value?, _ write: (inout JSONTextWriter, Value) -> Void) {
        guard let value else { return }
        field(key) { write(&$0, value) }
    }

    /// Digits written straight into the output: a schema has a line and a column for every
    /// place it names, and making a string of each was a visible part of writing it.
    mutating func number(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    mutating func bool(_ value: Bool) {
        append(value ? Self.trueText : Self.falseText)
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        // Read in place, without the copy that `withUTF8` needs (a retain and a release a string).
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaping($0) }) == nil {
            var value = value
            value.withUTF8 { appendEscaping($0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The bytes of a string's body, escaped as JSON requires.
    private mutating func appendEscaping(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        var runStart = 0
        var offset = 0
        while offset < utf8.count {
            // Eight bytes at a time while none needs escaping: most text has nothing to escape.
            if offset + 8 <= utf8.count {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self).littleEndian
                let escaped = ByteWord.zeroBytes(word & 0xE0E0_E0E0_E0E0_E0E0) | ByteWord.zeroBytes(word ^ 0x2222_2222_2222_2222)
                    | ByteWord.zeroBytes(word ^ 0x5C5C_5C5C_5C5C_5C5C)
                guard escaped != 0 else {
                    offset += 8
                    continue
                }
                // The first byte to escape in the word: its high bit is the lowest set.
                offset += escaped.trailingZeroBitCount / 8
            }
            let byte = utf8[offset]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<offset]))
                appendEscaped(byte)
                runStart = offset + 1
            }
            offset += 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    // MARK: - Layout

    // The writer's fixed texts are static strings, appended from the program's own bytes: a
    // static array was retained and released at every field.
    private static let keySeparator: StaticString = " : "
    private static let trueText: StaticString = "true"
    private static let falseText: StaticString = "false"
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// An empty container still spans lines (`[`, an empty line, `]`), as `JSONEncoder` writes it.
    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONTextWriter) -> Void) {
        bytes.append(open)
        let outer = hasElement
        depth += 1
        hasElement = false
        body(&self)
        if !hasElement { bytes.append(0x0A) }
        depth -= 1
        newline()
        bytes.append(close)
        hasElement = outer
    }

    private mutating func startElement() {
        if hasElement { bytes.append(UInt8(ascii: ",")) }
        hasElement = true
        newline()
    }

    /// A line end and the current indent (none, after the outermost container).
    mutating func newline() {
        bytes.append(0x0A)
        let width = depth * 2
        if width <= Self.spaces.utf8CodeUnitCount {
            // Copied from a line of spaces: appending a repeated element went space by space.
            Self.spaces.withUTF8Buffer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<width])) }
        } else {
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width))
        }
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private static let spaces: StaticString = "                                                                                                                                "

    private mutating func appendEscaped(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            bytes.append(contentsOf: Array("u00".utf8))
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }
}
