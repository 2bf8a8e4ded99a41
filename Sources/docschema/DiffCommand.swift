import ArgumentParser
import DocSchema
import Foundation

struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Say what changed between two documentation states, and what each change breaks.",
        discussion: """
            OLD and NEW are each a page, a folder of pages, or a schema saved with \
            `docschema extract --format json`. With --git-range A..B, both sides are read from git \
            (`git ls-tree` and `git cat-file`) under PATHS, without checking anything out.

            Each API version is compared with the same version on the other side; a side that \
            documents only v1.0 against one that documents only beta is compared as two revisions \
            of one page. Each finding says whether a JSON client breaks (wire) and whether callers \
            of regenerated Swift models break (swift). Beta findings are one level lower \
            (error → warning → info) unless --strict-beta. `--list-rules` describes every rule.

            Levels, most severe first: error, warning, info, note. Findings below --level \
            (default info) are not shown; description changes are notes.

            Formats:
              text      path:line: level: message [rule-id] (version; wire, swift)
              json      {"findings":[{rule, level, subject, version, wire, swift, old, new, message, fingerprint}]}
              markdown  a table per level, for a pull-request comment
              github    GitHub Actions annotations, errors first, then a summary
              sarif     SARIF 2.1.0, URIs relative to the repository root

            Exit codes: 0 no shown finding at or above --fail-on (default error); 1 some; 2 a usage \
            error or an input that cannot be read.

            Examples:
              docschema diff old/user.md new/user.md
              docschema diff v1.0-schema.json docs/api-reference --format markdown -o comment.md
              docschema diff --git-range origin/main..HEAD api-reference/ --format github
              docschema diff old/ new/ --fail-on warning --strict-beta
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, github, sarif
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info

        var level: DiffLevel {
            switch self {
            case .error: .error
            case .warning: .warning
            case .info: .info
            }
        }
    }

    @Argument(help: ArgumentHelp("OLD and NEW; with --git-range, the paths to compare (default: the current folder).", valueName: "paths"))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("Read both sides from git: OLD..NEW revisions.", valueName: "A..B"))
    var gitRange: String?

    @Option(name: .long, help: "Output format: text, json, markdown, github or sarif.")
    var format: Format = .text

    @Option(name: .long, help: "Exit with 1 when a shown finding is at least this level: error, warning or info.")
    var failOn: FailOn = .error

    @Option(name: .long, help: "Show findings at or above this level: note, info, warning or error.")
    var level: DiffLevel = .info

    @Flag(name: .long, help: "Keep beta findings at their v1.0 level instead of one lower.")
    var strictBeta = false





    @OptionGroup var reportOptions: ReportOptions

    @OptionGroup var limits: LimitOptions

    @Flag(name: .long, help: "List every diff rule with its level and impact, then exit.")
    var listRules = false

    func validate() throws {
        if listRules { return }
        if let gitRange {
            guard GitRevision.range(gitRange) != nil else {
                throw ValidationError("--git-range \(gitRange): expected A..B, two revisions separated by '..'")
            }
        } else if paths.count != 2 {
            throw ValidationError("Give OLD and NEW (a page, a folder or a saved schema each), or --git-range A..B PATHS.")
        }
    }

    func run() async throws {
        if listRules {
            FileHandle.standardOutput.write(Data(Self.ruleList().utf8))
            return
        }
        let options = ExtractionOptions(defaultVersion: reportOptions.defaultVersion, limits: limits.inputLimits)
        let (old, new) = try await sides(options)
        let findings = SchemaDiff.diff(old, new, options: .init(strictBeta: strictBeta))
        let report = DiffReport(findings: findings, level: level, paths: reportOptions.paths)
        let data: Data
        switch format {
        case .text: data = Data(DiffTextReporter.render(report).utf8)
        case .json: data = try DiffJSONReporter.render(report)
        case .markdown: data = Data(DiffMarkdownReporter.render(report).utf8)
        case .github: data = Data(DiffGitHubReporter.render(report, limit: reportOptions.maxAnnotations).utf8)
        case .sarif: data = try DiffSARIFReporter.render(report, toolVersion: DocSchemaCommand.configuration.version)
        }
        try reportOptions.write(data)
        if format != .github && format != .markdown {
            FileHandle.standardError.write(Data("docschema: \(report.summary)\n".utf8))
        }
        if report.findings.contains(where: { $0.level >= failOn.level }) { throw ExitCode(1) }
    }

    /// Reads both sides; an input that cannot be read ends the command with exit code 2.
    private func sides(_ options: ExtractionOptions) async throws -> (DiffSide, DiffSide) {
        let loaded: (DiffInput.Loaded, DiffInput.Loaded)
        if let gitRange, let range = GitRevision.range(gitRange) {
            let scope = paths.isEmpty ? ["."] : paths
            do {
                loaded = (DiffInput.load(try GitRevision.files(at: range.old, paths: scope), options: options),
                          DiffInput.load(try GitRevision.files(at: range.new, paths: scope), options: options))
            } catch {
                throw fail(Diagnostic(.inputUnreadable, "\(error)", at: SourceLocation(file: scope[0], line: 1, column: 1)))
            }
        } else {
            loaded = (await DiffInput.load(paths[0], options: options), await DiffInput.load(paths[1], options: options))
        }
        let failures = loaded.0.failures + loaded.1.failures
        guard let old = loaded.0.side, let new = loaded.1.side, failures.isEmpty else {
            FileHandle.standardError.write(Data(TextReporter.render(failures.sorted()).utf8))
            throw ExitCode(2)
        }
        return (old, new)
    }

    /// `--list-rules`: each rule's id, level, impact and trigger.
    static func ruleList() -> String {
        DiffRule.allCases.map { rule in
            "\(rule.rawValue) (\(rule.defaultLevel.rawValue); wire: \(rule.wire.rawValue), swift: \(rule.swift.rawValue))\n  \(rule.summary)\n"
        }.joined()
    }
}

extension DiffLevel: ExpressibleByArgument {}
