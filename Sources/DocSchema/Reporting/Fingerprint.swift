/// Stable identities for findings, for baselines and SARIF.
///
/// A fingerprint is SHA-256 of the rule, the file relative to the report root, the message,
/// and the finding's place among findings with those same three (0 for the first, in file
/// order). Lines are left out, so that an edit above a known finding does not make it new;
/// the message names what is wrong, so that a new defect of the same rule in the same file is
/// not mistaken for an old one; and the occurrence number tells apart the same defect written
/// twice in one file.
public enum Fingerprints {
    /// The fingerprint of each finding, in the order given (which should be sorted by place).
    public static func of(_ findings: [Diagnostic], paths: ReportPaths) -> [String] {
        var occurrences: [String: Int] = [:]
        let keys = findings.map { finding in
            let identity = [finding.rule.rawValue, paths.display(finding.location.file), finding.message].joined(separator: "|")
            let occurrence = occurrences[identity, default: 0]
            occurrences[identity] = occurrence + 1
            return identity + "|" + String(occurrence)
        }
        // The hashes, thousands of them in a corpus run, are independent of each other.
        return ParallelMap.map(keys) { SHA256.hex($0) }
    }
}
