import Foundation
import Synchronization

/// The facts of pages already read, kept in a folder between runs (`--incremental DIR`), so
/// that a run over unchanged pages parses none of them and a run after an edit parses only
/// the pages that changed. Beside them it keeps the last reconciled result of each set of
/// pages (`Pipeline.reconcile`): Reconcile is a function of the pages' facts, so the same
/// pages, read with the same options by the same build, give the same result.
///
/// An entry is named by a hash of the page's bytes, its path (facts hold it), the extraction
/// options and the running executable's own bytes (or the linker's build ID, a hash of them):
/// a rebuilt `docschema` (whose extraction may differ) never reads what an older build wrote,
/// so the cache needs no version number to keep in step. Entries live in one file,
/// `facts.pack`, read whole at the start and rewritten (atomically) at the end when anything
/// changed. It keeps this run's entries and, while they are fewer than this run's, page
/// entries of earlier runs (other folders, other options); beyond that, only this run's.
/// Results of earlier runs are never kept.
public final class FactsCache: Sendable {
    /// The pack file in `directory`.
    public let path: String
    private let toolIdentity: ContentHash.Digest
    private let packed: [UInt8]
    private let index: [ContentHash.Digest: (kind: Kind, bytes: Range<Int>)]
    private let state = Mutex(State())
    /// The options the last key was made with, and their text.
    private let optionsText = Mutex<(options: ExtractionOptions, text: String)?>(nil)

    private struct State {
        var used: [ContentHash.Digest: Entry] = [:]
        var hits = 0
        var misses = 0
    }

    private struct Entry {
        var kind: Kind
        var bytes: Bytes
    }

    private enum Kind: UInt8 {
        case page, result
    }

    private enum Bytes {
        /// Bytes still in the pack read at the start.
        case packed(Range<Int>)
        case new([UInt8])
    }

    /// How a run used the cache.
    public struct Statistics: Sendable, Equatable {
        /// Pages whose facts came from the cache.
        public var hits: Int
        /// Pages read, parsed and extracted, and added to the cache.
        public var misses: Int
    }

    private static let fileName = "facts.pack"
    private static let magic = Array("DocSchema facts cache, format 2\n".utf8)

