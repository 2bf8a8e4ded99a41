import Foundation
import Testing

/// Runs the built `docschema` executable as a user would.
@Suite("Command line")
struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: Data
        var errors: String
        /// Whether a signal ended the process (`status` is then the signal's number).
        var signaled = false
    }

    static var executable: URL? {
        let build = Package.root.appendingPathComponent(".build")
        let candidates = ["debug/docschema", "release/docschema"] + ((try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? [])
            .filter { $0.contains("-") }.flatMap { ["\($0)/debug/docschema", "\($0)/release/docschema"] }
        return candidates.map { build.appendingPathComponent($0) }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs docschema with `arguments`, in the package folder unless `folder` is given; through
    /// `wrapper` (a command and its arguments, such as `setpriv …`) when one is given.
    func run(_ arguments: [String], in folder: URL? = nil, wrapper: [String] = []) throws -> Run {
        let executable = try #require(Self.executable, "build the docschema product first")
        let process = Process()
        if let command = wrapper.first {
            process.executableURL = URL(fileURLWithPath: command)
            process.arguments = Array(wrapper.dropFirst()) + [executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder ?? Package.root
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: outputData, errors: String(decoding: errorData, as: UTF8.self),
            signaled: process.terminationReason == .uncaughtSignal)
    }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docschema-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("the seeds extract cleanly, and twice give the same bytes")
    func seedsDeterministic() throws {
        let first = try run(Package.seeds)
        let second = try run(Package.seeds)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output == second.output)
        #expect(!first.output.isEmpty)
        #expect(first.errors.contains("[enum-member-empty]"))
        #expect(first.errors.contains("002_5889116f6658f2c8.txt:10:1: warning:"))
    }

    @Test("a missing path is a usage failure: exit 2, a diagnostic, and no output file")
    func missingPath() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("out.json")
        let result = try run(["extract", "no/such/page.md", "-o", output.path])
        #expect(result.status == 2)
        #expect(result.errors.contains("no/such/page.md:1:1: error: no such file or folder [input-unreadable]"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("binary and invalid UTF-8 files are errors (exit 1); the other pages still come out")
    func badFiles() throws {
        let folder = try temporaryFolder()
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]).write(to: folder.appendingPathComponent("archive.md"))
        try Data([0x23, 0x20, 0xC3, 0x28, 0x0A]).write(to: folder.appendingPathComponent("latin1.md"))
        try Data("---\ndoc_type: resourcePageType\n---\n# x resource type\n".utf8).write(to: folder.appendingPathComponent("x.md"))
        let output = folder.appendingPathComponent("out.json")
        let result = try run(["extract", folder.path, "--format", "facts", "-o", output.path])
        #expect(result.status == 1)
        #expect(result.errors.contains("archive.md:1:5: error: file looks binary: it contains a NUL byte [input-binary]"))
        #expect(result.errors.contains("latin1.md:1:3: error: file is not valid UTF-8: unexpected byte 0xC3, read as U+FFFD [input-invalid-utf8]"))
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any]
        #expect((written?["pages"] as? [Any])?.count == 3)
        #expect(!result.errors.contains("Fatal error"))
    }

    @Test("--fail-on never keeps the exit code at 0 whatever is found")
    func failOn() throws {
        let folder = try temporaryFolder()
        try Data([0x00]).write(to: folder.appendingPathComponent("nul.md"))
        let result = try run(["extract", folder.path, "--fail-on", "never", "--diagnostics", "none"])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
    }

    @Test("CSDL for one version; side-by-side pages give Russian descriptions with --locale ru-RU")
    func csdl() throws {
        let english = try run(["extract", Package.seed("004"), "--format", "csdl", "--api-version", "beta", "--diagnostics", "none"])
        let russian = try run(["extract", Package.seed("004"), "--format", "csdl", "--api-version", "beta", "--locale", "ru-RU", "--diagnostics", "none"])
        #expect(english.status == 0 && russian.status == 0)
        let englishXML = String(decoding: english.output, as: UTF8.self)
        let russianXML = String(decoding: russian.output, as: UTF8.self)
        #expect(englishXML.contains("<EntityType Name=\"deviceManagementAutopilotEvent\" BaseType=\"microsoft.graph.entity\">"))
        #expect(englishXML.contains("String=\"Time when the event occurred .\""))
        #expect(russianXML.contains("String=\"Время возникновения события.\""))
        let v1 = try run(["extract", Package.seed("004"), "--format", "csdl", "--diagnostics", "none"])
        #expect(!String(decoding: v1.output, as: UTF8.self).contains("EntityType"))
    }

    @Test("an output file that cannot be written is a failure (exit 2), and an existing one is left whole")
    func unwritableOutput() throws {
        let folder = try temporaryFolder()
        let existing = folder.appendingPathComponent("keep.json")
        try Data("previous".utf8).write(to: existing)
        let missingFolder = folder.appendingPathComponent("no/such/folder/out.json")
        let result = try run(["extract", Package.seed("000"), "-o", missingFolder.path, "--diagnostics", "none"])
        #expect(result.status == 2)
        #expect(result.errors.contains("cannot write"))
        let good = try run(["extract", Package.seed("000"), "-o", existing.path, "--diagnostics", "none"])
        #expect(good.status == 0)
        #expect(try String(contentsOf: existing, encoding: .utf8).hasPrefix("{"))
    }

    @Test("--help explains the command, its formats and its exit codes")
    func help() throws {
        let result = try run(["extract", "--help"])
        let text = String(decoding: result.output, as: UTF8.self)
        #expect(result.status == 0)
        #expect(text.contains("--format"))
        #expect(text.contains("--default-version"))
        #expect(text.contains("Examples:"))
        let top = try run(["--help"])
        #expect(String(decoding: top.output, as: UTF8.self).contains("Exit codes"))
    }

    @Test("generate writes one file per type, rewrites nothing on a second run, and removes files it no longer makes")
    func generateFolder() throws {
        let folder = try temporaryFolder().appendingPathComponent("Models")
        let first = try run(["generate"] + Package.seeds + ["-o", folder.path, "--diagnostics", "none"])
        #expect(first.status == 0, "\(first.errors)")
        #expect(String(decoding: first.output, as: UTF8.self).contains("13 written, 0 unchanged, 0 removed"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.contains("EnrollmentTroubleshootingEvent.swift") && names.contains("GraphSupport.swift"))

        let second = try run(["generate"] + Package.seeds + ["-o", folder.path, "--diagnostics", "none", "--quiet"])
        #expect(second.status == 0 && second.output.isEmpty)

        // Without seed 000 (the only beta page), the beta-only complex types are no longer made.
        let fewer = try run(["generate"] + Package.seeds.filter { !$0.contains("/000_") } + ["-o", folder.path, "--diagnostics", "none"])
        #expect(String(decoding: fewer.output, as: UTF8.self).contains("3 removed"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("KeyValuePair.swift").path))
    }

    @Test("generate -o FILE.swift writes everything into one file, with internal access when asked")
    func generateSingleFile() throws {
        let file = try temporaryFolder().appendingPathComponent("Models.swift")
        let result = try run(["generate"] + Package.seeds + ["-o", file.path, "--access-level", "internal", "--api-version", "v1.0", "--diagnostics", "none"])
        #expect(result.status == 0, "\(result.errors)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.components(separatedBy: "\nimport Foundation\n").count == 2)
        #expect(text.contains("\nstruct DeviceManagementAutopilotEvent: EntityProtocol, Codable, Hashable, Sendable {"))
        #expect(!text.contains("KeyValuePair"), "beta-only types are left out of v1.0")
        #expect(!text.contains("public "))
    }

    @Test("generate with a missing page or no -o is a usage failure")
    func generateUsage() throws {
        let folder = try temporaryFolder()
        let missing = try run(["generate", "no/such/page.md", "-o", folder.appendingPathComponent("Out").path])
        #expect(missing.status == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out").path))
        let noOutput = try run(["generate", Package.seed("000")])
        #expect(noOutput.status == 2)
        #expect(noOutput.errors.contains("--output"))
    }
}
