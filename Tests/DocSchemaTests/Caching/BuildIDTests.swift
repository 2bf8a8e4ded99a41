@testable import DocSchema
import Foundation
import Testing

/// The cache tells builds apart by the linker's build ID: it must be read exactly, and a file
/// without one (or not an ELF file at all) must say so rather than give something else.
@Suite struct BuildIDTests {
    /// A 64-bit little-endian ELF header, a table of two program headers (a load segment, then
    /// a note segment), and the notes: an ABI tag first, then the build ID.
    static func elfFile(id: [UInt8], programHeaderCount: Int = 2) -> [UInt8] {
        func le(_ value: Int, _ size: Int) -> [UInt8] { (0..<size).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) } }
        var notes: [UInt8] = le(4, 4) + le(16, 4) + le(1, 4) + Array("GNU\0".utf8) + [UInt8](repeating: 0, count: 16)
        notes += le(4, 4) + le(id.count, 4) + le(3, 4) + Array("GNU\0".utf8) + id
        notes += [UInt8](repeating: 0, count: (4 - id.count % 4) % 4)
        let notesOffset = 64 + 2 * 56
        var header: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 8)
        header += le(2, 2) + le(0x3E, 2) + le(1, 4) + le(0, 8) + le(64, 8) + le(0, 8) + le(0, 4)
        header += le(64, 2) + le(56, 2) + le(programHeaderCount, 2) + le(0, 2) + le(0, 2) + le(0, 2)
        func programHeader(type: Int, offset: Int, size: Int) -> [UInt8] {
            le(type, 4) + le(4, 4) + le(offset, 8) + le(0, 8) + le(0, 8) + le(size, 8) + le(size, 8) + le(4, 8)
        }
        let table = programHeader(type: 1, offset: 0, size: notesOffset + notes.count)
            + programHeader(type: 4, offset: notesOffset, size: notes.count)
        return header + table + notes
    }

    static func write(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("build-id-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func readsTheGNUBuildIDNote() throws {
        let id: [UInt8] = (0..<20).map { UInt8($0 * 13 % 256) }
        let path = try Self.write(Self.elfFile(id: id))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(BuildID.read(atPath: path) == id)
    }

    @Test func anIDWhoseLengthIsNotAMultipleOfFourIsReadWhole() throws {
        let id: [UInt8] = [0xDE, 0xAD, 0xBE, 0xEF, 0x01]
        let path = try Self.write(Self.elfFile(id: id))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(BuildID.read(atPath: path) == id)
    }

    @Test func filesWithoutABuildIDGiveNone() throws {
        var noNotes = Self.elfFile(id: [1, 2, 3, 4])
        noNotes[0x38] = 1  // only the load segment is listed
        var damaged = Self.elfFile(id: [1, 2, 3, 4])
        damaged[0x38] = 0xFF; damaged[0x39] = 0xFF  // 65,535 program headers, past the end of the file
        let markdown = Array("# Not an executable\n".utf8)
        for bytes in [noNotes, damaged, markdown, []] {
            let path = try Self.write(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(BuildID.read(atPath: path) == nil)
        }
        #expect(BuildID.read(atPath: "/nonexistent/docschema") == nil)
    }

    static let readelf = "/usr/bin/readelf"

    /// Against binutils' own reading, on a system executable that carries an ID (Debian's do).
    /// Skipped, not passed, where binutils is missing.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: readelf)))
    func agreesWithReadelf() throws {
        let executable = "/usr/bin/env"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.readelf)
        process.arguments = ["-n", executable]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let line = output.split(separator: "\n").first(where: { $0.contains("Build ID:") }) else {
            #expect(BuildID.read(atPath: executable) == nil)
            return
        }
        let hex = line.split(separator: " ").last.map(String.init) ?? ""
        let id = BuildID.read(atPath: executable)
        #expect(id?.map { String(format: "%02x", $0) }.joined() == hex)
    }
}
