import Foundation
@testable import DocSchema
import Testing

/// The byte-level scans that replaced splits and generic searches for speed give what the
/// plain definitions they replaced give, on the awkward inputs as well as the usual ones.
@Suite("Byte scans agree with their definitions")
struct ByteScanTests {
    static let paths = [
        "v1.0/api/user-get.md", "beta/resources/user.md", "/abs/v1.0/x.md", "a//b/", "x.md", "", "/", "//", "a/", "/a",
        "BETA/Resources/Thing.md", "v1.0", "docs/v1.0x/a.md", "ru/Бета/файл.md",
    ]

    @Test("PathNames: last, folder and contains, as split(separator: \"/\") reads a path")
    func pathNames() {
        for path in Self.paths {
            let components = path.split(separator: "/")
            #expect(PathNames.last(path) == components.last, "last of \(path)")
            #expect(PathNames.folder(path) == components.dropLast().last, "folder of \(path)")
            for name in ["beta", "v1.0", "resources", "api"] {
                #expect(PathNames.contains(path, name) == components.map { $0.lowercased() }.contains(name), "\(name) in \(path)")
            }
        }
    }

    @Test("isQualified: two or more dot-separated identifiers, and nothing else")
    func qualifiedNames() {
        let cases = ["microsoft.graph.user", "graph.x", "a.b", "user", "", ".", "a.", ".a", "a..b", "a.1b", "a.b1", "_a._b",
                     "a.b-c", "a b.c", "мой.тип", "a.b.", "1a.b"]
        for text in cases {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            #expect(Identifier.isQualified(text) == (parts.count > 1 && parts.allSatisfy { Identifier.isValid($0) }), "\(text)")
        }
    }

    @Test("pageStem: links with a fragment or a scheme name no page; others name their file's stem")
    func pageStems() {
        #expect(Identifier.pageStem("https://example.com/user.md") == nil)
        #expect(Identifier.pageStem("user.md#properties") == nil)
        #expect(Identifier.pageStem("../resources/User.md") == "user")
        #expect(Identifier.pageStem("a:/b/user.md") == "user")
        #expect(Identifier.pageStem("a:b//user.md") == "user")
        #expect(Identifier.pageStem("x:://y.md") == nil)
    }

    @Test("FoldedText: a phrase is found exactly where a plain search finds it; the pair set never hides one")
    func phrasesFound() {
        let texts = ["Read-only. Nullable. Possible values are: `a`, `b`.", "Только для чтения. Допускает значение NULL.",
                     "", "k", "key", "The KEY. Not nullable", "no phrase here at all"]
        let phrases: [Phrase] = ["read-only", "nullable", "not nullable", "possible values are", "key", "k", "только для чтения",
                                 "допускает значение null", "absent phrase"]
        for text in texts {
            let folded = FoldedText(text)
            for phrase in phrases {
                let expected = ByteSearch.firstIndex(of: phrase.bytes, in: folded.bytes, from: 0)
                #expect(folded.range(of: phrase)?.lowerBound == expected, "'\(phrase.text)' in '\(text)'")
            }
        }
    }

    @Test("FoldedText: every ASCII byte folds as lowercased() folds it, eight at a time or one by one, Cyrillic among them")
    func folding() {
        // All 128 ASCII bytes at every alignment, then runs broken by Cyrillic capitals.
        let ascii = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        for shift in 0..<8 {
            let text = String(repeating: "Z", count: shift) + ascii + "@[`{AZaz"
            #expect(FoldedText(text).bytes == Array(text.lowercased().utf8), "shift \(shift)")
        }
        let mixed = "PROPERTY Type ОПИСАНИЕ of the USER, Ёлка; ReadOnly NULLABLE (Коллекция)"
        #expect(FoldedText(mixed).bytes == Array(mixed.lowercased().utf8))
    }

    @Test("hasLowercasedPrefix answers what lowercased().hasPrefix answers")
    func lowercasedPrefix() {
        let texts = ["Microsoft.Graph.user", "MICROSOFT.x", "microsoft", "micro", "#microsoft.graph", "Мicrosoft.graph",
                     "MİCROSOFT.graph", "microsoft.", "", "MicroSoft.Graph.K", "microsoft\u{301}.x",
                     "micro\u{301}soft.", "microsoft.\u{301}x", "MI\u{212A}RO", "\u{212A}elvin"]
        for text in texts {
            #expect(text.hasLowercasedPrefix("microsoft.") == text.lowercased().hasPrefix("microsoft."), "\(text)")
            #expect(text[...].hasLowercasedPrefix("micro") == text.lowercased().hasPrefix("micro"), "\(text)")
            #expect(text.hasLowercasedPrefix("k") == text.lowercased().hasPrefix("k"), "\(text)")
        }
    }

