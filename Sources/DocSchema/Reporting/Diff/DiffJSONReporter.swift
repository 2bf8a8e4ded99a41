import Foundation

/// The `json` format of `diff`, as the README documents it:
/// `{"findings":[{"rule","level","subject","version","wire","swift","old":{file,line},"new":{file,line},"message","fingerprint"}],"summary":{…}}`.
/// Paths are relative to the report root; a side with no place is `null`.
public enum DiffJSONReporter {
    struct Document: Encodable {
        let format = 1
        var findings: [DiffFinding]
        var summary: Summary
    }

    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var info: Int
        var notes: Int
        var hidden: Int
    }

    public static func render(_ report: DiffReport) throws -> Data {
        let findings = report.findings.map { finding in
            var relative = finding
            relative.old = finding.old.map { DiffFinding.Place(file: report.paths.display($0.file), line: $0.line) }
            relative.new = finding.new.map { DiffFinding.Place(file: report.paths.display($0.file), line: $0.line) }
            return relative
        }
        let summary = Summary(errors: report.count(.error), warnings: report.count(.warning), info: report.count(.info),
                              notes: report.count(.note), hidden: report.hidden)
        return try StableJSON.encode(Document(findings: findings, summary: summary))
    }
}
