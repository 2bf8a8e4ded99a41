import ArgumentParser
import DocSchema
import Foundation

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check documentation pages for consistency: tables, examples, enum lists, versions.",
        discussion: """
            PATHS are files or folders of pages, as for `extract`. Check the whole \
            documentation set at once: rules compare pages with each other (an example with \
            the tables of its type, v1.0 with beta), and a type nothing in the input documents \
            is reported as unknown.

            Findings go to standard output (or -o FILE); a summary goes to standard error. \
            `--list-rules` describes every rule.

            Formats:
              text    file:line:col: severity: message [rule-id], coloured on a terminal
              json    findings with rule, severity, place and fingerprint; see README
              sarif   SARIF 2.1.0, URIs relative to the repository root
              github  GitHub Actions annotations, errors first, then a summary

            Exit codes: 0 no finding at or above --fail-on; 1 some; 2 a usage error or an \
            input that cannot be read.

            Examples:
              docschema check docs/api-reference
              docschema check docs/ --format sarif -o docschema.sarif
              docschema check docs/ --format github --fail-on warning
              docschema check docs/ --rule version-drift=off --rule placeholder-text=error
              docschema check docs/ --write-baseline .docschema-baseline.json
              docschema check docs/ --baseline .docschema-baseline.json
              docschema check --list-rules
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, note
    }

    @Argument(help: "Page files or folders of pages.")
    var paths: [String] = []

    @Option(name: .long, help: "Output format: text, json, sarif or github.")
    var format: Format = .text

    @Option(name: .long, help: "Exit with 1 when a finding is at least this severe: error, warning or note.")
    var failOn: FailOn = .error

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .long, help: "Hide the findings recorded in this baseline file.")
    var baseline: String?

    @Option(name: .long, help: "Record every finding of this run in this baseline file, then exit 0.")
    var writeBaseline: String?

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Set a rule's severity, or turn it off: ID=off|note|warning|error. Repeatable.", valueName: "ID=level"))
    var rule: [String] = []





    @OptionGroup var reportOptions: ReportOptions

    @OptionGroup var limits: LimitOptions

    @OptionGroup var caching: CacheOptions

    @Flag(name: .long, help: "No progress line on a terminal, and no summary on standard error: nothing there but diagnostics.")
    var quiet = false

    @Flag(name: .long, help: "List every rule with its default severity and description, then exit.")
    var listRules = false

    func validate() throws {
        if !listRules && paths.isEmpty { throw ValidationError("Give at least one page or folder to check.") }
        _ = try settings()
    }

    func run() async throws {
        if listRules {
            FileHandle.standardOutput.write(Data(Self.ruleList().utf8))
            return
        }
        Pipeline.leaveLargeValuesToExit()
        let paths = reportOptions.paths
        let listing = InputFiles.list(self.paths)
        var findings = listing.failures
        let accepted = try baseline.map { path in
            do {
                return try Baseline.read(from: path)
            } catch {
                throw fail(Diagnostic(.inputUnreadable, "\(error)", at: SourceLocation(file: path, line: 1, column: 1)))
            }
        }
        let cache = try caching.open()
        let progress = ProgressLine(total: listing.files.count, quiet: quiet)
        findings += await Checker.check(
            files: listing.files, options: ExtractionOptions(defaultVersion: reportOptions.defaultVersion, limits: limits.inputLimits),
            cache: cache,
            progress: progress.callback)
        progress.finish()
        caching.save(cache)
        findings = try settings().apply(to: findings.sorted())

        if let writeBaseline {
            let data = try StableJSON.encode(Baseline(CheckReport(findings: findings, paths: paths)))
            do { try OutputWriter.write(data, to: writeBaseline) } catch { throw fail(unwritable(error, path: writeBaseline)) }
            if !quiet { FileHandle.standardError.write(Data("docschema: wrote \(findings.count) findings to \(writeBaseline)\n".utf8)) }
            return
        }

        let report = CheckReport(findings: findings, paths: paths, baseline: accepted)
        let data: Data
        switch format {
        case .text:
            data = Data(TextReporter.render(report.findings, colored: reportOptions.output == nil && Terminal.colorsStandardOutput).utf8)
        case .json:
            data = try JSONReporter.render(report)
        case .sarif:
            data = try SARIFReporter.render(report, rules: Checker.rules, toolVersion: DocSchemaCommand.configuration.version)
        case .github:
            data = Data(GitHubReporter.render(report, limit: reportOptions.maxAnnotations).utf8)
        }
        try reportOptions.write(data)
        if format != .github && !quiet { FileHandle.standardError.write(Data("docschema: \(report.summary)\n".utf8)) }

        if report.findings.contains(where: { Checker.inputRules.contains($0.rule) }) { throw ExitCode(2) }
        let threshold: Severity = switch failOn {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
        if report.findings.contains(where: { $0.severity >= threshold }) { throw ExitCode(1) }
    }

    /// The `--rule` options as settings; a malformed one is a usage error.
    private func settings() throws -> RuleSettings {
        var settings = RuleSettings(isStrict: strict)
        for option in rule {
            let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let id = RuleID(rawValue: parts[0]), Checker.rule(id) != nil else {
                let known = Checker.rules.map(\.id.rawValue).joined(separator: ", ")
                throw ValidationError("--rule \(option): expected ID=off|note|warning|error, where ID is one of: \(known)")
            }
            switch parts[1] {
            case "off": settings.overrides[id] = .some(nil)
            case let level:
                guard let severity = Severity(rawValue: level) else {
                    throw ValidationError("--rule \(option): the level must be off, note, warning or error")
                }
                settings.overrides[id] = severity
            }
        }
        return settings
    }

    /// `--list-rules`: each rule's id, default severity, summary and explanation.
    static func ruleList() -> String {
        var out = ""
        for rule in Checker.rules {
            out += "\(rule.id.rawValue) (\(rule.id.defaultSeverity.rawValue))\n"
            out += "  \(rule.summary)\n"
            out += wrapped(rule.explanation, indent: "    ", width: 100) + "\n"
        }
        return out
    }

    private static func wrapped(_ text: String, indent: String, width: Int) -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width, line != indent {
                lines.append(line)
                line = indent
            }
            line += (line == indent ? "" : " ") + word
        }
        if line != indent { lines.append(line) }
        return lines.joined(separator: "\n") + "\n"
    }
}
