/// Writes diagnostics the way clang, swiftc and SwiftLint do:
/// `path:line:col: warning: message [rule-id]`, followed by indented related notes.
public enum TextReporter {
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for diagnostic in diagnostics {
            out += "\(diagnostic.location): \(diagnostic.severity.rawValue): "
            out += "\(singleLine(diagnostic.message)) [\(diagnostic.rule.rawValue)]\n"
            for related in diagnostic.related {
                out += "\(related.location): note: \(singleLine(related.message))\n"
            }
        }
        return out
    }

    /// A message must stay on its line, or tools that read this format lose track.
    private static func singleLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
