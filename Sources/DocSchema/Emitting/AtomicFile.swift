import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces files in one step: the bytes go to a temporary file in the destination's folder
/// (so that the rename cannot cross file systems), which is flushed and then renamed over the
/// destination. A reader, or a build running at the same time, sees the old file or the new
/// one, never a part of one; a run that fails or is killed leaves the old file as it was.
enum AtomicFile {
    /// A temporary file holding the new contents, not yet renamed into place.
    struct Pending {
        /// Where the file goes: the destination, with a symbolic link followed.
        let destination: String
        let temporary: String
    }

    /// Replaces the file at `path` with `data`; a destination that is not a file (a device such
    /// as `/dev/null`, a pipe, a socket) is written to as it is, since replacing it would put a
    /// file where the device or pipe was.
    static func write(_ data: Data, to path: String) throws {
        try write(to: path) { try writeAll(data, to: $0, reportedAs: path) }
    }

    /// ``write(_:to:)`` for contents in pieces, written one after another.
    static func write(pieces: [[UInt8]], to path: String) throws {
        try write(to: path) { try writeAll(pieces, to: $0, reportedAs: path) }
    }

    /// Replaces `path` with what `contents` writes to the descriptor it is given.
    private static func write(to path: String, _ contents: (Int32) throws -> Void) throws {
        if isStream(path) {
            try writeInPlace(to: path, contents)
            return
        }
        let pending = try prepare(for: path, contents)
        try commit(pending, reportedAs: path)
    }

    /// Whether `path`, with links followed, names something that is neither a file nor a folder.
    static func isStream(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind != S_IFREG && kind != S_IFDIR
    }

    /// Opens an existing device, pipe or socket for writing and lets `contents` write to it.
    private static func writeInPlace(to path: String, _ contents: (Int32) throws -> Void) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, errno) }
        defer { close(descriptor) }
        try contents(descriptor)
    }

    /// Writes `data` beside `path`, with the permissions of the file it will replace (or the
    /// usual ones for a new file); flushed to disk unless `flush` is false, for callers that
    /// write many files and guard against a failing run, not against a power cut.
    static func prepare(_ data: Data, for path: String, flush: Bool = true) throws -> Pending {
        try prepare(for: path, flush: flush) { try writeAll(data, to: $0, reportedAs: path) }
    }

    /// ``prepare(_:for:flush:)`` for contents that `contents` writes to the descriptor it is given.
    private static func prepare(for path: String, flush: Bool = true, _ contents: (Int32) throws -> Void) throws -> Pending {
        // A link keeps pointing at the new contents rather than being replaced by them.
        let destination = isSymbolicLink(path) ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path
        var status = stat()
        let exists = stat(destination, &status) == 0
        if exists && status.st_mode & S_IFMT == S_IFDIR { throw failure(path, "it is a folder") }
        let folder = URL(fileURLWithPath: destination).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: destination).lastPathComponent
        var descriptor: Int32 = -1
        var temporary = ""
        for _ in 0..<8 where descriptor < 0 {
            temporary = folder + "/." + name + ".docschema-" + String(UInt32.random(in: .min ... .max), radix: 36)
            // Mode 0666 less the umask, as any new file gets; O_EXCL, never someone else's file.
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor < 0 && errno != EEXIST { throw failure(path, errno) }
        }
        guard descriptor >= 0 else { throw failure(path, EEXIST) }
        var written = false
        defer {
            close(descriptor)
            if !written { unlink(temporary) }
        }
        try contents(descriptor)
        if exists && fchmod(descriptor, status.st_mode & 0o7777) != 0 { throw failure(path, errno) }
        if flush && fsync(descriptor) != 0 { throw failure(path, errno) }
        written = true
        return Pending(destination: destination, temporary: temporary)
    }

    /// Writes all of `data` to an open file, however many calls that takes.
    static func writeAll(_ data: Data, to descriptor: Int32, reportedAs path: String) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw failure(path, errno)
                }
                offset += count
            }
        }
    }

    /// Writes `pieces` one after another to an open file, in `writev` calls of up to
    /// ``piecesPerCall`` pieces, however many calls that takes.
    static func writeAll(_ pieces: [[UInt8]], to descriptor: Int32, reportedAs path: String) throws {
        var vectors: [iovec] = []
        vectors.reserveCapacity(piecesPerCall)
        var start = 0
        while start < pieces.count {
            let end = min(start + piecesPerCall, pieces.count)
            try withBuffers(of: pieces[start..<end], into: &vectors) { vectors in
                try writeVectors(&vectors, to: descriptor, reportedAs: path)
            }
            start = end
        }
    }

    /// Pieces per `writev` call: well under any system's `IOV_MAX` (1,024 on Linux), and the
    /// depth of ``withBuffers(of:into:_:)``'s nesting.
    static let piecesPerCall = 64

    /// Calls `body` with one vector for each piece's bytes, each read where it is: the nesting
    /// keeps every buffer valid for as long as `body` runs.
    private static func withBuffers(
        of pieces: ArraySlice<[UInt8]>, into vectors: inout [iovec], _ body: (inout [iovec]) throws -> Void
    ) throws {
        guard let first = pieces.first else {
            try body(&vectors)
            vectors.removeAll(keepingCapacity: true)
            return
        }
        try first.withUnsafeBytes { buffer in
            vectors.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: buffer.baseAddress), iov_len: buffer.count))
            try withBuffers(of: pieces.dropFirst(), into: &vectors, body)
        }
    }

    /// Writes all the bytes `vectors` point to, calling `writev` again after a partial write.
    private static func writeVectors(_ vectors: inout [iovec], to descriptor: Int32, reportedAs path: String) throws {
        var next = 0
        while next < vectors.count {
            let count = vectors.withUnsafeBufferPointer { buffer in
                writev(descriptor, buffer.baseAddress.map { $0 + next }, Int32(buffer.count - next))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, errno)
            }
            // Past the vectors written whole, then into the one written in part.
            var written = count
            while next < vectors.count, written >= vectors[next].iov_len {
                written -= vectors[next].iov_len
                next += 1
            }
            if written > 0 {
                vectors[next].iov_base = vectors[next].iov_base.map { $0 + written }
                vectors[next].iov_len -= written
            }
        }
    }

    /// Creates a file that must not exist yet and writes `data` to it.
    static func create(_ data: Data, at path: String, reportedAs name: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(name, errno) }
        defer { close(descriptor) }
        try writeAll(data, to: descriptor, reportedAs: name)
    }

    /// Renames the temporary file over its destination; on failure the temporary is removed
    /// and the destination is as it was.
    static func commit(_ pending: Pending, reportedAs path: String) throws {
        guard rename(pending.temporary, pending.destination) == 0 else {
            let code = errno
            discard(pending)
            throw failure(path, code == EISDIR || code == ENOTEMPTY || code == EEXIST ? EISDIR : code)
        }
    }

    static func discard(_ pending: Pending) {
        unlink(pending.temporary)
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    static func failure(_ path: String, _ code: Int32) -> OutputWriter.Failure {
        failure(path, String(cString: strerror(code)))
    }

    static func failure(_ path: String, _ reason: String) -> OutputWriter.Failure {
        .cannotWrite(path: path, reason: reason)
    }
}

/// `write(2)`, which `AtomicFile.write` hides inside the type.
#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
