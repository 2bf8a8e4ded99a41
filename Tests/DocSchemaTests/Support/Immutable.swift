import Foundation

/// The immutable attribute (`chattr +i`): the one way to make a write fail for root, who writes
/// through any permissions. Needs `chattr`, a file system that has the attribute (ext4, xfs,
/// btrfs) and the CAP_LINUX_IMMUTABLE capability; tests that use it are skipped otherwise.
enum Immutable {
    /// Whether `chattr +i` works in the temporary folder.
    static let isAvailable: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("docschema-chattr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: probe.path, contents: Data()) else { return false }
        defer {
            _ = set(probe.path, false)
            try? FileManager.default.removeItem(at: probe)
        }
        return set(probe.path, true)
    }()

    /// Sets or clears the attribute; returns whether chattr succeeded.
    @discardableResult
    static func set(_ path: String, _ on: Bool) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [on ? "+i" : "-i", path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// Runs `body` with `paths` immutable, clearing the attribute afterwards whatever happens.
    @discardableResult
    static func during<T>(_ paths: [String], _ body: () throws -> T) rethrows -> T {
        for path in paths { set(path, true) }
        defer { for path in paths.reversed() { set(path, false) } }
        return try body()
    }
}
