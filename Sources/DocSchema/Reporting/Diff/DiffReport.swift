/// The outcome of a diff, ready for a reporter: the findings at or above the chosen level, and
/// how many fell below it.
public struct DiffReport: Sendable {
    /// Shown findings, most severe first.
    public let findings: [DiffFinding]
    /// Findings below the level, left out.
    public let hidden: Int
    public let level: DiffLevel
    public let paths: ReportPaths

    public init(findings: [DiffFinding], level: DiffLevel = .info, paths: ReportPaths) {
        self.findings = findings.filter { $0.level >= level }
        hidden = findings.count - self.findings.count
        self.level = level
        self.paths = paths
    }

    public func count(_ level: DiffLevel) -> Int {
        findings.count { $0.level == level }
    }

    /// "1 error, 2 warnings, 5 info, 0 notes (3 notes hidden; --level note shows them)".
    public var summary: String {
        var text = [counted(count(.error), "error"), counted(count(.warning), "warning"), counted(count(.info), "info"),
                    counted(count(.note), "note")].joined(separator: ", ")
        if hidden > 0 {
            text += " (\(hidden) below \(level.rawValue) hidden; --level note shows them)"
        }
        return text
    }

    /// A place as the report shows it: relative to the report root when inside it.
    func display(_ place: DiffFinding.Place) -> String {
        "\(paths.display(place.file)):\(place.line)"
    }
}
