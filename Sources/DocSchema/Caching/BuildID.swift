#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The GNU build ID that the linker writes into an ELF executable when asked (`--build-id`):
/// a hash of the linked file, held in a note of a few bytes.
///
/// The cache tells builds apart by it, reading a few hundred bytes, where hashing the file
/// itself read all of it: a release `docschema`, linked with the Swift runtime and Foundation
/// in it, is about 100 MB, and hashing it took longer than the rest of a cached run.
enum BuildID {
    private static let elfMagic: [UInt8] = [0x7F, 0x45, 0x4C, 0x46]
    private static let elf64 = UInt8(2), littleEndian = UInt8(1)
    private static let programHeaderNote = 4
    private static let buildIDNote = 3
    private static let gnuName: [UInt8] = Array("GNU\0".utf8)
    /// More than any real note segment: a damaged header cannot make it read the whole file.
    private static let largestNotes = 1 << 16

    /// The build ID of the ELF file at `path`; nil when the file has none, or is not a 64-bit
    /// little-endian ELF file, or cannot be read.
    static func read(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        func bytes(at offset: Int, count: Int) -> [UInt8]? {
            guard offset >= 0, count > 0, count <= largestNotes else { return nil }
            var buffer = [UInt8](repeating: 0, count: count)
            let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
            return got == count ? buffer : nil
        }

        guard let header = bytes(at: 0, count: 64), header.starts(with: elfMagic),
              header[4] == elf64, header[5] == littleEndian else { return nil }
        let tableOffset = header.littleEndian(at: 0x20, size: 8)
        let entrySize = header.littleEndian(at: 0x36, size: 2)
        let entryCount = header.littleEndian(at: 0x38, size: 2)
        guard entrySize >= 56, let table = bytes(at: tableOffset, count: entrySize * entryCount) else { return nil }
        for entry in stride(from: 0, to: table.count, by: entrySize)
        where table.littleEndian(at: entry, size: 4) == programHeaderNote {
            let notesOffset = table.littleEndian(at: entry + 8, size: 8)
            let notesSize = table.littleEndian(at: entry + 32, size: 8)
            guard let notes = bytes(at: notesOffset, count: notesSize) else { continue }
            if let id = buildID(inNotes: notes) { return id }
        }
        return nil
    }

    /// The description of the `GNU` build-ID note among `notes`: each note is its name's size,
    /// its description's size and its type (four bytes each), then the name and the
    /// description, each padded to four bytes.
    static func buildID(inNotes notes: [UInt8]) -> [UInt8]? {
        func padded(_ size: Int) -> Int { (size + 3) & ~3 }
        var position = 0
        while position + 12 <= notes.count {
            let nameSize = notes.littleEndian(at: position, size: 4)
            let descriptionSize = notes.littleEndian(at: position + 4, size: 4)
            let type = notes.littleEndian(at: position + 8, size: 4)
            let name = position + 12
            let description = name + padded(nameSize)
            let next = description + padded(descriptionSize)
            guard next <= notes.count else { return nil }
            if type == buildIDNote, notes[name..<description].starts(with: gnuName), nameSize == gnuName.count,
               descriptionSize > 0 {
                return Array(notes[description..<description + descriptionSize])
            }
            position = next
        }
        return nil
    }
}

private extension [UInt8] {
    /// The unsigned little-endian integer of `size` bytes at `offset`; 0 past the end.
    func littleEndian(at offset: Int, size: Int) -> Int {
        guard offset >= 0, offset + size <= count else { return 0 }
        var value = 0
        for index in (offset..<offset + size).reversed() { value = value << 8 | Int(self[index]) }
        return value
    }
}
