/// `diff` findings as GitHub Actions annotations on the new file (the old one for what is
/// gone): errors first, at most `limit`, then a `::notice` summary with the count not shown.
public enum DiffGitHubReporter {
    public static func render(_ report: DiffReport, limit: Int = GitHubReporter.defaultLimit) -> String {
        var out = ""
        for finding in report.findings.prefix(max(0, limit)) {
            let command = switch finding.level {
            case .error: "error"
            case .warning: "warning"
            case .info, .note: "notice"
            }
            out += "::\(command) "
            if let place = finding.place {
                out += "file=\(GitHubReporter.property(report.paths.display(place.file))),line=\(place.line),"
            }
            out += "title=\(GitHubReporter.property("docschema " + finding.rule.rawValue))::"
            out += GitHubReporter.data("\(finding.message) (\(finding.version.rawValue); wire: \(finding.wire.rawValue), swift: \(finding.swift.rawValue))") + "\n"
        }
        let notShown = max(0, report.findings.count - max(0, limit))
        var summary = "docschema diff: \(report.summary)"
        summary += notShown > 0 ? "; \(notShown) not shown as annotations (limit \(limit))" : ""
        out += "::notice title=docschema diff summary::\(GitHubReporter.data(summary))\n"
        return out
    }
}
