import Foundation

/// The `json` format of `check`: every finding with its place, rule, severity and fingerprint,
/// and the counts. Paths are relative to the report root.
///
/// Written byte for byte as `StableJSON.encode` would write the report's `Encodable` form
/// (keys sorted, `related` left out when empty), with the schema's own writer: `JSONEncoder`
/// took a twentieth of a corpus check, on one thread. `JSONReporterTests` holds the two equal.
public enum JSONReporter {
    public static func render(_ report: CheckReport) throws -> Data {
        let paths = report.paths
        var out = JSONTextWriter()
        out.object { out in
            out.field("findings") { out in
                out.array(count: report.findings.count) { out, index in
                    let finding = report.findings[index]
                    out.object { out in
                        out.field("column") { $0.number(finding.location.column) }
                        out.field("file") { $0.string(paths.display(finding.location.file)) }
                        out.field("fingerprint") { $0.string(report.fingerprints[index]) }
                        out.field("line") { $0.number(finding.location.line) }
                        out.field("message") { $0.string(finding.message) }
                        if !finding.related.isEmpty {
                            out.field("related") { out in
                                out.array(finding.related) { out, related in
                                    out.object { out in
                                        out.field("column") { $0.number(related.location.column) }
                                        out.field("file") { $0.string(paths.display(related.location.file)) }
                                        out.field("line") { $0.number(related.location.line) }
                                        out.field("message") { $0.string(related.message) }
                                    }
                                }
                            }
                        }
                        out.field("rule") { $0.string(finding.rule.rawValue) }
                        out.field("severity") { $0.string(finding.severity.rawValue) }
                    }
                }
            }
            out.field("format") { $0.number(1) }
            out.field("summary") { out in
                out.object { out in
                    out.field("errors") { $0.number(report.count(.error)) }
                    out.field("hiddenByBaseline") { $0.number(report.hiddenByBaseline) }
                    out.field("notes") { $0.number(report.count(.note)) }
                    out.field("warnings") { $0.number(report.count(.warning)) }
                }
            }
        }
        out.newline()
        return Data(out.bytes)
    }
}
