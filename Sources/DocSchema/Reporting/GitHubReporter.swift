/// GitHub Actions workflow commands: one `::error file=…,line=…,col=…,title=…::message` per
/// finding, errors first, so that findings show as annotations on the pull request.
///
/// GitHub shows only so many annotations of a step, so at most `limit` are written, and a last
/// `::notice` line gives the counts and how many findings were not shown.
public enum GitHubReporter {
    public static let defaultLimit = 50

    public static func render(_ report: CheckReport, limit: Int = defaultLimit) -> String {
        let ordered = report.findings.enumerated().sorted { lhs, rhs in
            lhs.element.severity != rhs.element.severity ? lhs.element.severity > rhs.element.severity : lhs.offset < rhs.offset
        }.map(\.element)
        var out = ""
        for finding in ordered.prefix(max(0, limit)) {
            let command = switch finding.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
            let file = report.paths.display(finding.location.file)
            out += "::\(command) file=\(property(file)),line=\(finding.location.line),col=\(finding.location.column)"
            out += ",title=\(property("docschema " + finding.rule.rawValue))::\(data(finding.message))\n"
        }
        let notShown = max(0, ordered.count - max(0, limit))
        var summary = "docschema: \(report.summary)"
        summary += notShown > 0 ? "; \(notShown) not shown as annotations (limit \(limit))" : ""
        out += "::notice title=docschema summary::\(data(summary))\n"
        return out
    }

    /// Escapes a message: `%`, CR and LF.
    static func data(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case "\r\n": out += "%0D%0A"
            default: out.append(character)
            }
        }
        return out
    }

    /// Escapes a property value: as a message, and also `:` and `,`, which end a property.
    static func property(_ text: String) -> String {
        data(text).escaping(":", as: "%3A").escaping(",", as: "%2C")
    }
}

private extension String {
    func escaping(_ target: Character, as replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
