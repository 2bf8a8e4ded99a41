import ArgumentParser
import DocSchema
import Foundation

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract facts or a schema from documentation pages.",
        discussion: """
            PATHS are files (read whatever their extension) or folders (searched recursively for *.md).

            Formats:
              json   what each page says (PageFacts), one entry per page, in input order

            Diagnostics go to standard error as `path:line:col: severity: message [rule-id]`.

            Examples:
              docschema extract seeds/000_1aa926eb7feb5b56.txt
              docschema extract ../shared/corpus/en-2021-07/v1.0 --format json -o facts.json --diagnostics none
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    enum DiagnosticsFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, none
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, note, never
    }

    @Argument(help: "Page files or folders of pages.")
    var paths: [String]

    @Option(name: .long, help: "What to write: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .json

    @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "API version of pages that give no sign of their own (v1.0 or beta).")
    var defaultVersion: APIVersion = .v1

    @Option(name: .long, help: "How to report diagnostics on standard error: text, json or none.")
    var diagnostics: DiagnosticsFormat = .text

    @Option(name: .long, help: "Exit with 1 when a diagnostic is at least this severe: error, warning, note or never.")
    var failOn: FailOn = .error

    func run() async throws {
        let listing = InputFiles.list(paths)
        if !listing.failures.isEmpty {
            report(listing.failures)
            throw ExitCode(2)
        }
        let options = ExtractionOptions(defaultVersion: defaultVersion)
        let pages = await Pipeline.extract(files: listing.files, options: options)
        let allDiagnostics = pages.flatMap(\.diagnostics)

        let data: Data
        switch format {
        case .json:
            data = try StableJSON.encode(FactsDocument(pages: pages))
        }
        do {
            try OutputWriter.write(data, to: output)
        } catch {
            FileHandle.standardError.write(Data("docschema: \(error)\n".utf8))
            throw ExitCode(2)
        }
        report(allDiagnostics)
        if let threshold = failOn.severity, allDiagnostics.contains(where: { $0.severity >= threshold }) {
            throw ExitCode(1)
        }
    }

    private func report(_ list: [Diagnostic]) {
        guard !list.isEmpty else { return }
        switch diagnostics {
        case .none:
            return
        case .text:
            FileHandle.standardError.write(Data(TextReporter.render(list).utf8))
        case .json:
            if let data = try? StableJSON.encode(list) { FileHandle.standardError.write(data) }
        }
    }
}

/// The `facts` output: a format number, then every page's facts.
struct FactsDocument: Encodable {
    let format = 1
    let pages: [PageFacts]
}

extension ExtractCommand.FailOn {
    var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .note: .note
        case .never: nil
        }
    }
}

extension APIVersion: ExpressibleByArgument {}
