import Foundation

/// Every entry under a folder with its identity (inode), modification time and contents, to
/// assert that a failed write left a folder exactly as it was, down to the files' identities.
struct FolderSnapshot: Equatable, CustomStringConvertible {
    struct Entry: Equatable {
        var inode: UInt64
        var modified: Date?
        var contents: Data?
        var link: String?
    }

    var entries: [String: Entry] = [:]

    init(_ folder: URL) throws {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder.path) else { return }
        while let relative = enumerator.nextObject() as? String {
            let path = folder.appendingPathComponent(relative).path
            let attributes = try manager.attributesOfItem(atPath: path)
            let type = attributes[.type] as? FileAttributeType
            entries[relative] = Entry(
                inode: (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0,
                // A folder's own time changes whenever an entry comes and goes; its entries say what matters.
                modified: type == .typeDirectory ? nil : attributes[.modificationDate] as? Date,
                contents: type == .typeRegular ? manager.contents(atPath: path) : nil,
                link: type == .typeSymbolicLink ? try manager.destinationOfSymbolicLink(atPath: path) : nil)
        }
    }

    var description: String { entries.keys.sorted().joined(separator: ", ") }
}
