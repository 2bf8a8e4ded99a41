import ArgumentParser
import DocSchema
import Foundation

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract a schema (or the facts of each page) from documentation pages.",
        discussion: """
            PATHS are files (read whatever their extension) or folders (searched recursively for *.md).

            Formats:
              json   the reconciled schema of every version, with availability and provenance
              csdl   OData CSDL 4.0 XML for one version (--api-version, default v1.0)
              facts  what each page says (PageFacts), one entry per page, in input order

            Diagnostics go to standard error as `path:line:col: severity: message [rule-id]`.

            Examples:
              docschema extract seeds/*.txt
              docschema extract ../shared/corpus/en-2021-07/v1.0 --format csdl --api-version v1.0 -o v1.xml
              docschema extract ../shared/corpus/ru-sxs-2021-08/v1.0 --format csdl --locale ru-RU -o ru.xml
              docschema extract docs/ --format facts --diagnostics json --fail-on warning
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csdl, facts
    }

    @Argument(help: "Page files or folders of pages.")
    var paths: [String]

    @Option(name: .long, help: "What to write: json (schema), csdl (one version's XML) or facts (per page).")
    var format: Format = .json

    @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Only pages of this API version (v1.0 or beta); csdl defaults to v1.0.")
    var apiVersion: APIVersion?

    @Option(name: .long, help: "API version of pages that give no sign of their own (v1.0 or beta).")
    var defaultVersion: APIVersion = .v1

    @Option(name: .long, help: "Language of descriptions: en-US, or the locale of side-by-side pages (such as ru-RU).")
    var locale: String = "en-US"

    @OptionGroup var limits: LimitOptions

    @OptionGroup var reporting: DiagnosticOptions

    @OptionGroup var caching: CacheOptions

    @Flag(name: .long, help: "No progress line on a terminal.")
    var quiet = false

    var wantsLocalized: Bool { !locale.lowercased().hasPrefix("en") }

    func run() async throws {
        Pipeline.leaveLargeValuesToExit()
        let files = try reporting.inputFiles(paths)
        let options = ExtractionOptions(
            defaultVersion: defaultVersion, localizedDescriptions: wantsLocalized, limits: limits.inputLimits)
        let cache = try caching.open()
        let progress = ProgressLine(total: files.count, quiet: quiet)
        // CSDL is always one version's (v1.0 unless asked); the other formats keep every version unless asked.
        let version = format == .csdl ? apiVersion ?? .v1 : apiVersion
        let findings: [Diagnostic]
        let written: Output
        switch format {
        case .facts:
            var pages = await Pipeline.extract(files: files, options: options, cache: cache, progress: progress.callback)
            progress.finish()
            findings = pages.flatMap(\.diagnostics)
            if let version { pages = pages.filter { $0.apiVersion == version } }
            written = .data(try StableJSON.encode(FactsDocument(pages: pages)))
            Pipeline.letGo(pages)
        case .json, .csdl:
            // The schema alone is written: what tables document, for `check`, is not built.
            let (result, diagnostics) = await Pipeline.reconcile(
                files: files, options: options, version: version, cache: cache, documentation: false, progress: progress.callback)
            progress.finish()
            findings = diagnostics
            written = format == .json
                ? .pieces(SchemaJSONWriter.pieces(result.schema))
                : .data(Data(CSDLWriter.write(result.schema, options: .init(localizedDescriptions: wantsLocalized)).utf8))
            Pipeline.letGo(result)
        }
        caching.save(cache)
        do {
            switch written {
            case .data(let data): try OutputWriter.write(data, to: output)
            case .pieces(let pieces): try OutputWriter.write(pieces: pieces, to: output)
            }
            Pipeline.letGo(written)
        } catch {
            throw reporting.exit(reporting: unwritable(error, path: output ?? "-"), after: findings)
        }
        try reporting.finish(with: findings)
    }
}

/// What `extract` writes: the schema's JSON in pieces, handed to the system as they are; the
/// other outputs in one buffer.
private enum Output {
    case data(Data)
    case pieces([[UInt8]])
}

/// The `facts` output: a format number, then every page's facts.
struct FactsDocument: Encodable {
    let format = 1
    let pages: [PageFacts]
}
