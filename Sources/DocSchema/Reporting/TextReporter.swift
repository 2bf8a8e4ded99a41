/// Writes diagnostics the way clang, swiftc and SwiftLint do:
/// `path:line:col: warning: message [rule-id]`, followed by indented related notes.
public enum TextReporter {
    /// `colored` adds ANSI colours to the severities, as clang does on a terminal; never in files or pipes.
    public static func render(_ diagnostics: [Diagnostic], colored: Bool = false) -> String {
        var out = ""
        for diagnostic in diagnostics {
            out += "\(diagnostic.location): \(label(diagnostic.severity, colored: colored)) "
            out += "\(singleLine(diagnostic.message)) [\(diagnostic.rule.rawValue)]\n"
            for related in diagnostic.related {
                out += "\(related.location): \(label(.note, colored: colored)) \(singleLine(related.message))\n"
            }
        }
        return out
    }

    private static func label(_ severity: Severity, colored: Bool) -> String {
        let text = severity.rawValue + ":"
        guard colored else { return text }
        let color = switch severity {
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[1;35m"
        case .note: "\u{1B}[1;30m"
        }
        return color + text + "\u{1B}[0m"
    }

    /// A message must stay on its line, or tools that read this format lose track.
    static func singleLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
