import ArgumentParser
import DocSchema
import Foundation

/// How a command reports diagnostics and when they make it fail; shared by every command.
struct DiagnosticOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, none
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, note, never

        var severity: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .note: .note
            case .never: nil
            }
        }
    }

    @Option(name: .long, help: "How to report diagnostics on standard error: text, json or none.")
    var diagnostics: Format = .text

    @Option(name: .long, help: "Exit with 1 when a diagnostic is at least this severe: error, warning, note or never.")
    var failOn: FailOn = .error

    /// Writes the diagnostics to standard error in the chosen format.
    func report(_ list: [Diagnostic]) {
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

    /// Reports the diagnostics, then exits with 1 when one reaches `--fail-on`.
    func finish(with list: [Diagnostic]) throws {
        report(list)
        if let threshold = failOn.severity, list.contains(where: { $0.severity >= threshold }) {
            throw ExitCode(1)
        }
    }

    /// Reports `findings`, then `failure`, and ends the command with exit code 2. `--diagnostics
    /// none` silences the findings, not the failure: the command did not do what it was asked.
    func exit(reporting failure: Diagnostic, after findings: [Diagnostic]) -> ExitCode {
        if diagnostics == .none {
            return fail(failure)
        }
        report(findings + [failure])
        return ExitCode(2)
    }

    /// Lists the input files; a path that does not exist ends the command with exit code 2.
    func inputFiles(_ paths: [String]) throws -> [String] {
        let listing = InputFiles.list(paths)
        if !listing.failures.isEmpty {
            report(listing.failures)
            throw ExitCode(2)
        }
        return listing.files
    }
}

/// Ends a command with exit code 2 after saying why on standard error, as a diagnostic like
/// any other, so that tools reading standard error need only one format.
func fail(_ diagnostic: Diagnostic) -> ExitCode {
    FileHandle.standardError.write(Data(TextReporter.render([diagnostic]).utf8))
    return ExitCode(2)
}

/// The diagnostic of an output that could not be written.
func unwritable(_ error: any Error, path: String) -> Diagnostic {
    (error as? OutputWriter.Failure)?.diagnostic
        ?? Diagnostic(.outputUnwritable, "cannot write: \(error)", at: SourceLocation(file: path, line: 1, column: 1))
}

extension APIVersion: ExpressibleByArgument {}
