import Foundation
import Testing

/// `--incremental`: reused facts give the same bytes as a cold run, and only changed pages are read.
@Suite struct IncrementalTests {
    let commandLine = CommandLineTests()

    /// The seeds copied to a folder of their own, and a cache folder beside them.
    private func workspace() throws -> (pages: URL, cache: String) {
        let folder = try commandLine.temporaryFolder()
        let pages = folder.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        for seed in Package.seeds {
            let name = URL(fileURLWithPath: seed).lastPathComponent
            try FileManager.default.copyItem(atPath: seed, toPath: pages.appendingPathComponent(name).path)
        }
        return (pages, folder.appendingPathComponent("cache").path)
    }

    private func extract(_ pages: URL, cache: String?) throws -> CommandLineTests.Run {
        let caching = cache.map { ["--incremental", $0, "--cache-stats"] } ?? []
        return try commandLine.run(["extract", pages.path, "--format", "json", "--diagnostics", "json"] + caching)
    }

    @Test func secondRunReadsNothingAndWritesTheSameBytes() throws {
        let (pages, cache) = try workspace()
        let cold = try extract(pages, cache: nil)
        let first = try extract(pages, cache: cache)
        let second = try extract(pages, cache: cache)
        #expect(first.errors.contains("docschema: 0 pages from the cache, 5 read"))
        #expect(second.errors.contains("docschema: 5 pages from the cache, 0 read"))
        #expect(first.output == cold.output && second.output == cold.output)
        // The diagnostics too, which follow the statistics line.
        #expect(!cold.errors.isEmpty && second.errors.hasSuffix(cold.errors))
        #expect(first.status == cold.status && second.status == cold.status)
    }

    @Test func anEditedPageIsTheOnlyOneRead() throws {
        let (pages, cache) = try workspace()
        _ = try extract(pages, cache: cache)
        let page = try #require(try FileManager.default.contentsOfDirectory(at: pages, includingPropertiesForKeys: nil)
            .first { $0.lastPathComponent.hasPrefix("003") })
        var text = try String(contentsOf: page, encoding: .utf8)
        text = text.replacingOccurrences(of: "## Permissions", with: "## Permissions\n\nEdited.")
        try text.write(to: page, atomically: true, encoding: .utf8)
        let cached = try extract(pages, cache: cache)
        let cold = try extract(pages, cache: nil)
        #expect(cached.errors.contains("docschema: 4 pages from the cache, 1 read"))
        #expect(cached.output == cold.output)
    }

    @Test func checkAndGenerateReuseTheSameCache() throws {
        let (pages, cache) = try workspace()
        let cold = try commandLine.run(["check", pages.path, "--format", "json"])
        _ = try commandLine.run(["check", pages.path, "--format", "json", "--incremental", cache])
        let cached = try commandLine.run(["check", pages.path, "--format", "json", "--incremental", cache, "--cache-stats"])
        #expect(cached.errors.contains("docschema: 5 pages from the cache, 0 read"))
        #expect(cached.output == cold.output && cached.status == cold.status)
        let models = pages.deletingLastPathComponent().appendingPathComponent("Models.swift").path
        let generated = try commandLine.run(["generate", pages.path, "-o", models, "--quiet", "--incremental", cache, "--cache-stats"])
        #expect(generated.errors.contains("docschema: 5 pages from the cache, 0 read"))
    }

    @Test func aDamagedCacheIsIgnoredAndReplaced() throws {
        let (pages, cache) = try workspace()
        let cold = try extract(pages, cache: nil)
        _ = try extract(pages, cache: cache)
        let pack = URL(fileURLWithPath: cache).appendingPathComponent("facts.pack")
        var bytes = try Data(contentsOf: pack)
        bytes.replaceSubrange(bytes.count / 2..<bytes.count, with: Data("garbage".utf8))
        try bytes.write(to: pack)
        let damaged = try extract(pages, cache: cache)
        #expect(damaged.output == cold.output)
        #expect(damaged.errors.contains("docschema: 0 pages from the cache, 5 read"))
        #expect(try extract(pages, cache: cache).errors.contains("docschema: 5 pages from the cache, 0 read"))
    }

    @Test func aCacheFolderThatCannotBeMadeIsAUsageError() throws {
        let (pages, _) = try workspace()
        let file = pages.appendingPathComponent("not-a-folder")
        try Data().write(to: file)
        let result = try extract(pages, cache: file.appendingPathComponent("cache").path)
        #expect(result.status == 2)
        #expect(result.errors.contains("cannot create the cache folder") && result.errors.contains("[output-unwritable]"))
        #expect(result.output.isEmpty)
    }
}
