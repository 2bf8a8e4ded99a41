import ArgumentParser
import DocSchema
import Foundation

/// `--incremental DIR`, shared by the commands that read pages.
struct CacheOptions: ParsableArguments {
    @Option(name: .customLong("incremental"), help: ArgumentHelp(
        "Keep each page's facts in this folder, by content, and reuse them on later runs.",
        discussion: "A page whose bytes, path and options are unchanged, read by the same docschema build, is not parsed again.",
        valueName: "cache-dir"))
    var directory: String?

    @Flag(name: .customLong("cache-stats"), help: "With --incremental, say on standard error how many pages came from the cache and how many were read.")
    var printsStatistics = false

    /// The cache, when asked for; a folder that cannot be made is a usage error (exit 2).
    func open() throws -> FactsCache? {
        guard let directory else { return nil }
        do { return try FactsCache(directory: directory) } catch { throw fail(error) }
    }

    /// Saves what this run added. A cache that cannot be written costs the next run time, not
    /// this run its result, so it is reported as a warning and the run goes on.
    func save(_ cache: FactsCache?) {
        guard let cache else { return }
        do {
            try cache.save()
        } catch {
            var warning = error
            warning.severity = .warning
            FileHandle.standardError.write(Data(TextReporter.render([warning]).utf8))
        }
        if printsStatistics {
            let statistics = cache.statistics
            FileHandle.standardError.write(Data(
                "docschema: \(statistics.hits) pages from the cache, \(statistics.misses) read (\(cache.path))\n".utf8))
        }
    }
}
