import Foundation

/// The pages of a git revision, read with `git ls-tree` and `git cat-file --batch`, so that a
/// docs repository's CI can diff `origin/main..HEAD` without checking anything out.
public enum GitRevision {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Splits `A..B` into its two revisions; an empty side is `HEAD`, as git reads it.
    public static func range(_ text: String) -> (old: String, new: String)? {
        guard !text.contains("..."), let dots = text.range(of: "..") else { return nil }
        let old = String(text[..<dots.lowerBound])
        let new = String(text[dots.upperBound...])
        guard !(old.isEmpty && new.isEmpty) else { return nil }
        return (old.isEmpty ? "HEAD" : old, new.isEmpty ? "HEAD" : new)
    }

    /// The `*.md` and `*.txt` files under `paths` at `revision`, with paths relative to `folder`
    /// (the current folder by default), as the files on disk are named.
    public static func files(at revision: String, paths: [String], in folder: String? = nil) throws -> [SourceFile] {
        let listing = try git(["ls-tree", "-r", "-z", "--name-only", revision, "--"] + paths, in: folder)
        let names = listing.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }
            .sorted()
        guard !names.isEmpty else { return [] }
        // `./` makes each path relative to the current folder, as ls-tree printed it.
        let request = names.map { "\(revision):./\($0)\n" }.joined()
        let blobs = try git(["cat-file", "--batch"], input: Data(request.utf8), in: folder)
        return try parseBatch(blobs, names: names)
    }

    /// `<oid> blob <size>\n<bytes>\n` for each name, in order. The size is checked against
    /// what is left of the output before any arithmetic, so that no header can make the slice
    /// run backwards or past the end.
    static func parseBatch(_ output: [UInt8], names: [String]) throws -> [SourceFile] {
        var files: [SourceFile] = []
        var offset = 0
        for name in names {
            guard offset <= output.count, let end = output[offset...].firstIndex(of: 0x0A) else {
                throw Failure(description: "git cat-file: output ended early")
            }
            let header = String(decoding: output[offset..<end], as: UTF8.self).split(separator: " ")
            guard header.count == 3, header[1] == "blob", let size = Int(header[2]), size >= 0,
                  size <= output.count - (end + 1)
            else {
                throw Failure(description: "git cat-file: cannot read \(name): \(header.joined(separator: " "))")
            }
            files.append(SourceFile(path: name, bytes: Array(output[(end + 1)..<(end + 1 + size)])))
            offset = end + 1 + size + 1
        }
        return files
    }

    /// Runs git and returns its standard output; a failure carries git's own message.
    private static func git(_ arguments: [String], input: Data? = nil, in folder: String?) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let output = Pipe()
        let errors = Pipe()
        let feed = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input == nil ? FileHandle.nullDevice : feed
        do { try process.run() } catch { throw Failure(description: "cannot run git: \(error.localizedDescription)") }
        if let input {
            // Written from another thread: git answers while it reads, and a full pipe would stall both.
            let writer = feed.fileHandleForWriting
            DispatchQueue.global().async {
                try? writer.write(contentsOf: input)
                try? writer.close()
            }
        }
        let errorReader = ErrorCollector(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = errorReader.wait()
        guard process.terminationStatus == 0 else {
            let reason = message.trimmingWhitespace()
            throw Failure(description: "git \(arguments.first ?? "") failed: \(reason.isEmpty ? "exit code \(process.terminationStatus)" : reason)")
        }
        return [UInt8](data)
    }
}

/// Reads a pipe to its end on another thread, so that a chatty standard error cannot block the process.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
