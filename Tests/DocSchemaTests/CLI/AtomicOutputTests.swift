import Foundation
import Testing

/// Every output is written whole or not at all: `-o` files of every command, baselines, SARIF,
/// and generate's folder. Failures are `output-unwritable` diagnostics with exit code 2.
@Suite("Atomic output")
struct AtomicOutputTests {
    let cli = CommandLineTests()

    @Test("-o replaces a file in one step: its permissions kept, no temporary file left, a link still a link")
    func replaceFile() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("schema.json")
        try Data("old".utf8).write(to: output)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: output.path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("latest.json").path, withDestinationPath: "schema.json")

        let result = try cli.run(["extract", Package.seed("000"), "-o", folder.appendingPathComponent("latest.json").path, "--diagnostics", "none"])
        #expect(result.status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).hasPrefix("{"))
        #expect(try FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int == 0o640)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("latest.json").path) == "schema.json")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["latest.json", "schema.json"])
    }

    @Test("-o to a pipe or device (as -o /dev/null is) writes into it and leaves it in place, not a file renamed over it")
    func outputIsAPipe() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("out.fifo").path
        #expect(mkfifo(pipe, 0o644) == 0)
        // Opened for reading and writing, the pipe never blocks the run's open; non-blocking,
        // reading it afterwards stops once it is empty. One seed's JSON fits in a pipe's buffer.
        let reader = open(pipe, O_RDWR | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }

        let result = try cli.run(["extract", Package.seed("000"), "-o", pipe, "--diagnostics", "none"])
        #expect(result.status == 0)
        var received = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while case let count = read(reader, &buffer, buffer.count), count > 0 { received += buffer[..<count] }
        let expected = try cli.run(["extract", Package.seed("000"), "--diagnostics", "none"])
        #expect(!received.isEmpty)
        #expect(received == Array(expected.output))
        var status = stat()
        #expect(lstat(pipe, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.fifo"])
    }

    @Test("an output path that is a folder: output-unwritable and exit 2, for every command and file it writes", arguments: [
        ["extract", "seeds", "-o"],
        ["check", "seeds", "--format", "sarif", "-o"],
        ["check", "seeds", "--write-baseline"],
        ["diff", "seeds/003_b6064e7a8699ae03.txt", "seeds/004_fba0888af2373ff1.txt", "-o"],
        ["generate", "seeds", "-o"],
    ])
    func outputIsAFolder(arguments: [String]) throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent(arguments[0] == "generate" ? "Models.swift" : "out")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let result = try cli.run(arguments + [target.path] + (arguments[0] == "extract" || arguments[0] == "generate" ? ["--diagnostics", "none"] : []))
        #expect(result.status == 2)
        #expect(result.errors.hasSuffix("\(target.path):1:1: error: cannot write: it is a folder [output-unwritable]\n"), "\(result.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [target.lastPathComponent])
    }

    /// The seeds' models, generated into `folder/Models`, and a snapshot of them.
    func generated(in folder: URL) throws -> (models: URL, snapshot: FolderSnapshot) {
        let models = folder.appendingPathComponent("Models")
        // Without seed 000, so that the run under test has files to change, add and remove.
        let result = try cli.run(["generate"] + Package.seeds.filter { !$0.contains("/000_") } + ["-o", models.path, "--quiet", "--diagnostics", "none"])
        #expect(result.status == 0)
        try Data("mine\n".utf8).write(to: models.appendingPathComponent("README.md"))
        return (models, try FolderSnapshot(models))
    }

    @Test("generate stopped by something in the way of one of its files: exit 2, output-unwritable, the old folder as it was")
    func generateBlocked() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (models, _) = try generated(in: folder)
        // KeyValuePair.swift is one of the files the full seeds add.
        let blocker = models.appendingPathComponent("KeyValuePair.swift")
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: blocker.appendingPathComponent("notes.txt"))
        let before = try FolderSnapshot(models)

        let result = try cli.run(["generate"] + Package.seeds + ["-o", models.path, "--diagnostics", "none"])
        #expect(result.status == 2)
        #expect(result.errors == "\(models.path)/KeyValuePair.swift:1:1: error: cannot write: something other than a file is in the way [output-unwritable]\n")
        #expect(result.output.isEmpty)
        #expect(try FolderSnapshot(models) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Models"])
    }

    @Test("generate whose new folder is built but cannot be put in place (immutable folder): exit 2, the old folder as it was",
          .enabled(if: Immutable.isAvailable, "chattr +i is not available here"))
    func generateRefused() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (models, before) = try generated(in: folder)
        let result = try Immutable.during([models.path]) {
            try cli.run(["generate"] + Package.seeds + ["-o", models.path, "--diagnostics", "none"])
        }
        #expect(result.status == 2)
        #expect(result.errors.hasSuffix(": error: cannot write: Operation not permitted [output-unwritable]\n"), "\(result.errors)")
        #expect(try FolderSnapshot(models) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Models"])

        let again = try cli.run(["generate"] + Package.seeds + ["-o", models.path, "--diagnostics", "none"])
        #expect(again.status == 0)
        #expect(FileManager.default.fileExists(atPath: models.appendingPathComponent("KeyValuePair.swift").path))
        #expect(FileManager.default.fileExists(atPath: models.appendingPathComponent("README.md").path))
    }
}
