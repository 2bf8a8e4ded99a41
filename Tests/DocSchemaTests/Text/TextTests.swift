@testable import DocSchema
import Foundation
import Testing

/// The native replacements for Foundation's trimming and replacing, and the front matter fast
/// path, against what they replace.
@Suite("Text helpers")
struct TextTests {
    @Test("trimming matches Foundation's character sets, Unicode spaces included")
    func trimming() {
        let samples = [" a b ", "\t\u{00A0}x\u{2003}", "\n y \r\n", "", "   ", "\u{2028}z\u{3000}", "é\u{0301} ", " Привет\u{00A0}"]
        for sample in samples {
            #expect(sample.trimmingSpaces() == sample.trimmingCharacters(in: .whitespaces), "\(sample.debugDescription)")
            #expect(sample.trimmingWhitespace() == sample.trimmingCharacters(in: .whitespacesAndNewlines), "\(sample.debugDescription)")
            #expect(sample.trimming(\.isPunctuation) == sample.trimmingCharacters(in: .punctuationCharacters))
        }
        #expect("«Hello»!".trimming(\.isPunctuation) == "Hello")
    }

    @Test("replacingAll matches Foundation's literal replacement, in ASCII and beyond")
    func replacing() {
        let cases: [(String, String, String)] = [
            ("a?b??c", "?", ""), ("x&nbsp;y&nbsp;", "&nbsp;", " "), ("no match", "zz", "-"),
            ("Строка типа", "типа", "type"), ("a\u{00A0}b", "\u{00A0}", " "), ("((x))", "(", " "), ("", "a", "b"),
        ]
        for (text, target, replacement) in cases {
            #expect(text.replacingAll(target, with: replacement) == text.replacingOccurrences(of: target, with: replacement))
        }
    }

    @Test("simple front matter reads as Yams reads it; anything else is left to Yams")
    func frontMatter() {
        let simple = """
            title: "driveItem resource type"
            description: 'Items, files and folders'
            ms.localizationpriority: high
            # a comment line
            doc_type: resourcePageType

            """
        #expect(FrontMatterReader.simpleFields(simple) == [
            "title": "driveItem resource type", "description": "Items, files and folders",
            "ms.localizationpriority": "high", "doc_type": "resourcePageType",
        ])
        let plain = "title: driveItem\ndoc_type: resourcePageType\n"
        #expect(FrontMatterReader.simpleFields(plain) == ["title": "driveItem", "doc_type": "resourcePageType"])
        for tricky in ["title: a: b\n", "tags:\n  - a\n", "title: \"esc\\\"aped\"\n", "a: 1\na: 2\n", "x: [1, 2]\n",
                       "t: value # comment\n", "  indented: x\n", "k: |\n  block\n", "k:\tvalue\n", "k: &anchor v\n"] {
            #expect(FrontMatterReader.simpleFields(tricky) == nil, "\(tricky.debugDescription) is for Yams")
        }
    }
}
