import DocSchema
import Foundation
import Testing

/// `JSONReporter` writes by hand what `JSONEncoder` writes for the report's `Encodable` form;
/// this suite holds the two byte for byte equal.
@Suite("JSON reporter")
struct JSONReporterTests {
    /// The report as `Encodable` values, which `StableJSON.encode` writes.
    struct Document: Encodable {
        let format = 1
        var findings: [Finding]
        var summary: Summary
    }

    struct Finding: Encodable {
        var rule: String
        var severity: String
        var message: String
        var file: String
        var line: Int
        var column: Int
        var fingerprint: String
        var related: [Related]?
    }

    struct Related: Encodable {
        var file: String
        var line: Int
        var column: Int
        var message: String
    }

    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var notes: Int
        var hiddenByBaseline: Int
    }

    func encoded(_ report: CheckReport) throws -> Data {
        let findings = zip(report.findings, report.fingerprints).map { finding, print in
            Finding(
                rule: finding.rule.rawValue, severity: finding.severity.rawValue, message: finding.message,
                file: report.paths.display(finding.location.file), line: finding.location.line, column: finding.location.column,
                fingerprint: print,
                related: finding.related.isEmpty ? nil : finding.related.map {
                    Related(file: report.paths.display($0.location.file), line: $0.location.line, column: $0.location.column, message: $0.message)
                })
        }
        let summary = Summary(
            errors: report.count(.error), warnings: report.count(.warning), notes: report.count(.note), hiddenByBaseline: report.hiddenByBaseline)
        return try StableJSON.encode(Document(findings: findings, summary: summary))
    }

    @Test("findings with quotes, backslashes, control characters, other scripts and related places; paths in and outside the root")
    func sameAsEncoder() throws {
        let paths = ReportPaths(root: "/repo", currentFolder: "/repo")
        let related = Diagnostic.Related(location: SourceLocation(file: "/elsewhere/b.md", line: 2, column: 5), message: "documented \"here\"")
        let findings = [
            Diagnostic(.placeholderText, "placeholder text 'TODO' left in the page", at: SourceLocation(file: "docs/a.md", line: 3, column: 1)),
            Diagnostic(.jsonInvalid, "bad \\ value \"x\"\n\ttab \u{1} / slash — тире", at: SourceLocation(file: "docs/a.md", line: 9, column: 12)),
            Diagnostic(.typeConflict, "two types", at: SourceLocation(file: "/repo/docs/c.md", line: 1, column: 1), related: [related, related]),
        ]
        let report = CheckReport(findings: findings, paths: paths)
        #expect(try JSONReporter.render(report) == encoded(report))
        let hidden = CheckReport(findings: findings, paths: paths, baseline: Baseline(CheckReport(findings: [findings[0]], paths: paths)))
        #expect(hidden.hiddenByBaseline == 1)
        #expect(try JSONReporter.render(hidden) == encoded(hidden))
    }

    @Test("a report without findings")
    func empty() throws {
        let report = CheckReport(findings: [], paths: ReportPaths(root: "/repo", currentFolder: "/repo"))
        #expect(try JSONReporter.render(report) == encoded(report))
    }
}
