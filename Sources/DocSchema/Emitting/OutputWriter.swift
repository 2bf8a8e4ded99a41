import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes output all at once: to standard output, or to a file replaced atomically (see
/// ``AtomicFile``), so an interrupted run never leaves half a file behind.
public enum OutputWriter {
    public enum Failure: Error, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
            }
        }

        /// The failure as a finding at the output's path, so that standard error holds nothing
        /// but diagnostics.
        public var diagnostic: Diagnostic {
            switch self {
            case .cannotWrite(let path, let reason):
                Diagnostic(.outputUnwritable, "cannot write: \(reason)", at: SourceLocation(file: path, line: 1, column: 1))
            }
        }
    }

    public static func write(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        try AtomicFile.write(data, to: path)
    }

    /// Writes `pieces` one after another, as ``write(_:to:)`` writes one buffer: handed to the
    /// system in batches, never joined into one buffer here.
    public static func write(pieces: [[UInt8]], to path: String?) throws {
        guard let path, path != "-" else {
            try AtomicFile.writeAll(pieces, to: STDOUT_FILENO, reportedAs: "-")
            return
        }
        try AtomicFile.write(pieces: pieces, to: path)
    }
}

/// The JSON encoder every output uses: sorted keys and stable formatting, so that the same
/// input gives the same bytes on every run.
public enum StableJSON {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
