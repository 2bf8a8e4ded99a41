import Foundation

/// `diff` findings as SARIF 2.1.0. Info becomes SARIF's `note` and a note its `none`; the new
/// place is the location, and the old one a related location.
public enum DiffSARIFReporter {
    public static func render(_ report: DiffReport, toolVersion: String) throws -> Data {
        let rules = DiffRule.allCases
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, $0) })
        typealias S = SARIFReporter
        let results = report.findings.map { finding in
            let related = finding.new != nil ? finding.old : nil
            return S.Result(
                ruleId: finding.rule.rawValue, ruleIndex: ruleIndex[finding.rule], level: level(finding.level),
                message: S.Message(text: "\(finding.message) (\(finding.version.rawValue); wire: \(finding.wire.rawValue), swift: \(finding.swift.rawValue))"),
                locations: finding.place.map { [S.Location(physicalLocation: physical($0, report.paths), message: nil, id: nil)] } ?? [],
                relatedLocations: related.map { [S.Location(physicalLocation: physical($0, report.paths), message: S.Message(text: "before"), id: 0)] },
                partialFingerprints: ["docschemaDiffFingerprint/v1": finding.fingerprint])
        }
        let descriptors = rules.map { rule in
            S.ReportingDescriptor(
                id: rule.rawValue, shortDescription: S.Message(text: rule.summary), fullDescription: S.Message(text: rule.explanation),
                defaultConfiguration: S.Configuration(level: level(rule.defaultLevel)))
        }
        let run = S.Run(
            tool: S.Tool(driver: S.Driver(name: "docschema", version: toolVersion, rules: descriptors)),
            originalUriBaseIds: ["SRCROOT": S.ArtifactLocation(uri: report.paths.rootURI, uriBaseId: nil)],
            results: results)
        return try StableJSON.encode(S.Log(schema: S.schemaURI, version: "2.1.0", runs: [run]))
    }

    static func level(_ level: DiffLevel) -> String {
        switch level {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        case .note: "none"
        }
    }

    private static func physical(_ place: DiffFinding.Place, _ paths: ReportPaths) -> SARIFReporter.PhysicalLocation {
        let uri = paths.uri(place.file)
        return SARIFReporter.PhysicalLocation(
            artifactLocation: SARIFReporter.ArtifactLocation(uri: uri.uri, uriBaseId: uri.isRelative ? "SRCROOT" : nil),
            region: SARIFReporter.Region(startLine: max(1, place.line), startColumn: nil))
    }
}
