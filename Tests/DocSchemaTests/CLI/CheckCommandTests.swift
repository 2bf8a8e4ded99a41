import Foundation
import Testing

/// `docschema check` as CI runs it: the seeds' real defects and nothing else, every format,
/// exit codes, rule settings and baselines.
@Suite("Check command")
struct CheckCommandTests {
    let cli = CommandLineTests()

    func check(_ arguments: [String]) throws -> CommandLineTests.Run {
        try cli.run(["check"] + arguments)
    }

    /// `file:line rule` for each finding line of text output.
    func findings(_ output: Data) -> [String] {
        String(decoding: output, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard let rule = line.split(separator: "[").last?.dropLast(), !line.contains(": note: ") else { return nil }
            let parts = line.split(separator: ":")
            guard parts.count > 2 else { return nil }
            let file = parts[0].split(separator: "/").last.map { String($0.prefix(3)) } ?? ""
            return "\(file):\(parts[1]) \(rule)"
        }
    }

    @Test("the seeds report exactly their real defects: the \"String\" enum values, the placeholders, the empty members")
    func seeds() throws {
        let result = try check(["seeds"])
        #expect(result.status == 1, "errors make check fail by default")
        #expect(findings(result.output) == [
            "000:65 enum-member-empty", "000:65 enum-member-empty", "000:65 enum-member-empty",
            "000:65 enum-member-empty", "000:65 enum-member-empty",
            "002:19 placeholder-text", "002:21 placeholder-text", "002:29 placeholder-text", "002:71 placeholder-text",
            "002:84 example-enum-value-undocumented", "002:85 example-enum-value-undocumented",
            "002:112 example-enum-value-undocumented", "002:113 example-enum-value-undocumented",
        ])
        #expect(!String(decoding: result.output, as: UTF8.self).contains("content-length-mismatch"))
        #expect(result.errors.contains("4 errors, 9 warnings, 0 notes"))
    }

    @Test("--fail-on, --strict and --rule change what fails; a malformed --rule is a usage error")
    func failureThresholds() throws {
        #expect(try check(["seeds", "--rule", "example-enum-value-undocumented=warning"]).status == 0)
        #expect(try check(["seeds", "--rule", "example-enum-value-undocumented=off", "--fail-on", "warning"]).status == 1)
        #expect(try check(["seeds", "--rule", "example-enum-value-undocumented=warning", "--strict"]).status == 1)
        let off = try check(["seeds", "--rule", "enum-member-empty=off", "--rule", "placeholder-text=off",
                             "--rule", "example-enum-value-undocumented=off", "--fail-on", "note"])
        #expect(off.status == 0)
        #expect(off.output.isEmpty)
        let bad = try check(["seeds", "--rule", "no-such-rule=error"])
        #expect(bad.status == 2)
        #expect(bad.errors.contains("no-such-rule"))
        #expect(try check(["no/such/folder"]).status == 2)
    }

    @Test("--list-rules shows every rule with its severity and documentation")
    func listRules() throws {
        let result = try check(["--list-rules"])
        #expect(result.status == 0)
        let text = String(decoding: result.output, as: UTF8.self)
        for rule in ["table-malformed (error)", "content-length-mismatch (warning)", "untranslated-identifier (warning)",
                     "example-enum-value-undocumented (error)", "version-drift (warning)"] {
            #expect(text.contains(rule), "\(rule)")
        }
    }

    @Test("json: findings with repo-relative paths, fingerprints and counts")
    func json() throws {
        let result = try check(["seeds", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        let list = try #require(document["findings"] as? [[String: Any]])
        #expect(list.count == 13)
        #expect(list.allSatisfy { ($0["file"] as? String)?.hasPrefix("seeds/") == true })
        #expect(Set(list.compactMap { $0["fingerprint"] as? String }).count == 13, "the same defect twice in a file has two fingerprints")
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary["errors"] == 4 && summary["warnings"] == 9)
    }

    @Test("sarif: valid against the official SARIF 2.1.0 schema, with repo-relative URIs")
    func sarif() throws {
        let folder = try cli.temporaryFolder()
        let output = folder.appendingPathComponent("check.sarif")
        let result = try check(["seeds", "--format", "sarif", "-o", output.path])
        #expect(result.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 13)
        let location = try #require(((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        let artifact = try #require(location["artifactLocation"] as? [String: String])
        #expect(artifact["uri"]?.hasPrefix("seeds/") == true)
        #expect(artifact["uriBaseId"] == "SRCROOT")

        try validateSARIF(output)
    }

    @Test("github: errors first, escaped, with a summary line that counts what is not shown")
    func github() throws {
        let folder = try cli.temporaryFolder()
        // Seed 002's enum values are checked against seed 001, which documents the enums.
        try FileManager.default.copyItem(atPath: Package.seed("001"), toPath: folder.appendingPathComponent("001.txt").path)
        let page = folder.appendingPathComponent("odd, name: 100%.md")
        try FileManager.default.copyItem(atPath: Package.seed("002"), toPath: page.path)
        let result = try check([folder.path, "--format", "github", "--source-root", folder.path])
        let lines = String(decoding: result.output, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.count == 9)
        #expect(lines.prefix(4).allSatisfy { $0.hasPrefix("::error file=odd%2C name%3A 100%25.md,line=") })
        #expect(lines.first?.hasSuffix(",title=docschema example-enum-value-undocumented::'enrollmentType' has the value \"String\", which is not a member of microsoft.graph.deviceEnrollmentType") == true)
        #expect(lines[4].hasPrefix("::warning file=odd%2C name%3A 100%25.md,line=19,col=39,title=docschema placeholder-text::"))
        #expect(lines.last == "::notice title=docschema summary::docschema: 4 errors, 4 warnings, 0 notes")
        #expect(result.status == 1)

        let limited = try check([folder.path, "--format", "github", "--source-root", folder.path, "--max-annotations", "3"])
        let limitedLines = String(decoding: limited.output, as: UTF8.self).split(separator: "\n")
        #expect(limitedLines.count == 4)
        #expect(limitedLines.last?.hasSuffix("4 errors, 4 warnings, 0 notes; 5 not shown as annotations (limit 3)") == true)
    }

    @Test("a baseline hides exactly the findings it records; a new defect still fails")
    func baseline() throws {
        let folder = try cli.temporaryFolder()
        let docs = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        for seed in Package.seeds {
            try FileManager.default.copyItem(atPath: seed, toPath: docs.appendingPathComponent(URL(fileURLWithPath: seed).lastPathComponent).path)
        }
        let baseline = folder.appendingPathComponent("baseline.json")
        let written = try check([docs.path, "--write-baseline", baseline.path])
        #expect(written.status == 0)
        #expect(written.errors.contains("wrote 13 findings"))

        let quiet = try check([docs.path, "--baseline", baseline.path, "--fail-on", "note"])
        #expect(quiet.status == 0)
        #expect(quiet.output.isEmpty)
        #expect(quiet.errors.contains("13 more hidden by the baseline"))

        // A new defect in seed 002's request: a key of the same length, so that Content-Length stays right.
        let page = docs.appendingPathComponent(URL(fileURLWithPath: Package.seed("002")).lastPathComponent)
        var text = try String(contentsOf: page, encoding: .utf8)
        let old = "\"userId\": \"User Id value\""
        let new = "\"enrollmentType\": \"Strin\""
        #expect(old.utf8.count == new.utf8.count)
        let range = try #require(text.range(of: old))
        text.replaceSubrange(range, with: new)
        try text.write(to: page, atomically: true, encoding: .utf8)
        let after = try check([docs.path, "--baseline", baseline.path])
        #expect(after.status == 1)
        #expect(findings(after.output) == ["002:82 example-enum-value-undocumented"])
        #expect(String(decoding: after.output, as: UTF8.self).contains("\"Strin\""))
    }
}