    @Test("ByteSearch: memchr and memcmp find the first occurrence a naive scan finds, within the bounds asked")
    func byteSearch() {
        let haystacks = ["", "a", "aaab", "abcabcabd", "xx--yy--", "end.", "é – é", "abab"].map { Array($0.utf8) }
        let needles = ["a", "ab", "abd", "--", ".", "é", "– é", "bab", "zz", "abcabcabdx"].map { Array($0.utf8) }
        func naive(_ needle: [UInt8], _ haystack: [UInt8], _ start: Int, _ end: Int) -> Int? {
            guard !needle.isEmpty, start <= end - needle.count else { return nil }
            return (start...(end - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
        }
        for haystack in haystacks {
            for needle in needles {
                for start in 0...haystack.count {
                    for end in start...haystack.count {
                        let found = haystack.withUnsafeBufferPointer { ByteSearch.firstIndex(of: needle, in: $0, from: start, to: end) }
                        #expect(found == naive(needle, haystack, start, end), "\(needle) in \(haystack)[\(start)..<\(end)]")
                    }
                }
            }
        }
    }

    @Test("Whitespace.collapse: text already collapsed comes back as is; any other is collapsed by the byte loop")
    func collapse() {
        let cases: [(String, String)] = [
            ("", ""), ("a", "a"), ("a b", "a b"), (" a", "a"), ("a ", "a"), ("a  b", "a b"), ("a\tb", "a b"), ("a\nb", "a b"),
            ("a\u{00A0}b", "a b"), ("a\u{00A0}", "a"), ("°C ±1", "°C ±1"), ("  ", ""), ("Только  для", "Только для"),
        ]
        for (text, expected) in cases {
            #expect(Whitespace.collapse(text) == expected, "\(text.debugDescription)")
        }
        // Long texts are checked sixteen bytes at a time: each kind of white space (and a
        // character whose lead byte is 0xC2) at every place, against splitting at white space.
        let spacing = Set<Unicode.Scalar>([" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{A0}"])
        let collapsed = "abcdefghij klmnopqrs tuvwxyz0123 456789ABCDEF GHIJ"
        for insert in ["  ", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{A0}", "°", "é"] {
            for offset in 0...collapsed.utf8.count {
                let index = collapsed.utf8.index(collapsed.utf8.startIndex, offsetBy: offset)
                let text = String(collapsed[..<index]) + insert + String(collapsed[index...])
                let expected = text.unicodeScalars.split(whereSeparator: spacing.contains).map { String(String.UnicodeScalarView($0)) }
                    .joined(separator: " ")
                #expect(Whitespace.collapse(text) == expected, "\(text.debugDescription)")
            }
        }
    }

    @Test("equalIgnoringCase agrees with Foundation's caseInsensitiveCompare")
    func caseInsensitive() {
        let words = ["user", "User", "USER", "usEr", "users", "@", "`", "[", "{", "a1", "A1", "Пользователь", "пользователь", "", "x_y", "X_Y"]
        for left in words {
            for right in words {
                #expect(PageExtraction.equalIgnoringCase(left, right) == (left.caseInsensitiveCompare(right) == .orderedSame), "\(left) ~ \(right)")
            }
        }
    }

    @Test("firstInvalidUTF8Offset: the ASCII fast path finds the same first bad byte the standard UTF-8 parser does")
    func utf8Validation() {
        let pieces: [[UInt8]] = [[], Array("abcdefgh".utf8), Array("abcdefghijklmnop".utf8), Array("é".utf8), Array("€".utf8),
                                 Array("𝄞".utf8), [0x80], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                 [0xC3], [0xFF], Array("1234567".utf8)]
        func reference(_ bytes: [UInt8]) -> Int? {
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes.makeIterator()
            var offset = 0
            while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let scalar): offset += scalar.count
                case .emptyInput: return nil
                case .error: return offset
                }
            }
        }
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    let bytes = first + second + third
                    #expect(SourceFile.firstInvalidUTF8Offset(bytes) == reference(bytes), "\(bytes)")
                }
            }
        }
    }

    @Test("endLinesWithLineFeeds: a lone carriage return becomes a line feed; one before a line feed stays")
    func lineEnds() {
        let cases: [(String, String)] = [("", ""), ("\r", "\n"), ("a\r\nb", "a\r\nb"), ("a\rb\r", "a\nb\n"),
                                         ("\r\r\n\r", "\n\r\n\n"), ("no returns", "no returns")]
        for (text, expected) in cases {
            var bytes = Array(text.utf8)
            SourceFile.endLinesWithLineFeeds(&bytes)
            #expect(bytes == Array(expected.utf8), "\(text.debugDescription)")
        }
    }
}

