import Foundation
import Testing

/// Reference files: committed outputs that a test compares against, after SwiftGen and
/// swift-openapi-generator. `RECORD=1 swift test` writes them anew; a mismatch prints a
/// unified diff and the command that refreshes the file.
enum Reference {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD"] == "1" }

    static func check(_ actual: Data, against relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Package.root.appendingPathComponent(relativePath)
        if isRecording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing reference \(relativePath); run `RECORD=1 swift test` to create it", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        Issue.record("""
            output differs from \(relativePath); if the change is intended, run `RECORD=1 swift test`:
            \(unifiedDiff(expected: url, actual: actual))
            """, sourceLocation: sourceLocation)
    }

    private static func unifiedDiff(expected: URL, actual: Data) -> String {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("actual-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        guard (try? actual.write(to: temporary)) != nil else { return "(cannot write the actual output)" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["diff", "-u", expected.path, temporary.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return "(diff is not available)" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.prefix(200).joined(separator: "\n")
    }
}
