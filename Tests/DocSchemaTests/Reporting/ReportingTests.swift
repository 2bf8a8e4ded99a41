@testable import DocSchema
import Testing

@Suite("Reporting")
struct ReportingTests {
    @Test("SHA-256 gives the FIPS 180-4 test vectors")
    func sha256() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("GitHub commands escape %, CR and LF in messages, and also : and , in properties")
    func githubEscaping() {
        #expect(GitHubReporter.data("100% done\r\nnext") == "100%25 done%0D%0Anext")
        #expect(GitHubReporter.property("a:b,c%") == "a%3Ab%2Cc%25")
    }

    @Test("paths are written relative to the root, and URIs percent-encoded; outside the root they stay absolute")
    func paths() {
        let paths = ReportPaths(root: "/repo", currentFolder: "/repo/docs")
        #expect(paths.relative("api/a.md") == "docs/api/a.md")
        #expect(paths.relative("../other/b.md") == "other/b.md")
        #expect(paths.relative("/elsewhere/c.md") == nil)
        #expect(paths.display("/elsewhere/c.md") == "/elsewhere/c.md")
        #expect(paths.uri("a b#.md").uri == "docs/a%20b%23.md")
        #expect(paths.uri("/x/y.md").uri == "file:///x/y.md")
        #expect(paths.rootURI == "file:///repo/")
    }

    @Test("absolute paths come out in their plain form: no empty, '.' or '..' parts, no slash at the end")
    func absolutePaths() {
        let cases = [
            "/a/b": "/a/b", "/a//b": "/a/b", "/a/./b": "/a/b", "/a/../b": "/b", "/a/b/": "/a/b", "/a/b/.": "/a/b",
            "/a/b/..": "/a", "/a/...": "/a/...", "/a/.b": "/a/.b", "/a/b..": "/a/b..", "/.x/y": "/.x/y", "/": "/",
            "//a": "/a", "/..": "/", "a/b": "/x/a/b", "./a": "/x/a", "../a": "/a",
        ]
        for (path, expected) in cases {
            #expect(ReportPaths.absolute(path, in: "/x") == expected, "\(path)")
        }
    }

    @Test("fingerprints ignore lines, and number the same defect written twice in one file")
    func fingerprints() {
        let paths = ReportPaths(root: "/repo", currentFolder: "/repo")
        func finding(_ line: Int, _ message: String = "m") -> Diagnostic {
            Diagnostic(.placeholderText, message, at: SourceLocation(file: "a.md", line: line, column: 1))
        }
        let before = Fingerprints.of([finding(3), finding(9)], paths: paths)
        let moved = Fingerprints.of([finding(4), finding(10)], paths: paths)
        #expect(before == moved)
        #expect(Set(before).count == 2)
        #expect(Fingerprints.of([finding(3, "other")], paths: paths) != [before[0]])
    }

    @Test("a baseline hides the findings it records and no others")
    func baseline() {
        let paths = ReportPaths(root: "/repo", currentFolder: "/repo")
        let old = [Diagnostic(.placeholderText, "TODO", at: SourceLocation(file: "a.md", line: 3, column: 1))]
        let baseline = Baseline(CheckReport(findings: old, paths: paths))
        let new = Diagnostic(.jsonInvalid, "bad", at: SourceLocation(file: "a.md", line: 1, column: 1))
        let report = CheckReport(findings: old + [new], paths: paths, baseline: baseline)
        #expect(report.findings == [new])
        #expect(report.hiddenByBaseline == 1)
        #expect(report.summary == "1 error, 0 warnings, 0 notes (1 more hidden by the baseline)")
    }

    @Test("text output is colored only when asked, as clang colors a terminal")
    func textColor() {
        let finding = [Diagnostic(.jsonInvalid, "bad", at: SourceLocation(file: "a.md", line: 1, column: 2))]
        #expect(TextReporter.render(finding) == "a.md:1:2: error: bad [json-invalid]\n")
        #expect(TextReporter.render(finding, colored: true) == "a.md:1:2: \u{1B}[1;31merror:\u{1B}[0m bad [json-invalid]\n")
    }
}
