import ArgumentParser
import DocSchema
import Foundation

struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate Swift models (Codable structs and open enums) from documentation pages.",
        discussion: """
            PATHS are files or folders of pages, as for `extract`. The pages are reconciled into one \
            schema and emitted as Swift that needs only Foundation.

            With -o DIR, each type gets its own file, plus GraphSupport.swift. Only files whose \
            contents change are written, and files an earlier run generated that are no longer \
            made are removed; other files in DIR are left alone. DIR changes all at once: the \
            new folder is built beside it and swapped in, so a run that fails (exit 2) leaves \
            DIR as it was.
            With -o FILE.swift, everything goes into that one file (as the build-tool plugin does), \
            written to a temporary file and renamed over it.

            Source paths in doc comments are written relative to the current folder, or to --source-root.

            Examples:
              docschema generate seeds -o Generated
              docschema generate docs/api-reference/v1.0 --api-version v1.0 -o Sources/Models
              docschema generate docs/ --access-level internal -o Models.swift
            """
    )

    enum VersionChoice: String, ExpressibleByArgument, CaseIterable {
        case v1 = "v1.0"
        case beta
        case all

        /// The one version to keep, or nil for all of them.
        var version: APIVersion? {
            switch self {
            case .v1: .v1
            case .beta: .beta
            case .all: nil
            }
        }
    }

    @Argument(help: "Page files or folders of pages.")
    var paths: [String]

    @Option(name: [.short, .customLong("output")], help: "The folder to write (one file per type), or a .swift file (everything in one).")
    var output: String

    @Option(name: .long, help: "Generate for v1.0, beta, or all (one model of every version, with availability in the doc comments).")
    var apiVersion: VersionChoice = .all

    @Option(name: .long, help: "Access level of the generated declarations: public or internal.")
    var accessLevel: SwiftGenerator.Options.AccessLevel = .public

    @Option(name: .long, help: "API version of pages that give no sign of their own (v1.0 or beta).")
    var defaultVersion: APIVersion = .v1

    @Option(name: .long, help: "Write source paths in doc comments relative to this folder (default: the current folder).")
    var sourceRoot: String?

    @Flag(name: .long, help: "Do not print which files were written and removed, nor a progress line.")
    var quiet = false

    @OptionGroup var limits: LimitOptions

    @OptionGroup var reporting: DiagnosticOptions

    @OptionGroup var caching: CacheOptions

    func run() async throws {
        Pipeline.leaveLargeValuesToExit()
        let files = try reporting.inputFiles(paths)
        let cache = try caching.open()
        let progress = ProgressLine(total: files.count, quiet: quiet)
        let extraction = ExtractionOptions(defaultVersion: defaultVersion, limits: limits.inputLimits)
        let (reconciled, diagnostics) = await Pipeline.reconcile(
            files: files, options: extraction, version: apiVersion.version, cache: cache, documentation: false,
            progress: progress.callback)
        progress.finish()
        caching.save(cache)
        var findings = diagnostics
        let options = SwiftGenerator.Options(accessLevel: accessLevel, sourceRoot: sourceRoot ?? FileManager.default.currentDirectoryPath)
        let isSingleFile = output.hasSuffix(".swift")
        let layout: SwiftGenerator.Layout = isSingleFile ? .singleFile(output) : .filePerType
        let generated = SwiftGenerator.generate(reconciled.schema, options: options, layout: layout)
        findings += generated.diagnostics

        do {
            if isSingleFile, let file = generated.files.first {
                try OutputWriter.write(Data(file.contents.utf8), to: output)
                if !quiet { print("wrote \(output): \(reconciled.schema.types.count) types") }
            } else {
                let summary = try GeneratedFolder.write(generated.files, to: output, header: SwiftGenerator.header)
                if !quiet {
                    print("\(output): \(summary.written.count) written, \(summary.unchanged.count) unchanged, \(summary.removed.count) removed")
                }
            }
        } catch {
            throw reporting.exit(reporting: unwritable(error, path: output), after: findings)
        }
        try reporting.finish(with: findings)
    }
}

extension SwiftGenerator.Options.AccessLevel: ExpressibleByArgument {}
