import ArgumentParser
import DocSchema
import Foundation

/// Where a report goes and how its paths are written; shared by `check` and `diff`.
struct ReportOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "With --format github, write at most this many annotations (GitHub shows only so many).")
    var maxAnnotations: Int = GitHubReporter.defaultLimit

    @Option(name: .long, help: "The folder report paths are relative to (default: the git repository around the current folder).")
    var sourceRoot: String?

    @Option(name: .long, help: "API version of pages that give no sign of their own (v1.0 or beta).")
    var defaultVersion: APIVersion = .v1

    var paths: ReportPaths { ReportPaths(root: sourceRoot) }

    /// Writes the report; a failure to write ends the command with exit code 2.
    func write(_ data: Data) throws {
        do { try OutputWriter.write(data, to: output) } catch { throw fail(unwritable(error, path: output ?? "-")) }
    }
}
