/// `diff` findings the way compilers write them: `path:line: error: message [rule-id]`, with the
/// version and the wire and Swift impact, then the other side's place as a note.
public enum DiffTextReporter {
    public static func render(_ report: DiffReport) -> String {
        var out = ""
        for finding in report.findings {
            let place = finding.place.map(report.display) ?? finding.subject
            out += "\(place): \(finding.level.rawValue): \(TextReporter.singleLine(finding.message)) [\(finding.rule.rawValue)]"
            out += " (\(finding.version.rawValue); wire: \(finding.wire.rawValue), swift: \(finding.swift.rawValue))\n"
            if let old = finding.old, finding.new != nil {
                out += "\(report.display(old)): note: before\n"
            }
        }
        return out
    }
}
