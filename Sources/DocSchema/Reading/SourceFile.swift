import Foundation

/// The bytes of one input file, as UTF-8 text.
public struct SourceFile: Sendable {
    public let path: String
    public let bytes: [UInt8]
    /// What turning the file into UTF-8 found: bytes that were not UTF-8, a UTF-16 file.
    public let diagnostics: [Diagnostic]

    public init(path: String, bytes: [UInt8], diagnostics: [Diagnostic] = []) {
        self.path = path
        self.bytes = bytes
        self.diagnostics = diagnostics
    }

    /// Reads `path`, or explains why it cannot be used as a page.
    ///
    /// A file larger than `maximumSize` is not read at all, and neither is anything but a regular
    /// file (a FIFO would block the run, a device could stream forever). A binary file is refused
    /// with a diagnostic at its first NUL byte; other bytes are checked as ``check(_:maximumSize:)`` says.
    public static func load(
        path: String, maximumSize: Int = InputLimits.defaultPageSize
    ) -> Result<SourceFile, Diagnostic> {
        // Non-blocking, so that opening a FIFO that has no writer returns at once; it changes
        // nothing for a regular file.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(unreadable(path, errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(unreadable(path, errno)) }
        let type = status.st_mode & S_IFMT
        guard type == S_IFREG else {
            let what = switch type {
            case S_IFDIR: "a folder"
            case S_IFIFO: "a FIFO"
            case S_IFSOCK: "a socket"
            default: "a device"
            }
            return .failure(Diagnostic(.inputUnreadable, "\(what), not a file", at: .init(file: path, line: 1, column: 1)))
        }
        let size = Int(status.st_size)
        if size > maximumSize { return .failure(tooLarge(path, size: size, limit: maximumSize)) }
        switch readAll(descriptor, expected: size, limit: maximumSize) {
        case .failure(let error):
            return .failure(unreadable(path, error.code.rawValue))
        case .success(let bytes):
            // The file grew between fstat and read.
            if bytes.count > maximumSize { return .failure(tooLarge(path, size: bytes.count, limit: maximumSize)) }
            return check(SourceFile(path: path, bytes: bytes), maximumSize: maximumSize)
        }
    }

    /// The whole of a regular file, read straight into an array; nil when it cannot be read.
    /// For files that are not pages (the facts cache, the executable), which need no checks.
    static func bytes(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return try? readAll(descriptor, expected: Int(status.st_size), limit: Int.max - 1).get()
    }

    /// Reads to the end of the file, or to just past `limit`: one read of the size fstat gave,
    /// and one more that finds the end.
    private static func readAll(_ descriptor: Int32, expected: Int, limit: Int) -> Result<[UInt8], POSIXError> {
        var bytes = [UInt8](repeating: 0, count: expected + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > limit { break }
                bytes.append(contentsOf: repeatElement(0, count: max(count, 1 << 16)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if got > 0 {
                count += got
            } else if got == 0 {
                break
            } else if errno != EINTR {
                return .failure(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
            }
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    private static func unreadable(_ path: String, _ code: Int32) -> Diagnostic {
        let reason: String
        if code == ENOENT {
            var status = stat()
            let isLink = lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
            reason = isLink ? "file is a symbolic link to nothing" : "file does not exist"
        } else {
            reason = "file cannot be read: \(String(cString: strerror(code)))"
        }
        return Diagnostic(.inputUnreadable, reason, at: .init(file: path, line: 1, column: 1))
    }

    private static func tooLarge(_ path: String, size: Int, limit: Int) -> Diagnostic {
        Diagnostic(
            .pageTooLarge,
            "page is \(InputLimits.describe(bytes: size)), more than the \(InputLimits.describe(bytes: limit)) limit "
                + "(--max-page-size); it is skipped",
            at: .init(file: path, line: 1, column: 1))
    }

    /// Checks bytes that came from somewhere other than the file system (tests, git blobs), and
    /// turns them into UTF-8.
    ///
    /// A NUL byte makes the file binary: refused. A UTF-16 file with a byte order mark is
    /// converted, with a warning. Bytes that are not UTF-8 (a page saved as Windows-1252) become
    /// U+FFFD, with an error at the first of them: the rest of the page is still worth reading,
    /// but no tool reads it as its author meant. Columns then count each replaced stretch as one
    /// character, as editors show it.
    public static func check(
        _ file: SourceFile, maximumSize: Int = InputLimits.defaultPageSize
    ) -> Result<SourceFile, Diagnostic> {
        var bytes = file.bytes
        var diagnostics = file.diagnostics
        if bytes.count > maximumSize { return .failure(tooLarge(file.path, size: bytes.count, limit: maximumSize)) }
        if let utf16 = UTF16Text(bytes) {
            bytes = utf16.utf8
            diagnostics.append(Diagnostic(
                .inputEncoding, "file is UTF-16 (\(utf16.byteOrder), with a byte order mark), not UTF-8; it is read converted",
                at: SourceLocation(file: file.path, line: 1, column: 1)))
        }
        // Looked for with memchr: a byte-by-byte search was most of the time spent checking a page.
        if let nul = bytes.withUnsafeBufferPointer({ ByteSearch.firstIndex(of: 0, in: $0, from: 0, to: $0.count) }) {
            let position = LineTable(bytes).position(of: nul, in: bytes)
            return .failure(Diagnostic(
                .inputBinary, "file looks binary: it contains a NUL byte", at: position.in(file.path)))
        }
        if let bad = firstInvalidUTF8Offset(bytes) {
            let replaced = Array(String(decoding: bytes, as: UTF8.self).utf8)
            let replacements = count(of: replacementCharacter, in: replaced) - count(of: replacementCharacter, in: bytes)
            // Everything before the first invalid byte is the same in both.
            let position = LineTable(replaced).position(of: bad, in: replaced)
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            let more = replacements > 1 ? " (and \(replacements - 1) more)" : ""
            diagnostics.append(Diagnostic(
                .inputInvalidUTF8, "file is not valid UTF-8: unexpected byte 0x\(hex), read as U+FFFD\(more)",
                at: position.in(file.path)))
            bytes = replaced
        }
        endLinesWithLineFeeds(&bytes)
        return .success(SourceFile(path: file.path, bytes: bytes, diagnostics: diagnostics))
    }

    /// Turns each carriage return that is not part of a CRLF into a line feed. cmark-gfm ends a
    /// line at either, as editors do, but line numbers here count line feeds; one byte for one
    /// keeps every offset, so a page saved with old Mac line ends reads like any other.
    static func endLinesWithLineFeeds(_ bytes: inout [UInt8]) {
        let count = bytes.count
        // Carriage returns are found with memchr: most pages have none, and the rest one a line.
        bytes.withUnsafeMutableBufferPointer { buffer in
            var from = 0
            while let index = ByteSearch.firstIndex(of: 0x0D, in: UnsafeBufferPointer(buffer), from: from, to: count) {
                if index + 1 == count || buffer[index + 1] != 0x0A { buffer[index] = 0x0A }
                from = index + 1
            }
        }
    }

    private static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    private static func count(of needle: [UInt8], in bytes: [UInt8]) -> Int {
        var found = 0
        var start = 0
        while let index = ByteSearch.firstIndex(of: needle, in: bytes, from: start) {
            found += 1
            start = index + needle.count
        }
        return found
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var index = 0
            let count = buffer.count
            while index < count {
                // ASCII, most of every page, is passed over eight bytes at a time.
                while index + 8 <= count,
                      UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < count else { break }
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
