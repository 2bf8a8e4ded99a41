/// A pull-request comment: one table per level, most severe first.
public enum DiffMarkdownReporter {
    public static func render(_ report: DiffReport) -> String {
        var out = "### docschema diff\n\n"
        guard !report.findings.isEmpty else {
            return out + "No changes at or above \(report.level.rawValue).\n"
        }
        out += report.summary + "\n"
        for level in DiffLevel.allCases.reversed() {
            let findings = report.findings.filter { $0.level == level }
            guard !findings.isEmpty else { continue }
            out += "\n#### \(heading(level)) (\(findings.count))\n\n"
            out += "| Rule | Subject | Version | Wire | Swift | Change | Old | New |\n"
            out += "|---|---|---|---|---|---|---|---|\n"
            for finding in findings {
                let cells = [
                    code(finding.rule.rawValue), code(finding.subject), finding.version.rawValue,
                    finding.wire.rawValue, finding.swift.rawValue, cell(finding.message),
                    finding.old.map { cell(report.display($0)) } ?? "",
                    finding.new.map { cell(report.display($0)) } ?? "",
                ]
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    private static func heading(_ level: DiffLevel) -> String {
        switch level {
        case .error: "Errors"
        case .warning: "Warnings"
        case .info: "Info"
        case .note: "Notes"
        }
    }

    /// Table cells hold one line; `|` would end the cell and `<` could open HTML.
    public static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    private static func code(_ text: String) -> String {
        text.contains("`") ? cell(text) : "`" + cell(text) + "`"
    }
}
