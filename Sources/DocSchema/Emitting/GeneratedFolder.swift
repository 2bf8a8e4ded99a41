import Foundation

/// Writes generated files into a folder the generator owns, all or nothing.
///
/// Only files whose contents changed are written (so build systems see no change when there is
/// none), and files an earlier run generated (they start with the generator's header) that this
/// run no longer makes are removed. Files without the header are never touched.
///
/// A run that changes something builds the new folder beside the old one, as
/// `.Name.docschema-…`: the new files written, everything else hard-linked from the old folder
/// (the same files, with their modification times). The two folders are then exchanged in one
/// system call and the old one is deleted. Where folders cannot be exchanged (a mount point, a
/// parent folder that cannot be written to, a file that cannot be linked), the files are
/// replaced in place: each written to a temporary file first, and each old file kept under a
/// second name until all are in place, to be put back if one fails. Either way, a run that fails
/// leaves the folder as it was.
public enum GeneratedFolder {
    public struct Summary: Sendable, Equatable {
        public var written: [String] = []
        public var unchanged: [String] = []
        public var removed: [String] = []

        public init(written: [String] = [], unchanged: [String] = [], removed: [String] = []) {
            self.written = written
            self.unchanged = unchanged
            self.removed = removed
        }
    }

    /// Brings `directory` to hold `files`, as the type's description says, and says what changed.
    /// Throws an ``OutputWriter/Failure`` when it cannot; the folder is then as it was.
    public static func write(_ files: [GeneratedFile], to directory: String, header: String) throws -> Summary {
        // Absolute and without `.` or a trailing slash, so that the folder has a name and a parent;
        // a link to a folder stays a link, to the new contents.
        var folder = URL(fileURLWithPath: directory).standardizedFileURL.path
        if AtomicFile.isSymbolicLink(folder) { folder = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path }
        let place = Place(folder: folder, shown: directory)
        var status = stat()
        guard stat(folder, &status) == 0 else {
            guard errno == ENOENT else { throw AtomicFile.failure(directory, errno) }
            try create(files, at: place)
            return Summary(written: files.map(\.name))
        }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw AtomicFile.failure(directory, "it is a file, not a folder") }
        let plan = try Plan(files, in: place, header: header)
        if plan.changed.isEmpty && plan.summary.removed.isEmpty { return plan.summary }
        do {
            try exchange(plan, at: place, owner: status)
        } catch {
            try replaceInPlace(plan, at: place)
        }
        return plan.summary
    }

    /// The folder written, and how to name a path in it for messages: as the user gave it.
    struct Place {
        let folder: String
        let shown: String

        func path(_ name: String) -> String { folder + "/" + name }
        func display(_ name: String) -> String { (shown.hasSuffix("/") ? shown : shown + "/") + name }
    }

    /// What a run changes, worked out before anything is written.
    struct Plan {
        var changed: [GeneratedFile] = []
        var summary = Summary()
        /// Every entry of the folder now, so that the rest can be carried over.
        var entries: [String] = []

        init(_ files: [GeneratedFile], in place: Place, header: String) throws {
            do {
                entries = try FileManager.default.contentsOfDirectory(atPath: place.folder).sorted()
            } catch {
                throw AtomicFile.failure(place.shown, (error as NSError).localizedDescription)
            }
            for file in files {
                var status = stat()
                let path = place.path(file.name)
                if lstat(path, &status) == 0 {
                    let type = status.st_mode & S_IFMT
                    guard type == S_IFREG || type == S_IFLNK else {
                        // Replacing it would delete what is in it, which this folder never does.
                        throw AtomicFile.failure(place.display(file.name), "something other than a file is in the way")
                    }
                    if FileManager.default.contents(atPath: path) == Data(file.contents.utf8) {
                        summary.unchanged.append(file.name)
                        continue
                    }
                }
                changed.append(file)
                summary.written.append(file.name)
            }
            // Only regular files: this folder never makes a link, so a link is someone else's.
            let current = Set(files.map(\.name))
            for name in entries where name.hasSuffix(".swift") && !current.contains(name) {
                var status = stat()
                let path = place.path(name)
                if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, GeneratedFolder.startsWith(header, path) {
                    summary.removed.append(name)
                }
            }
        }

        /// Entries the new folder does not take from the old one: rewritten or removed.
        var replaced: Set<String> { Set(summary.written + summary.removed) }
    }

    /// A new folder next to `folder`, for the next state of it to be built in.
    private static func sibling(of place: Place, _ purpose: String, mode: mode_t) throws -> String {
        let url = URL(fileURLWithPath: place.folder)
        let parent = url.deletingLastPathComponent().path
        for _ in 0..<8 {
            let path = parent + "/." + url.lastPathComponent + ".docschema-" + purpose + "-"
                + String(UInt32.random(in: .min ... .max), radix: 36)
            if mkdir(path, mode) == 0 { return path }
            if errno != EEXIST { throw AtomicFile.failure(place.shown, errno) }
        }
        throw AtomicFile.failure(place.shown, EEXIST)
    }

    /// A folder that does not exist yet: built beside where it goes, then renamed into place.
    private static func create(_ files: [GeneratedFile], at place: Place) throws {
        let parent = URL(fileURLWithPath: place.folder).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.failure(place.shown, (error as NSError).localizedDescription)
        }
        // Permissions as any new folder gets: 0777 less the umask.
        let stage = try sibling(of: place, "new", mode: 0o777)
        var done = false
        defer { if !done { try? FileManager.default.removeItem(atPath: stage) } }
        for file in files {
            try AtomicFile.create(Data(file.contents.utf8), at: stage + "/" + file.name, reportedAs: place.display(file.name))
        }
        guard rename(stage, place.folder) == 0 else { throw AtomicFile.failure(place.shown, errno) }
        done = true
    }

    /// Builds the new folder beside the old one and exchanges the two. Throws, with the old
    /// folder untouched, when any step fails; once the folders are exchanged nothing can fail,
    /// and the old folder is deleted as far as it can be.
    private static func exchange(_ plan: Plan, at place: Place, owner status: stat) throws {
        let stage = try sibling(of: place, "next", mode: 0o700)
        defer { try? FileManager.default.removeItem(atPath: stage) }
        for file in plan.changed {
            try AtomicFile.create(Data(file.contents.utf8), at: stage + "/" + file.name, reportedAs: place.display(file.name))
        }
        let replaced = plan.replaced
        for name in plan.entries where !replaced.contains(name) {
            try carryOver(place.path(name), to: stage + "/" + name, reportedAs: place.display(name))
        }
        // The old folder's permissions and, where allowed (as root), its owner: a root build in a
        // container must not take a user's folder away from them.
        chmod(stage, status.st_mode & 0o7777)
        _ = chown(stage, status.st_uid, status.st_gid)
        let code = FolderSwap.exchange(stage, place.folder)
        guard code == 0 else { throw AtomicFile.failure(place.shown, code) }
    }

    /// Recreates `source` at `target`: a file as a second link to it, a folder entry by entry, a
    /// symbolic link as a link to the same place. Anything else cannot be carried over.
    private static func carryOver(_ source: String, to target: String, reportedAs shown: String) throws {
        var status = stat()
        guard lstat(source, &status) == 0 else { throw AtomicFile.failure(shown, errno) }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            guard link(source, target) == 0 else { throw AtomicFile.failure(shown, errno) }
        case S_IFLNK:
            let destination: String
            do {
                destination = try FileManager.default.destinationOfSymbolicLink(atPath: source)
            } catch {
                throw AtomicFile.failure(shown, (error as NSError).localizedDescription)
            }
            guard symlink(destination, target) == 0 else { throw AtomicFile.failure(shown, errno) }
        case S_IFDIR:
            guard mkdir(target, status.st_mode & 0o7777) == 0 else { throw AtomicFile.failure(shown, errno) }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: source)
            } catch {
                throw AtomicFile.failure(shown, (error as NSError).localizedDescription)
            }
            for name in names { try carryOver(source + "/" + name, to: target + "/" + name, reportedAs: shown + "/" + name) }
        default:
            throw AtomicFile.failure(shown, "neither a file, a folder nor a link")
        }
    }

    /// Replaces the changed files and removes the stale ones inside the folder itself; on a
    /// failure, puts back every file already replaced or removed.
    private static func replaceInPlace(_ plan: Plan, at place: Place) throws {
        var pending: [AtomicFile.Pending] = []
        /// Each path changed so far, with a second link to the file it had, if any.
        var undo: [(path: String, kept: String?)] = []
        do {
            for file in plan.changed {
                pending.append(try AtomicFile.prepare(Data(file.contents.utf8), for: place.path(file.name), flush: false))
            }
            for (file, item) in zip(plan.changed, pending) {
                undo.append((item.destination, try keep(item.destination, reportedAs: place.display(file.name))))
                guard rename(item.temporary, item.destination) == 0 else { throw AtomicFile.failure(place.display(file.name), errno) }
            }
            for name in plan.summary.removed {
                let kept = try keep(place.path(name), reportedAs: place.display(name))
                undo.append((place.path(name), kept))
                guard unlink(place.path(name)) == 0 else { throw AtomicFile.failure(place.display(name), errno) }
            }
        } catch {
            for (path, kept) in undo.reversed() {
                if let kept {
                    rename(kept, path)
                    // A rename between two links to one file does nothing; the second link stays.
                    unlink(kept)
                } else {
                    unlink(path)
                }
            }
            pending.forEach(AtomicFile.discard)
            throw error
        }
        for case let (_, kept?) in undo { unlink(kept) }
    }

    /// A second link to the file at `path`, to put it back from; nil when there is no file.
    private static func keep(_ path: String, reportedAs shown: String) throws -> String? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        let url = URL(fileURLWithPath: path)
        let kept = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".docschema-old-"
            + String(UInt32.random(in: .min ... .max), radix: 36)
        guard link(path, kept) == 0 else { throw AtomicFile.failure(shown, errno) }
        return kept
    }

    static func startsWith(_ header: String, _ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let prefix = Data(header.utf8)
        return (try? handle.read(upToCount: prefix.count)) == prefix
    }
}
