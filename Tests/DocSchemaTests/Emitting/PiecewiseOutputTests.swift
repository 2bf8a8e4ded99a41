@testable import DocSchema
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output written in pieces (the schema's JSON) reaches its file, pipe or device whole and in
/// order, however the system splits the writes.
@Suite("Output in pieces")
struct PiecewiseOutputTests {
    /// Pieces of every size from empty to larger than a pipe's buffer, each byte telling its
    /// piece and place, so that a lost, repeated or reordered byte shows.
    static let pieces: [[UInt8]] = (0..<700).map { index in
        let size = index % 7 == 0 ? 0 : (index * 37) % 5_000 + (index == 350 ? 100_000 : 0)
        return (0..<size).map { UInt8(truncatingIfNeeded: index &* 31 &+ $0) }
    }

    @Test("into a pipe read 4 KB at a time: every byte, in order, though the pipe fills many times over")
    func intoPipe() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let reader = ends[0]
        let received = ReceivedBytes()
        let finished = DispatchSemaphore(value: 0)
        // Reads 4 KB at a time until the writing end is closed, so the writer meets a full pipe.
        let thread = Thread {
            var buffer = [UInt8](repeating: 0, count: 4_096)
            while case let count = read(reader, &buffer, buffer.count), count > 0 { received.append(buffer[..<count]) }
            close(reader)
            finished.signal()
        }
        thread.start()
        try AtomicFile.writeAll(Self.pieces, to: ends[1], reportedAs: "pipe")
        close(ends[1])
        #expect(finished.wait(timeout: .now() + 60) == .success)
        #expect(received.bytes == Array(Self.pieces.joined()))
    }

    @Test("into a file: the same bytes as the pieces joined, and as the one-buffer writer writes")
    func file() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pieces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.json").path
        try OutputWriter.write(pieces: Self.pieces, to: path)
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path))) == Array(Self.pieces.joined()))
        let whole = folder.appendingPathComponent("whole.json").path
        try OutputWriter.write(Data(Self.pieces.joined()), to: whole)
        #expect(FileManager.default.contentsEqual(atPath: path, andPath: whole))
        try FileManager.default.removeItem(atPath: whole)
        try OutputWriter.write(pieces: [], to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
    }
}

/// What the reading thread has received so far.
private final class ReceivedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var received: [UInt8] = []

    func append(_ bytes: ArraySlice<UInt8>) {
        lock.lock()
        received += bytes
        lock.unlock()
    }

    var bytes: [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }
}
