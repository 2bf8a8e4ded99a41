import DocSchema
import Foundation
import Testing

/// Broken, odd and hostile input through `extract`, `check` and `generate`, as a user runs them:
/// each case asserts its diagnostics (rule, place) and each command's exit code, and that the
/// commands end with 0, 1 or 2 (never a signal) and put nothing but diagnostics on standard
/// error. Fixtures are written to a temporary folder by each test, removed after it (one is 50 MB).
@Suite("Bad input")
final class BadInputTests {
    let cli = CommandLineTests()
    let root: URL

    init() throws {
        root = try cli.temporaryFolder()
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// A page that extracts, checks and generates without a finding, in a `v1.0` folder so that
    /// its version is known. Line 15 is the `name` row, line 21 the JSON body.
    static let page = """
        ---
        title: "widget resource type"
        doc_type: resourcePageType
        ms.contentlocale: en-US
        ---
        # widget resource type

        Namespace: microsoft.graph

        ## Properties

        | Property | Type | Description |
        |:---|:---|:---|
        | id | String | The identifier. Read-only. |
        | name | String | The name. |

        ## JSON representation

        <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.widget" } -->
        ```json
        { "id": "String", "name": "String" }
        ```

        """

    /// One run of each command over the same input.
    struct Runs {
        var extract: CommandLineTests.Run
        var check: CommandLineTests.Run
        var generate: CommandLineTests.Run

        var statuses: [Int32] { [extract.status, check.status, generate.status] }
        /// extract's diagnostics on standard error, then check's findings on standard output.
        var findings: String { extract.errors + String(decoding: check.output, as: UTF8.self) }
    }

    /// `path:line:col: severity: message [rule-id]`, or a related note under such a line.
    static var diagnosticLine: Regex<(Substring, Substring)> { /^[^:\n]+:\d+:\d+: (error|warning|note): .+ \[[a-z0-9-]+\]$/ }
    static var noteLine: Regex<Substring> { /^[^:\n]+:\d+:\d+: note: .+$/ }

    /// Asserts what every run must do, whatever the input.
    func expectWellBehaved(_ run: CommandLineTests.Run, _ what: String) {
        #expect(!run.signaled, "\(what) was killed by a signal: \(run.errors)")
        #expect((0...2).contains(run.status), "\(what) exited with \(run.status)")
        var afterDiagnostic = false
        for line in run.errors.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            if line.wholeMatch(of: Self.diagnosticLine) != nil {
                afterDiagnostic = true
            } else {
                #expect(afterDiagnostic && line.wholeMatch(of: Self.noteLine) != nil, "\(what): not a diagnostic: \(line)")
            }
        }
        #expect(run.errors.isEmpty || run.errors.hasSuffix("\n"), "\(what): \(run.errors)")
    }

    /// Runs extract, check (findings on standard output, no summary) and generate over `paths`.
    func runAll(_ paths: [String], in folder: URL, wrapper: [String] = []) throws -> Runs {
        let models = folder.appendingPathComponent("Models-\(UUID().uuidString)").path
        let runs = Runs(
            extract: try cli.run(["extract"] + paths + ["--format", "facts"], in: folder, wrapper: wrapper),
            check: try cli.run(["check"] + paths + ["--quiet", "--source-root", folder.path], in: folder, wrapper: wrapper),
            generate: try cli.run(["generate"] + paths + ["-o", models, "--quiet"], in: folder, wrapper: wrapper))
        expectWellBehaved(runs.extract, "extract")
        expectWellBehaved(runs.check, "check")
        expectWellBehaved(runs.generate, "generate")
        return runs
    }

    /// A fresh folder holding `v1.0/`, and the path of `name` in it, written with `bytes`.
    func fixture(_ name: String, _ bytes: [UInt8]) throws -> (folder: URL, path: String) {
        let folder = root.appendingPathComponent(UUID().uuidString)
        let versions = folder.appendingPathComponent("v1.0")
        try FileManager.default.createDirectory(at: versions, withIntermediateDirectories: true)
        let file = versions.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return (folder, file.path)
    }

