import Foundation

/// Turns the paths given on the command line into the list of pages to read.
public enum InputFiles {
    public struct Listing: Sendable {
        public var files: [String]
        /// Paths that do not exist or cannot be listed.
        public var failures: [Diagnostic]
    }

    /// Files are taken as given, whatever their extension; folders are searched recursively for
    /// `*.md` and `*.txt`. The result is sorted within each folder and keeps the order of the arguments, so
    /// every run sees the same pages in the same order.
    public static func list(_ paths: [String]) -> Listing {
        var files: [String] = []
        var failures: [Diagnostic] = []
        var seen = Set<String>()
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else {
                failures.append(Diagnostic(.inputUnreadable, missing(path, errno), at: SourceLocation(file: path, line: 1, column: 1)))
                continue
            }
            if status.st_mode & S_IFMT != S_IFDIR {
                if seen.insert(path).inserted { files.append(path) }
                continue
            }
            guard let found = pages(under: path) else {
                failures.append(Diagnostic(.inputUnreadable, "folder cannot be listed", at: SourceLocation(file: path, line: 1, column: 1)))
                continue
            }
            // A folder lists each of its files once: only a second argument can repeat one.
            if paths.count == 1 {
                files = found.sorted()
            } else {
                for file in found.sorted() where seen.insert(file).inserted { files.append(file) }
            }
        }
        return Listing(files: files, failures: failures)
    }

    /// The `*.md` and `*.txt` paths under `folder`, at any depth, in no particular order; nil when
    /// `folder` cannot be opened. Read with `readdir`, whose entries say their own type, rather
    /// than `FileManager`, which asked the file system about every entry again (a tenth of a
    /// second on a 11,000-page corpus, before any page could be read).
    private static func pages(under folder: String) -> [String]? {
        guard let top = opendir(folder) else { return nil }
        var found: [String] = []
        // The stream's type differs between Glibc and Darwin, so it is left to inference.
        var pending = [(prefix: folder.hasSuffix("/") ? folder : folder + "/", stream: top)]
        while let (prefix, directory) = pending.popLast() {
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let full = prefix + name
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) {
                    var status = stat()
                    guard lstat(full, &status) == 0 else { continue }
                    type = status.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : status.st_mode & S_IFMT == S_IFLNK ? UInt8(DT_LNK) : UInt8(DT_REG)
                }
                if type == UInt8(DT_DIR) {
                    // A folder is searched whatever its name, `x.md` included.
                    if let inner = opendir(full) { pending.append((full + "/", inner)) }
                    continue
                }
                guard name.hasSuffix(".md") || name.hasSuffix(".txt") else { continue }
                if type == UInt8(DT_LNK) {
                    // A link to nothing or a link loop is listed too, for the reader to say which: it
                    // stands where a page is expected. Linked folders are not followed, as in git.
                    var status = stat()
                    if stat(full, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { continue }
                }
                found.append(full)
            }
            closedir(directory)
        }
        return found
    }

    /// Why `stat` found nothing at `path`.
    private static func missing(_ path: String, _ code: Int32) -> String {
        switch code {
        case ENOENT:
            var status = stat()
            return lstat(path, &status) == 0 ? "symbolic link to nothing" : "no such file or folder"
        case ENOTDIR: return "no such file or folder: a part of the path is a file"
        default: return "cannot be read: \(String(cString: strerror(code)))"
        }
    }
}
