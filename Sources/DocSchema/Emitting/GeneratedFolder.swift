import Foundation

/// Writes generated files into a folder the generator owns: only files whose contents
/// changed are written (so build systems see no change when there is none), and files an
/// earlier run generated that this run no longer makes are removed. Files without the
/// generator's header are never touched.
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

    public static func write(_ files: [GeneratedFile], to directory: String, header: String) throws -> Summary {
        let manager = FileManager.default
        let folder = URL(fileURLWithPath: directory)
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputWriter.Failure.cannotWrite(path: directory, reason: (error as NSError).localizedDescription)
        }
        var summary = Summary()
        for file in files {
            let url = folder.appendingPathComponent(file.name)
            let data = Data(file.contents.utf8)
            if manager.contents(atPath: url.path) == data {
                summary.unchanged.append(file.name)
                continue
            }
            try OutputWriter.write(data, to: url.path)
            summary.written.append(file.name)
        }
        let current = Set(files.map(\.name))
        let existing = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in existing.sorted() where name.hasSuffix(".swift") && !current.contains(name) {
            let url = folder.appendingPathComponent(name)
            guard startsWith(header, url) else { continue }
            do {
                try manager.removeItem(at: url)
            } catch {
                throw OutputWriter.Failure.cannotWrite(path: url.path, reason: (error as NSError).localizedDescription)
            }
            summary.removed.append(name)
        }
        return summary
    }

    private static func startsWith(_ header: String, _ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let prefix = Data(header.utf8)
        return (try? handle.read(upToCount: prefix.count)) == prefix
    }
}