    /// Asserts that extract reported exactly one diagnostic, `text`, at `position` of `path`.
    func expectOnly(_ runs: Runs, _ text: String, at position: SourcePosition?, in path: String) {
        let place = position.map { "\(path):\($0.line):\($0.column)" } ?? "\(path): no such place"
        #expect(runs.extract.errors == "\(place): \(text)\n")
    }

    /// The pages of `extract --format facts` output.
    func pages(_ run: CommandLineTests.Run) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
        return try #require(document["pages"] as? [[String: Any]])
    }

    func propertyNames(_ page: [String: Any]) -> [String] {
        ((page["properties"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }
    }

    @Test("the reference page is clean, so each case below shows only what its defect causes")
    func cleanPage() throws {
        let (folder, path) = try fixture("widget.md", Array(Self.page.utf8))
        let runs = try runAll([path], in: folder)
        #expect(runs.statuses == [0, 0, 0])
        #expect(runs.findings.isEmpty, "\(runs.findings)")
    }

    @Test("an empty file: a page-empty warning, nothing else; exit 0")
    func emptyFile() throws {
        let (folder, path) = try fixture("empty.md", [])
        let runs = try runAll([path], in: folder)
        #expect(runs.statuses == [0, 0, 0])
        #expect(runs.extract.errors == "\(path):1:1: warning: page is empty [page-empty]\n")
        #expect(runs.findings.components(separatedBy: "[page-empty]").count == 3, "extract and check report it")
    }

    @Test("a binary file: input-binary at the first NUL byte, the page skipped; extract and generate exit 1, check 2")
    func binaryFile() throws {
        let (folder, path) = try fixture("logo.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        let runs = try runAll([path], in: folder)
        #expect(runs.statuses == [1, 2, 1])
        #expect(runs.extract.errors == "\(path):3:1: error: file looks binary: it contains a NUL byte [input-binary]\n")
        #expect(String(decoding: runs.check.output, as: UTF8.self).contains("[input-binary]"))
    }

    @Test("invalid UTF-8: each bad byte read as U+FFFD, an error at the first; the rest of the page is read")
    func invalidUTF8() throws {
        // "§" (C2 A7) stands for the Windows-1252 "é" (E9) a String cannot hold.
        let marked = MarkedText(Self.page.replacingOccurrences(of: "The name.", with: "The caf1️⃣§ name, and §."))
        var bytes: [UInt8] = []
        for byte in marked.text.utf8 where byte != 0xA7 { bytes.append(byte == 0xC2 ? 0xE9 : byte) }
        let (folder, path) = try fixture("latin1.md", bytes)
        let runs = try runAll([path], in: folder)
        #expect(runs.statuses == [1, 2, 1])
        expectOnly(runs, "error: file is not valid UTF-8: unexpected byte 0xE9, read as U+FFFD (and 1 more) [input-invalid-utf8]",
                   at: marked["1️⃣"], in: path)
        let page = try #require(try pages(runs.extract).first)
        #expect(propertyNames(page) == ["id", "name"])
        let name = (page["properties"] as? [[String: Any]])?.last
        #expect(name?["description"] as? String == "The caf\u{FFFD} name, and \u{FFFD}.")
    }

    @Test("UTF-16 with a byte order mark, either order: read converted, with an input-encoding warning; same facts", arguments: [true, false])
    func utf16(littleEndian: Bool) throws {
        let units = Array(Self.page.utf16)
        let bytes = (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) + units.flatMap { unit -> [UInt8] in
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            return littleEndian ? [low, high] : [high, low]
        }
        let (folder, path) = try fixture("wide.md", bytes)
        let runs = try runAll([path], in: folder)
        #expect(runs.statuses == [0, 0, 0])
        let order = littleEndian ? "little-endian" : "big-endian"
        #expect(runs.extract.errors == "\(path):1:1: warning: file is UTF-16 (\(order), with a byte order mark), "
            + "not UTF-8; it is read converted [input-encoding]\n")
        let reference = try runAll([try fixture("widget.md", Array(Self.page.utf8)).path], in: folder)
        #expect(try propertyNames(#require(pages(runs.extract).first)) == ["id", "name"])
        #expect(try facts(runs.extract, ignoring: ["file", "diagnostics"]) == facts(reference.extract, ignoring: ["file", "diagnostics"]))
    }

    /// The first page of facts output as JSON text without the given keys, to compare two readings.
    func facts(_ run: CommandLineTests.Run, ignoring keys: Set<String>) throws -> String {
        var page = try #require(try pages(run).first)
        for key in keys { page[key] = nil }
        return String(decoding: try JSONSerialization.data(withJSONObject: page, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test("CRLF (and old Mac CR) line ends: no finding, and the same facts at the same places as with LF", arguments: ["\r\n", "\r"])
    func crlf(lineEnd: String) throws {
        let (folder, path) = try fixture("crlf.md", Array(Self.page.replacingOccurrences(of: "\n", with: lineEnd).utf8))
        let runs = try runAll([path], in: folder)
        #expect(runs.statuses == [0, 0, 0])
        #expect(runs.findings.isEmpty, "\(runs.findings)")
        let reference = try runAll([try fixture("lf.md", Array(Self.page.utf8)).path], in: folder)
        #expect(try facts(runs.extract, ignoring: ["file"]) == facts(reference.extract, ignoring: ["file"]))
    }

    @Test("a 50 MB page: skipped unread with page-too-large; --max-page-size raises the limit")
    func hugePage() throws {
        var bytes = Array(Self.page.utf8)
        let row = Array("| p0000000 | String | A property. |\n".utf8)
        bytes.reserveCapacity(50 << 20 + row.count)
        while bytes.count < 50 << 20 { bytes += row }
        let (folder, path) = try fixture("huge.md", bytes)
        let start = Date()
        let runs = try runAll([path], in: folder)
        #expect(Date().timeIntervalSince(start) < 60, "the page is not read")
        #expect(runs.statuses == [1, 2, 1])
        #expect(runs.extract.errors == "\(path):1:1: error: page is 50.0 MiB, more than the 8 MiB limit "
            + "(--max-page-size); it is skipped [page-too-large]\n")
        #expect(String(decoding: runs.check.output, as: UTF8.self).contains("[page-too-large]"))

        let small = try fixture("small.md", Array(Self.page.utf8))
        let limited = try cli.run(["extract", small.path, "--max-page-size", "100"], in: small.folder)
        #expect(limited.status == 1)
        #expect(limited.errors.contains("page is \(Self.page.utf8.count) bytes, more than the 100 bytes limit"))
        #expect(try cli.run(["extract", small.path, "--max-page-size", "1K"], in: small.folder).status == 0)
        #expect(try cli.run(["extract", small.path, "--max-page-size", "lots"], in: small.folder).status == 2)
    }

    @Test("a table with ragged rows: table-malformed at each; exit 1")
    func raggedTable() throws {
        let marked = MarkedText(Self.page.replacingOccurrences(
            of: "| name | String | The name. |", with: "1️⃣| name | String | The name. | extra |\n2️⃣| short | String |"))
        let (folder, path) = try fixture("ragged.md", Array(marked.text.utf8))
        let runs = try runAll([path], in: folder)
        #expect(runs.statuses == [1, 1, 1])
        let first = try #require(marked["1️⃣"])
        let second = try #require(marked["2️⃣"])
        #expect(runs.extract.errors == """
            \(path):\(first.line):\(first.column): error: row has 4 cells but the header has 3 [table-malformed]
            \(path):\(second.line):\(second.column): error: row has 2 cells but the header has 3 [table-malformed]

            """)
    }

    @Test("an unterminated fence: fence-unterminated at the fence, and the body it swallowed is not JSON; exit 1")
    func unterminatedFence() throws {
        let text = Self.page.replacingOccurrences(
            of: "```json\n{ \"id\": \"String\", \"name\": \"String\" }\n```\n",
            with: "1️⃣```json\n{ \"id\": \"String\", \"name\": \"String\" }\n2️⃣\n## See also\n\nMore text.\n")
        let marked = MarkedText(text)
        let (folder, path) = try fixture("fence.md", Array(marked.text.utf8))
        let runs = try runAll([path], in: folder)
        #expect(runs.statuses == [1, 1, 1])
        let fence = try #require(marked["1️⃣"])
        let after = try #require(marked["2️⃣"])
        #expect(runs.extract.errors.contains("\(path):\(fence.line):\(fence.column): warning: code fence is never closed: "
            + "what follows it is read as code, to the end of the page or of its list or quote [fence-unterminated]"))
        #expect(runs.extract.errors.contains("\(path):\(after.line + 1):1: error: example body is not valid JSON"))
        #expect(String(decoding: runs.check.output, as: UTF8.self).contains("[fence-unterminated]"))
    }

    @Test("an unterminated side-by-side span pair: side-by-side-span-unpaired at the span; the page is still read")
    func unterminatedSpan() throws {
        let marked = MarkedText(Self.page
            .replacingOccurrences(of: "ms.contentlocale: en-US", with: "ms.contentlocale: ru-RU")
            .replacingOccurrences(of: "The identifier.", with: """
                <span data-ttu-id="1">Идентификатор.</span><span class="sxs-lookup"><span data-stu-id="1">The identifier.</span></span>
                """)
            .replacingOccurrences(of: "The name.", with: #"1️⃣<span data-ttu-id="2">Имя без пары"#))
        let (folder, path) = try fixture("sxs.md", Array(marked.text.utf8))
        let runs = try runAll([path], in: folder)
        #expect(runs.statuses == [0, 0, 0])
        expectOnly(runs, "warning: localized span is never closed; the rest of the page is read as it is [side-by-side-span-unpaired]",
                   at: marked["1️⃣"], in: path)
        let page = try #require(try pages(runs.extract).first)
        #expect(page["form"] as? String == "side-by-side")
        #expect(propertyNames(page) == ["id", "name"])
    }

    @Test("front matter that is not YAML: front-matter-invalid, and its lines are still read one by one")
    func frontMatterNotYAML() throws {
        let text = Self.page.replacingOccurrences(of: "doc_type: resourcePageType", with: "doc_type: resourcePageType\ntags: [a, {b: : ]")
        let (folder, path) = try fixture("yaml.md", Array(text.utf8))
        let runs = try runAll([path], in: folder)
        #expect(runs.statuses == [0, 0, 0])
        #expect(runs.extract.errors.hasPrefix("\(path):2:1: warning: front matter is not valid YAML"))
        #expect(runs.extract.errors.hasSuffix("read it line by line instead [front-matter-invalid]\n"))
        let page = try #require(try pages(runs.extract).first)
        #expect(page["kind"] as? String == "resource")
        #expect(propertyNames(page) == ["id", "name"])
    }

    @Test("JSON nested 10,000 deep: read to 256 levels, json-too-deep at the first value left out; no crash anywhere", arguments: [
        (String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000), 1),
        (String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000), 5),
    ])
    func deepJSON(body: String, bytesPerLevel: Int) throws {
        let text = Self.page + "\n## Example\n\n```json\n\(body)\n```\n"
        let (folder, path) = try fixture("deep.md", Array(text.utf8))
        let runs = try runAll([path], in: folder)
        #expect(runs.statuses == [0, 0, 0])
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("[") || $0.hasPrefix("{\"a\"") }
        let column = 256 * bytesPerLevel + 1
        #expect(runs.extract.errors == "\(path):\((line ?? 0) + 1):\(column): warning: example JSON is nested deeper than 256 levels; "
            + "the deeper values are left out [json-too-deep]\n")
        #expect(String(decoding: runs.check.output, as: UTF8.self).contains("[json-too-deep]"))
        let example = try #require(((try pages(runs.extract).first)?["examples"] as? [[String: Any]])?.last)
        var value: Any? = example["body"]
        var depth = 0
        while true {
            if let array = value as? [Any] { value = array.first } else if let object = value as? [String: Any] { value = object["a"] } else { break }
            depth += 1
        }
        #expect(depth == 256)
    }

    @Test("a symbolic link loop in a folder: the looping link is input-unreadable; the folder is walked once")
    func symlinkLoop() throws {
        let (folder, path) = try fixture("widget.md", Array(Self.page.utf8))
        let docs = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: docs.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: docs.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: docs.appendingPathComponent("self.md").path, withDestinationPath: "self.md")
        let runs = try runAll([docs.path], in: folder)
        #expect(runs.statuses == [1, 2, 1])
        #expect(runs.extract.errors == "\(docs.path)/self.md:1:1: error: file cannot be read: Too many levels of symbolic links [input-unreadable]\n")
        #expect(try pages(runs.extract).compactMap { $0["file"] as? String } == [docs.path + "/self.md", path])
    }

    @Test("a FIFO among the pages: input-unreadable, and the run does not wait for a writer")
    func fifo() throws {
        let (folder, path) = try fixture("widget.md", Array(Self.page.utf8))
        let pipe = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("pipe.md").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let runs = try runAll([URL(fileURLWithPath: path).deletingLastPathComponent().path], in: folder)
        #expect(runs.statuses == [1, 2, 1])
        #expect(runs.extract.errors == "\(pipe):1:1: error: a FIFO, not a file [input-unreadable]\n")
        #expect(try pages(runs.extract).count == 2)
    }

    /// Root reads any file whatever its mode, so the unreadable file is read as `nobody`
    /// (through `setpriv`); another user gets the mode's refusal directly.
    static var unreadableFileWrapper: [String]? {
        if geteuid() != 0 { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    }

    @Test("an unreadable file (mode 000, read by a user who is not root): input-unreadable with the system's reason",
          .enabled(if: unreadableFileWrapper != nil, "running as root without setpriv: root reads a mode-000 file"))
    func unreadableFile() throws {
        let wrapper = try #require(Self.unreadableFileWrapper)
        let (folder, path) = try fixture("secret.md", Array(Self.page.utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        for url in [root, folder, folder.appendingPathComponent("v1.0")] {
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: url.path)
        }
        let runs = try runAll([path], in: folder, wrapper: wrapper)
        #expect(runs.statuses == [1, 2, 1])
        #expect(runs.extract.errors == "\(path):1:1: error: file cannot be read: Permission denied [input-unreadable]\n")
    }

    @Test("a path through a file (page.md/x.md): input-unreadable, a usage failure; exit 2 and nothing written")
    func pathThroughFile() throws {
        let (folder, path) = try fixture("page.md", Array(Self.page.utf8))
        let runs = try runAll([path + "/x.md"], in: folder)
        #expect(runs.statuses == [2, 2, 2])
        #expect(runs.extract.errors == "\(path)/x.md:1:1: error: no such file or folder: a part of the path is a file [input-unreadable]\n")
        #expect(runs.extract.output.isEmpty)
    }

    @Test("a folder named x.md is a folder: searched, never read as a page; no finding")
    func folderNamedLikeAPage() throws {
        let (folder, path) = try fixture("widget.md", Array(Self.page.utf8))
        let docs = URL(fileURLWithPath: path).deletingLastPathComponent()
        let odd = docs.appendingPathComponent("x.md")
        try FileManager.default.createDirectory(at: odd, withIntermediateDirectories: true)
        try Data(Self.page.replacingOccurrences(of: "widget", with: "gadget").utf8).write(to: odd.appendingPathComponent("gadget.md"))

        let walked = try runAll([docs.path], in: folder)
        #expect(walked.statuses == [0, 0, 0])
        #expect(walked.findings.isEmpty, "\(walked.findings)")
        #expect(try pages(walked.extract).compactMap { $0["file"] as? String } == [path, odd.path + "/gadget.md"])

        let named = try runAll([odd.path], in: folder)
        #expect(named.statuses == [0, 0, 0])
        #expect(try pages(named.extract).compactMap { $0["file"] as? String } == [odd.path + "/gadget.md"])
    }
}
