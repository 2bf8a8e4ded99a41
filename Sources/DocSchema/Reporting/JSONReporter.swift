import Foundation

/// The `json` format of `check`: every finding with its place, rule, severity and fingerprint,
/// and the counts. Paths are relative to the report root.
public enum JSONReporter {
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

    public static func render(_ report: CheckReport) throws -> Data {
        let paths = report.paths
        let findings = zip(report.findings, report.fingerprints).map { finding, print in
            Finding(
                rule: finding.rule.rawValue, severity: finding.severity.rawValue, message: finding.message,
                file: paths.display(finding.location.file), line: finding.location.line, column: finding.location.column,
                fingerprint: print,
                related: finding.related.isEmpty ? nil : finding.related.map {
                    Related(file: paths.display($0.location.file), line: $0.location.line, column: $0.location.column, message: $0.message)
                })
        }
        let summary = Summary(
            errors: report.count(.error), warnings: report.count(.warning), notes: report.count(.note),
            hiddenByBaseline: report.hiddenByBaseline)
        return try StableJSON.encode(Document(findings: findings, summary: summary))
    }
}
