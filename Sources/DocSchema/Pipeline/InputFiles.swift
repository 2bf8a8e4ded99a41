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
        let manager = FileManager.default
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
            guard let enumerator = manager.enumerator(atPath: path) else {
                failures.append(Diagnostic(.inputUnreadable, "folder cannot be listed", at: SourceLocation(file: path, line: 1, column: 1)))
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                guard relative.hasSuffix(".md") || relative.hasSuffix(".txt") else { continue }
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                // A link to nothing or a link loop is listed too, for the reader to say which: it
                // stands where a page is expected. Linked folders are not followed, as in git.
                var isFolder: ObjCBool = false
                if !manager.fileExists(atPath: full, isDirectory: &isFolder) || !isFolder.boolValue { found.append(full) }
            }
            for file in found.sorted() where seen.insert(file).inserted { files.append(file) }
        }
        return Listing(files: files, failures: failures)
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
