import Foundation

/// The raw bytes of one input file, checked to be UTF-8 text.
public struct SourceFile: Sendable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Reads `path`, or explains why it cannot be used as a page.
    ///
    /// A binary file or a file that is not valid UTF-8 yields a diagnostic that points at the first
    /// offending byte, rather than text decoded with replacement characters.
    public static func load(path: String) -> Result<SourceFile, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            return .failure(Diagnostic(.inputUnreadable, "file \(reason)", at: .init(file: path, line: 1, column: 1)))
        }
        return check(SourceFile(path: path, bytes: [UInt8](data)))
    }

    /// Checks bytes that came from somewhere other than the file system (tests, standard input).
    public static func check(_ file: SourceFile) -> Result<SourceFile, Diagnostic> {
        let bytes = file.bytes
        let lines = LineTable(bytes)
        if let nul = bytes.firstIndex(of: 0) {
            let position = lines.position(of: nul, in: bytes)
            return .failure(Diagnostic(
                .inputBinary, "file looks binary: it contains a NUL byte", at: position.in(file.path)))
        }
        if let bad = firstInvalidUTF8Offset(bytes) {
            let position = lines.position(of: bad, in: bytes)
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            return .failure(Diagnostic(
                .inputInvalidUTF8, "file is not valid UTF-8: unexpected byte 0x\(hex)", at: position.in(file.path)))
        }
        return .success(file)
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var index = 0
            let count = buffer.count
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 { index += 1; continue }
                let length: Int
                var minimum: UInt32
                var scalar: UInt32
                switch lead {
                case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
                default: return index
                }
                guard index + length <= count else { return index }
                for next in 1..<length {
                    let byte = buffer[index + next]
                    guard byte & 0xC0 == 0x80 else { return index }
                    scalar = scalar << 6 | UInt32(byte & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
                index += length
            }
            return nil
        }
    }
}