    /// Opens the cache in `directory`, creating the folder when it does not exist. A pack that
    /// is missing, damaged or from another format is treated as empty.
    public init(directory: String) throws(Diagnostic) {
        let folder = URL(fileURLWithPath: directory)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(.outputUnwritable, "cannot create the cache folder: \((error as NSError).localizedDescription)",
                             at: SourceLocation(file: directory, line: 1, column: 1))
        }
        path = folder.appendingPathComponent(Self.fileName).path
        // Hashing the executable and reading the pack each take tens of milliseconds before any
        // page can be looked up: they are done at the same time.
        let startup = Startup()
        let packPath = path
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            if task == 0 {
                startup.toolIdentity = Self.executableDigest()
            } else {
                startup.packed = SourceFile.bytes(atPath: packPath) ?? []
            }
        }
        toolIdentity = startup.toolIdentity
        packed = startup.packed
        index = Self.readIndex(packed) ?? [:]
    }

    public var statistics: Statistics {
        state.withLock { Statistics(hits: $0.hits, misses: $0.misses) }
    }

    /// The key of a page's facts under `options`.
    func key(of file: SourceFile, options: ExtractionOptions) -> ContentHash.Digest {
        var hash = ContentHash()
        withUnsafeBytes(of: toolIdentity) { hash.combine($0) }
        hash.combine(describe(options))
        hash.combine(file.path)
        hash.combine(file.bytes)
        return hash.digest
    }

    /// Every field of `options`, as text. Reflection took a quarter of a cached run when it was
    /// done for every page; a run asks with the same options each time.
    private func describe(_ options: ExtractionOptions) -> String {
        if let known = optionsText.withLock({ $0 }), known.options == options { return known.text }
        let text = String(reflecting: options)
        optionsText.withLock { $0 = (options, text) }
        return text
    }

    /// The key of a result computed from the pages of these keys, in this order, with `parameters`.
    func key(of pages: [ContentHash.Digest], parameters: String) -> ContentHash.Digest {
        var hash = ContentHash()
        withUnsafeBytes(of: toolIdentity) { hash.combine($0) }
        hash.combine(parameters)
        pages.withUnsafeBytes { hash.combine($0) }
        return hash.digest
    }

    /// The facts stored under `key`, if any (and if they can be read back).
    func facts(for key: ContentHash.Digest) -> PageFacts? {
        let facts = value(PageFacts.self, kind: .page, for: key)
        state.withLock { if facts == nil { $0.misses += 1 } else { $0.hits += 1 } }
        return facts
    }

    func store(_ facts: PageFacts, for key: ContentHash.Digest) {
        store(facts, kind: .page, for: key)
    }

    /// The result and diagnostics stored under `key`; the pages they came from stay in the cache with them.
    func result(for key: ContentHash.Digest, pages: [ContentHash.Digest]) -> (result: Reconciler.Result, diagnostics: [Diagnostic])? {
        guard let run = value(RunResult.self, kind: .result, for: key) else { return nil }
        state.withLock { state in
            for page in pages {
                guard let entry = index[page], entry.kind == .page else { continue }
                state.used[page] = Entry(kind: .page, bytes: .packed(entry.bytes))
            }
            state.hits += pages.count
        }
        return (run.result, run.diagnostics)
    }

    func store(_ result: Reconciler.Result, diagnostics: [Diagnostic], for key: ContentHash.Digest) {
        store(RunResult(result: result, diagnostics: diagnostics), kind: .result, for: key)
    }

    private func value<Value: Archivable>(_: Value.Type, kind: Kind, for key: ContentHash.Digest) -> Value? {
        guard let entry = index[key], entry.kind == kind else { return nil }
        var reader = ArchiveReader(packed, range: entry.bytes)
        guard let value = try? reader.read(Value.self), reader.isAtEnd else { return nil }
        state.withLock { $0.used[key] = Entry(kind: kind, bytes: .packed(entry.bytes)) }
        return value
    }

    private func store<Value: Archivable>(_ value: Value, kind: Kind, for key: ContentHash.Digest) {
        var writer = ArchiveWriter()
        writer.write(value)
        state.withLock { $0.used[key] = Entry(kind: kind, bytes: .new(writer.bytes)) }
    }

    /// Writes the pack when this run added entries or left some out; atomically, so that an
    /// interrupted run leaves the previous pack whole.
    public func save() throws(Diagnostic) {
        let used = state.withLock { $0.used }
        let earlier = index.filter { used[$0.key] == nil && $0.value.kind == .page }
        let keepsEarlier = earlier.count < used.count
        let added = used.values.contains { if case .new = $0.bytes { true } else { false } }
        let carried = index.keys.filter { used[$0] != nil }.count + (keepsEarlier ? earlier.count : 0)
        guard added || carried < index.count else { return }

        var entries = used
        if keepsEarlier {
            for (key, entry) in earlier { entries[key] = Entry(kind: entry.kind, bytes: .packed(entry.bytes)) }
        }
        var writer = ArchiveWriter()
        for byte in Self.magic { writer.writeByte(byte) }
        // Sorted, so that the same entries always make the same file.
        for key in entries.keys.sorted(by: { ($0.first, $0.second) < ($1.first, $1.second) }) {
            guard let entry = entries[key] else { continue }
            writer.writeInt(Int(bitPattern: UInt(key.first)))
            writer.writeInt(Int(bitPattern: UInt(key.second)))
            writer.writeByte(entry.kind.rawValue)
            switch entry.bytes {
            case .packed(let range): writer.writeBytes(packed[range])
            case .new(let bytes): writer.writeBytes(bytes)
            }
        }
        do {
            try OutputWriter.write(Data(writer.bytes), to: path)
        } catch {
            throw (error as? OutputWriter.Failure)?.diagnostic
                ?? Diagnostic(.outputUnwritable, "cannot write the cache: \(error)", at: SourceLocation(file: path, line: 1, column: 1))
        }
    }

    private static func readIndex(_ bytes: [UInt8]) -> [ContentHash.Digest: (kind: Kind, bytes: Range<Int>)]? {
        guard bytes.starts(with: magic) else { return nil }
        var reader = ArchiveReader(bytes, range: magic.count..<bytes.count)
        var index: [ContentHash.Digest: (kind: Kind, bytes: Range<Int>)] = [:]
        while !reader.isAtEnd {
            guard let first = try? reader.readInt(), let second = try? reader.readInt(),
                  let kind = (try? reader.readByte()).flatMap(Kind.init(rawValue:)), let range = try? reader.readRange()
            else { return nil }
            index[ContentHash.Digest(first: UInt64(UInt(bitPattern: first)), second: UInt64(UInt(bitPattern: second)))] = (kind, range)
        }
        return index
    }

    /// A hash of the running executable: the build that wrote an entry is the only one that reads it.
    /// The linker's build ID stands for the executable's bytes when it has one (`make release`
    /// asks for it); only without one is the whole file read.
    private static func executableDigest() -> ContentHash.Digest {
        var hash = ContentHash()
        let candidates = ["/proc/self/exe", Bundle.main.executablePath, CommandLine.arguments.first].compactMap { $0 }
        if let id = candidates.lazy.compactMap({ BuildID.read(atPath: $0) }).first {
            hash.combine("build ID")
            hash.combine(id)
            return hash.digest
        }
        let bytes = candidates.lazy.compactMap { SourceFile.bytes(atPath: $0) }.first
        // With no executable to read, every run is a new build: nothing is reused.
        hash.combine(bytes ?? Array(UUID().uuidString.utf8))
        return hash.digest
    }

    /// What the two startup tasks hand back; each writes its own field, and both are read only
    /// after `concurrentPerform` has returned.
    private final class Startup: @unchecked Sendable {
        var toolIdentity = ContentHash.Digest(first: 0, second: 0)
        var packed: [UInt8] = []
    }
}

/// What `Pipeline.reconcile` returns: the result, and every diagnostic of the run.
private struct RunResult: Archivable {
    var result: Reconciler.Result
    var diagnostics: [Diagnostic]

    func archive(into archive: inout ArchiveWriter) {
        archive.write(result); archive.write(diagnostics)
    }

    init(result: Reconciler.Result, diagnostics: [Diagnostic]) {
        self.result = result
        self.diagnostics = diagnostics
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        result = try archive.read()
        diagnostics = try archive.read()
    }
}
