/// The outcome of a check, ready for a reporter: the findings to show, their fingerprints,
/// and what the baseline left out.
public struct CheckReport: Sendable {
    /// Findings after rule settings and the baseline, sorted by place.
    public private(set) var findings: [Diagnostic]
    /// The fingerprint of each finding, parallel to ``findings``; numbered over every finding
    /// of the run, before the baseline hid any, so that they match the baseline's.
    public private(set) var fingerprints: [String]
    /// How many findings the baseline hid.
    public private(set) var hiddenByBaseline = 0
    public let paths: ReportPaths

    /// `findings` sorted by place, less those `baseline` records.
    public init(findings: [Diagnostic], paths: ReportPaths, baseline: Baseline? = nil) {
        let sorted = findings.sorted()
        let prints = Fingerprints.of(sorted, paths: paths)
        self.paths = paths
        guard let baseline else {
            self.findings = sorted
            fingerprints = prints
            return
        }
        let known = Set(baseline.findings.map(\.fingerprint))
        var shown: [Diagnostic] = []
        var shownPrints: [String] = []
        for (finding, print) in zip(sorted, prints) {
            if known.contains(print) {
                hiddenByBaseline += 1
            } else {
                shown.append(finding)
                shownPrints.append(print)
            }
        }
        self.findings = shown
        fingerprints = shownPrints
    }

    public func count(_ severity: Severity) -> Int {
        findings.count { $0.severity == severity }
    }

    /// "2 errors, 1 warning, 0 notes", with what the baseline hid.
    public var summary: String {
        var text = [counted(count(.error), "error"), counted(count(.warning), "warning"), counted(count(.note), "note")]
            .joined(separator: ", ")
        if hiddenByBaseline > 0 { text += " (\(hiddenByBaseline) more hidden by the baseline)" }
        return text
    }
}

/// "1 error", "2 warnings"; "info" is a mass noun and keeps its form.
func counted(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 || noun == "info" ? "" : "s")"
}
