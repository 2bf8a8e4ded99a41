import DocSchema
import Foundation
import Testing

/// `docschema diff` as users run it: the seeds as revisions, exit codes, every format, saved
/// schemas and git ranges.
@Suite("Diff command")
struct DiffCommandTests {
    let cli = CommandLineTests()

    func diff(_ arguments: [String], in folder: URL? = nil) throws -> CommandLineTests.Run {
        try cli.run(["diff"] + arguments, in: folder)
    }

    func findings(_ run: CommandLineTests.Run) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
        return try #require(document["findings"] as? [[String: Any]])
    }

    /// `rule subject level` for each finding of a json run.
    func summary(_ run: CommandLineTests.Run) throws -> [String] {
        try findings(run).map { "\($0["rule"] ?? "") \($0["subject"] ?? "") \($0["level"] ?? "")" }
    }

    @Test("seed 001 (v1.0) against seed 000 (beta): the properties, types and enum members beta adds, one level lower")
    func betaAdditions() throws {
        let result = try diff([Package.seed("001"), Package.seed("000"), "--format", "json"])
        #expect(result.status == 0, "additions do not fail: \(result.errors)")
        #expect(try summary(result) == [
            "enum-member-added-closed deviceEnrollmentType.androidEnterpriseCorporateWorkProfile info",
            "enum-member-added-closed deviceEnrollmentType.androidEnterpriseDedicatedDevice info",
            "enum-member-added-closed deviceEnrollmentType.androidEnterpriseFullyManaged info",
            "enum-member-added-closed deviceEnrollmentType.azureAdJoinUsingAzureVmExtension info",
            "type-added deviceManagementTroubleshootingErrorDetails info",
            "type-added deviceManagementTroubleshootingErrorResource info",
            "property-added deviceManagementTroubleshootingEvent.additionalInformation info",
            "property-added deviceManagementTroubleshootingEvent.eventName info",
            "property-added deviceManagementTroubleshootingEvent.troubleshootingErrorDetails info",
            "type-added keyValuePair info",
        ])
        #expect(try findings(result).allSatisfy { $0["version"] as? String == "beta" })
        // The enum has no unknownFutureValue, so new members reach old clients: a warning at v1.0's level.
        let strict = try diff([Package.seed("001"), Package.seed("000"), "--format", "json", "--strict-beta"])
        #expect(try summary(strict).filter { $0.hasPrefix("enum-member") }.allSatisfy { $0.hasSuffix(" warning") })
        #expect(try diff([Package.seed("001"), Package.seed("000"), "--fail-on", "info"]).status == 1)
    }

    @Test("seed 004 against seed 003: four properties and two deployment states added, at their places in 003")
    func v1Additions() throws {
        let result = try diff([Package.seed("004"), Package.seed("003"), "--format", "json"])
        #expect(result.status == 0)
        #expect(try summary(result) == [
            "enum-member-added-closed windowsAutopilotDeploymentState.disabled warning",
            "enum-member-added-closed windowsAutopilotDeploymentState.notAttempted warning",
            "property-added deviceManagementAutopilotEvent.accountSetupStatus info",
            "property-added deviceManagementAutopilotEvent.deviceId info",
            "property-added deviceManagementAutopilotEvent.deviceSetupStatus info",
            "property-added deviceManagementAutopilotEvent.windows10EnrollmentCompletionPageConfigurationId info",
        ])
        let deviceId = try #require(try findings(result).first { $0["subject"] as? String == "deviceManagementAutopilotEvent.deviceId" })
        let new = try #require(deviceId["new"] as? [String: Any])
        let seed = try String(contentsOfFile: Package.seed("003"), encoding: .utf8)
        let row = seed.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("|deviceId|") }
        #expect(new["line"] as? Int == row.map { $0 + 1 })
        #expect(deviceId["old"] is NSNull)
        #expect(deviceId["wire"] as? String == "no" && deviceId["swift"] as? String == "no")
        #expect((deviceId["fingerprint"] as? String)?.count == 64)
        #expect(try diff([Package.seed("004"), Package.seed("003"), "--fail-on", "warning"]).status == 1)
    }

    @Test("a beta removal is a warning: exit 0 by default, 1 with --fail-on warning or --strict-beta; --level hides")
    func exitCodes() throws {
        // 003 is v1.0 and 004 beta: the removals are beta's, one level lower.
        let removal = try diff([Package.seed("003"), Package.seed("004")])
        #expect(removal.status == 0)
        let text = String(decoding: removal.output, as: UTF8.self)
        #expect(text.contains("warning: property 'deviceManagementAutopilotEvent.deviceId' was removed [property-removed] (beta; wire: yes, swift: yes)"))
        #expect(try diff([Package.seed("003"), Package.seed("004"), "--strict-beta"]).status == 1)
        #expect(try diff([Package.seed("003"), Package.seed("004"), "--fail-on", "warning"]).status == 1)
        #expect(try diff([Package.seed("003"), Package.seed("003")]).status == 0)
        #expect(try diff([Package.seed("003"), Package.seed("003")]).output.isEmpty)
        let errorsOnly = try diff([Package.seed("004"), Package.seed("003"), "--level", "error", "--fail-on", "info"])
        #expect(errorsOnly.status == 0, "findings below --level are not shown and do not fail")
        #expect(errorsOnly.errors.contains("7 below error hidden"))
    }

    @Test("a v1.0 removal is an error and fails; the old place is given as a note")
    func v1Removal() throws {
        let folder = try cli.temporaryFolder()
        let old = folder.appendingPathComponent("old.md")
        let new = folder.appendingPathComponent("new.md")
        try FileManager.default.copyItem(atPath: Package.seed("003"), toPath: old.path)
        let text = try String(contentsOf: old, encoding: .utf8)
        try text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("|osVersion|") }
            .joined(separator: "\n").write(to: new, atomically: true, encoding: .utf8)
        let result = try diff([old.path, new.path], in: folder)
        #expect(result.status == 1)
        let lines = String(decoding: result.output, as: UTF8.self).split(separator: "\n")
        #expect(lines.first?.hasSuffix("error: property 'deviceManagementAutopilotEvent.osVersion' was removed [property-removed] (v1.0; wire: yes, swift: yes)") == true)
        #expect(lines.first?.hasPrefix("old.md:") == true)
        #expect(try diff([old.path, new.path, "--fail-on", "error", "--level", "note"], in: folder).status == 1)
    }

    @Test("markdown: a table per level that cmark-gfm reads as a table, with pipes escaped")
    func markdown() throws {
        let result = try diff([Package.seed("004"), Package.seed("003"), "--format", "markdown"])
        let text = String(decoding: result.output, as: UTF8.self)
        #expect(text.contains("#### Warnings (2)") && text.contains("#### Info (4)"))
        let document = CMarkParser.parse(Array(result.output))
        let tables = document.blocks.compactMap { block -> Table? in if case .table(let table) = block { table } else { nil } }
        #expect(tables.count == 2)
        #expect(tables.map(\.rows.count) == [2, 4])
        #expect(tables.first?.header.map(\.plainText) == ["Rule", "Subject", "Version", "Wire", "Swift", "Change", "Old", "New"])
        #expect(tables.allSatisfy { $0.rows.allSatisfy { $0.cells.count == 8 } })
        #expect(tables.first?.rows.first?.cells.first?.plainText == "enum-member-added-closed")
        #expect(DiffMarkdownReporter.cell("a | b <c>") == "a \\| b &lt;c>")
        let none = try diff([Package.seed("003"), Package.seed("003"), "--format", "markdown"])
        #expect(String(decoding: none.output, as: UTF8.self).contains("No changes at or above info."))
    }

    @Test("github: errors first, escaped, then a summary; sarif: valid SARIF 2.1.0 with the rules")
    func githubAndSarif() throws {
        let github = try diff([Package.seed("003"), Package.seed("004"), "--format", "github", "--strict-beta"])
        let lines = String(decoding: github.output, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("::error file=seeds/003_b6064e7a8699ae03.txt,line=") == true, "a removal is annotated at the old page")
        #expect(lines.last?.hasPrefix("::notice title=docschema diff summary::docschema diff: 6 errors, 0 warnings, 0 info") == true)
        let firstNotice = lines.firstIndex { $0.hasPrefix("::notice") } ?? lines.count
        #expect(lines[..<firstNotice].allSatisfy { $0.hasPrefix("::error") })

        let folder = try cli.temporaryFolder()
        let output = folder.appendingPathComponent("diff.sarif")
        let sarif = try diff([Package.seed("003"), Package.seed("004"), "--format", "sarif", "-o", output.path, "--strict-beta"])
        #expect(sarif.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.count == 6)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect((driver["rules"] as? [Any])?.count == DiffRule.allCases.count)
        try validateSARIF(output)
    }

    @Test("a saved schema diffs like the pages it was extracted from")
    func savedSchema() throws {
        let folder = try cli.temporaryFolder()
        let saved = folder.appendingPathComponent("004.json")
        #expect(try cli.run(["extract", Package.seed("004"), "-o", saved.path, "--diagnostics", "none"]).status == 0)
        let fromPages = try diff([Package.seed("004"), Package.seed("003"), "--format", "json"])
        let fromSchema = try diff([saved.path, Package.seed("003"), "--format", "json"])
        #expect(try summary(fromSchema) == summary(fromPages))

        let broken = folder.appendingPathComponent("broken.json")
        try Data("{\"types\": 3}".utf8).write(to: broken)
        let result = try diff([broken.path, Package.seed("003")])
        #expect(result.status == 2)
        #expect(result.errors.contains("broken.json:1:1: error: not a schema written by `docschema extract --format json`"))
        #expect(result.errors.contains("[schema-invalid]"))
    }

    @Test("bad input and usage: a missing side, a binary page, one path, a malformed range all exit 2")
    func badInput() throws {
        #expect(try diff(["no/such/old.md", Package.seed("003")]).status == 2)
        #expect(try diff([Package.seed("003")]).status == 2)
        #expect(try diff(["--git-range", "main", "seeds"]).status == 2)
        let folder = try cli.temporaryFolder()
        let binary = folder.appendingPathComponent("binary.md")
        try Data([0x23, 0x00, 0x01]).write(to: binary)
        let result = try diff([binary.path, Package.seed("003")])
        #expect(result.status == 2)
        #expect(result.errors.contains("[input-binary]"))
        #expect(try diff(["--list-rules"]).status == 0)
    }

    @Test("--git-range reads both sides from git, with paths as the working tree names them")
    func gitRange() throws {
        let repository = try cli.temporaryFolder()
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"] + arguments
            process.currentDirectoryURL = repository
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
        }
        let docs = repository.appendingPathComponent("api-reference")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        let page = docs.appendingPathComponent("autopilotevent.md")
        try git("init", "-q")
        try FileManager.default.copyItem(atPath: Package.seed("004"), toPath: page.path)
        try git("add", ".")
        try git("commit", "-q", "-m", "old")
        try FileManager.default.removeItem(at: page)
        try FileManager.default.copyItem(atPath: Package.seed("003"), toPath: page.path)
        try git("commit", "-q", "-a", "-m", "new")

        let result = try diff(["--git-range", "HEAD~1..HEAD", "api-reference", "--format", "json"], in: repository)
        #expect(result.status == 0, "\(result.errors)")
        let pages = try diff([Package.seed("004"), Package.seed("003"), "--format", "json"])
        #expect(try summary(result) == summary(pages))
        let first = try #require(try findings(result).first?["new"] as? [String: Any])
        #expect(first["file"] as? String == "api-reference/autopilotevent.md")
        let reversed = try diff(["--git-range", "HEAD..HEAD~1", "api-reference", "--strict-beta"], in: repository)
        #expect(reversed.status == 1)
        let unknown = try diff(["--git-range", "nope..HEAD", "api-reference"], in: repository)
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("git ls-tree failed"))
    }
}

/// Validates a SARIF file against the official schema with python's jsonschema.
func validateSARIF(_ file: URL) throws {
    let schema = Package.root.deletingLastPathComponent().appendingPathComponent("shared/eval/sarif-schema-2.1.0.json")
    try #require(FileManager.default.fileExists(atPath: schema.path), "../shared/eval/sarif-schema-2.1.0.json is needed")
    let validation = Process()
    validation.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    validation.arguments = ["python3", "-c", """
        import json, sys, jsonschema
        jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))
        """, file.path, schema.path]
    let errors = Pipe()
    validation.standardError = errors
    try validation.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    validation.waitUntilExit()
    #expect(validation.terminationStatus == 0, "SARIF does not validate (python3 with jsonschema is needed): \(message)")
}
