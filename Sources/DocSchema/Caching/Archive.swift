/// A compact binary form for values kept in the facts cache.
///
/// Not `Codable`: the cache must give back exactly the facts it was given (JSON members keep
/// their byte offsets, empty lists stay distinct from absent ones), and reading 11,000 pages'
/// facts must cost a fraction of extracting them, which a keyed, self-describing coder does not.
/// Values are written field after field, in declaration order, with no names; a cache entry is
/// only ever read by the build that wrote it (`FactsCache` keys entries by the executable).
protocol Archivable {
    func archive(into archive: inout ArchiveWriter)
    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt)
}

struct ArchiveWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write<Value: Archivable>(_ value: Value) {
        value.archive(into: &self)
    }

    /// A LEB128 varint of the zigzag form, so that small negative numbers stay short too.
    mutating func writeInt(_ value: Int) {
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func writeByte(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func writeBytes<Bytes: Collection<UInt8>>(_ data: Bytes) {
        writeInt(data.count)
        bytes.append(contentsOf: data)
    }
}

/// Reads what `ArchiveWriter` wrote. Every read is bounds-checked: a damaged cache file is a
/// cache miss, never a trap.
struct ArchiveReader {
    struct Corrupt: Error {}

    private let bytes: [UInt8]
    private var offset: Int
    private let end: Int

    init(_ bytes: [UInt8], range: Range<Int>? = nil) {
        self.bytes = bytes
        offset = range?.lowerBound ?? 0
        end = range?.upperBound ?? bytes.count
    }

    var isAtEnd: Bool { offset == end }

    mutating func read<Value: Archivable>(_: Value.Type = Value.self) throws(Corrupt) -> Value {
        try Value(from: &self)
    }

    mutating func readInt() throws(Corrupt) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Corrupt() }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        // Zigzag back: a logical shift, then the sign from the low bit.
        return Int(Int64(bitPattern: (result >> 1) ^ (0 &- (result & 1))))
    }

    mutating func readByte() throws(Corrupt) -> UInt8 {
        guard offset < end else { throw Corrupt() }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// The range of the next length-prefixed run of bytes, which is skipped.
    mutating func readRange() throws(Corrupt) -> Range<Int> {
        let count = try readInt()
        guard count >= 0, count <= end - offset else { throw Corrupt() }
        defer { offset += count }
        return offset..<offset + count
    }

    mutating func readString() throws(Corrupt) -> String {
        let range = try readRange()
        return bytes.withUnsafeBufferPointer { $0.string(range) }
    }
}

extension Int: Archivable {
    func archive(into archive: inout ArchiveWriter) { archive.writeInt(self) }
    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) { self = try archive.readInt() }
}

extension Bool: Archivable {
    func archive(into archive: inout ArchiveWriter) { archive.writeByte(self ? 1 : 0) }
    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) { self = try archive.readByte() != 0 }
}

extension String: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        var copy = self
        copy.withUTF8 { archive.writeBytes($0) }
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) { self = try archive.readString() }
}

extension Optional: Archivable where Wrapped: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        switch self {
        case .none: archive.writeByte(0)
        case .some(let value):
            archive.writeByte(1)
            archive.write(value)
        }
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self = try archive.readByte() == 0 ? nil : try archive.read(Wrapped.self)
    }
}

extension Array: Archivable where Element: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.writeInt(count)
        for element in self { archive.write(element) }
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        let count = try archive.readInt()
        guard count >= 0 else { throw ArchiveReader.Corrupt() }
        self = []
        // Not `reserveCapacity(count)`: a damaged count must not allocate before it fails.
        for _ in 0..<count { append(try archive.read(Element.self)) }
    }
}

/// Enums are kept by their raw names, which stay valid if cases are reordered.
protocol ArchivableByName: Archivable, RawRepresentable<String> {}

extension ArchivableByName {
    func archive(into archive: inout ArchiveWriter) { archive.write(rawValue) }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        guard let value = Self(rawValue: try archive.readString()) else { throw ArchiveReader.Corrupt() }
        self = value
    }
}

/// Kept in key order, so that equal dictionaries make equal bytes.
extension Dictionary: Archivable where Key: Archivable & Comparable, Value: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.writeInt(count)
        for (key, value) in sorted(by: { $0.key < $1.key }) {
            archive.write(key)
            archive.write(value)
        }
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        let count = try archive.readInt()
        guard count >= 0 else { throw ArchiveReader.Corrupt() }
        self = [:]
        for _ in 0..<count {
            let key: Key = try archive.read()
            self[key] = try archive.read(Value.self)
        }
    }
}

extension Set: Archivable where Element: Archivable & Comparable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(sorted())
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self = Set(try archive.read([Element].self))
    }
}
