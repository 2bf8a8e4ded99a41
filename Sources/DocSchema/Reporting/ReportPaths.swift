import Foundation

/// Writes the paths of findings relative to one root folder (the repository), as SARIF,
/// GitHub annotations and baselines want them, whatever folder the tool was run from.
public struct ReportPaths: Sendable {
    /// The root, absolute and ending in `/`.
    public let root: String
    private let currentFolder: String

    /// `root` when given; else the nearest folder above the current one that holds `.git`; else the current folder.
    public init(root: String? = nil, currentFolder: String = FileManager.default.currentDirectoryPath) {
        self.currentFolder = currentFolder
        let start = root.map { Self.absolute($0, in: currentFolder) } ?? Self.repositoryRoot(above: currentFolder) ?? currentFolder
        self.root = start.hasSuffix("/") ? start : start + "/"
    }

    /// `path` relative to the root, with `/` separators; nil when it lies outside the root.
    public func relative(_ path: String) -> String? {
        let full = Self.absolute(path, in: currentFolder)
        guard full.hasPrefix(root) else { return nil }
        return String(full.dropFirst(root.count))
    }

    /// The path relative to the root when it is inside it, else absolute.
    public func display(_ path: String) -> String {
        relative(path) ?? Self.absolute(path, in: currentFolder)
    }

    /// A `file://` URI for the root, as SARIF's `originalUriBaseIds` wants it.
    public var rootURI: String { "file://" + Self.percentEncoded(root) }

    /// A relative URI reference for a path inside the root, or an absolute `file://` URI.
    public func uri(_ path: String) -> (uri: String, isRelative: Bool) {
        if let relative = relative(path) { return (Self.percentEncoded(relative), true) }
        return ("file://" + Self.percentEncoded(Self.absolute(path, in: currentFolder)), false)
    }

    static func absolute(_ path: String, in folder: String) -> String {
        // Most paths are absolute and plain already; splitting and joining each finding's
        // path by characters was a tenth of writing a report.
        if isPlainAbsolute(path) { return path }
        let joined = path.hasPrefix("/") ? path : folder + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether `path` starts with `/` and has no empty, `.` or `..` part and no `/` at its end:
    /// then it is what ``absolute(_:in:)`` makes of it.
    private static func isPlainAbsolute(_ path: String) -> Bool {
        path.hasPrefix("/") && !path.hasSuffix("/") && !path.hasSuffix("/.") && !path.hasSuffix("/..")
            && !path.containsBytes("//") && !path.containsBytes("/./") && !path.containsBytes("/../")
    }

    private static func repositoryRoot(above folder: String) -> String? {
        var current = absolute(folder, in: "/")
        while true {
            if FileManager.default.fileExists(atPath: current + "/.git") { return current }
            guard current != "/", let slash = current.lastIndex(of: "/") else { return nil }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
        }
    }

    /// RFC 3986: everything but unreserved characters and `/` is percent-encoded.
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let isUnreserved = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || "-._~/".utf8.contains(byte)
            if isUnreserved {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
