import Foundation

/// SARIF 2.1.0, the format code-scanning services read (GitHub code scanning, Azure DevOps).
/// Paths are URIs relative to the report root, given as the `SRCROOT` base.
public enum SARIFReporter {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    public static func render(_ report: CheckReport, rules: [any CheckRule], toolVersion: String) throws -> Data {
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let results = zip(report.findings, report.fingerprints).map { finding, print in
            Result(
                ruleId: finding.rule.rawValue, ruleIndex: ruleIndex[finding.rule], level: finding.severity.rawValue,
                message: Message(text: finding.message),
                locations: [Location(physicalLocation: physical(finding.location, report.paths), message: nil, id: nil)],
                relatedLocations: finding.related.isEmpty ? nil : finding.related.enumerated().map { index, related in
                    Location(physicalLocation: physical(related.location, report.paths), message: Message(text: related.message), id: index)
                },
                partialFingerprints: ["docschemaFingerprint/v1": print])
        }
        let descriptors = rules.map { rule in
            ReportingDescriptor(
                id: rule.id.rawValue, shortDescription: Message(text: rule.summary), fullDescription: Message(text: rule.explanation),
                defaultConfiguration: Configuration(level: rule.id.defaultSeverity.rawValue))
        }
        let run = Run(
            tool: Tool(driver: Driver(name: "docschema", version: toolVersion, rules: descriptors)),
            originalUriBaseIds: ["SRCROOT": ArtifactLocation(uri: report.paths.rootURI, uriBaseId: nil)],
            results: results)
        return try StableJSON.encode(Log(schema: schemaURI, version: "2.1.0", runs: [run]))
    }

    private static func physical(_ location: SourceLocation, _ paths: ReportPaths) -> PhysicalLocation {
        let uri = paths.uri(location.file)
        return PhysicalLocation(
            artifactLocation: ArtifactLocation(uri: uri.uri, uriBaseId: uri.isRelative ? "SRCROOT" : nil),
            region: Region(startLine: max(1, location.line), startColumn: max(1, location.column)))
    }

    struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: ArtifactLocation]
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var shortDescription: Message
        var fullDescription: Message
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
        var partialFingerprints: [String: String]
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var message: Message?
        var id: Int?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
    }
}
