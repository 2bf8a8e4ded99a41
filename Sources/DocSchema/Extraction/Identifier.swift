/// Tests and pieces for the names a schema may hold.
enum Identifier {
    /// Whether `text` is an ASCII identifier: a letter or underscore, then letters, digits, underscores.
    static func isValid(_ text: some StringProtocol) -> Bool {
        var first = true
        for byte in text.utf8 {
            let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
            let isDigit = byte >= 0x30 && byte <= 0x39
            if first ? !isLetter : !(isLetter || isDigit) { return false }
            first = false
        }
        return !first
    }

    /// Whether a code span in a list of possible values is a member: an identifier other than
    /// `null`, or a value on the wire that is no identifier, such as `3rdParty`: one token of at most 64 characters with a letter
    /// in it, and nothing that marks a path, a type expression, a qualified name or JSON.
    static func isWireValue(_ text: some StringProtocol) -> Bool {
        // `null` is JSON's literal, listed among values but never an enum member.
        guard text != "null" else { return false }
        if isValid(text) { return true }
        guard !text.isEmpty, text.count <= 64, !["true", "false"].contains(text.lowercased()) else { return false }
        var hasLetter = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || "/:()[]{}<>,=.`".unicodeScalars.contains(scalar) { return false }
            if scalar.properties.isAlphabetic { hasLetter = true }
        }
        return hasLetter
    }

    /// Whether `text` is a dotted name whose every part is an identifier: `microsoft.graph.user`.
    static func isQualified(_ text: some StringProtocol) -> Bool {
        // One pass over the bytes, the same test as splitting at dots and checking each part.
        var dots = 0
        var atPartStart = true
        for byte in text.utf8 {
            let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
            if byte == UInt8(ascii: ".") {
                if atPartStart { return false }
                dots += 1
                atPartStart = true
            } else if atPartStart {
                if !isLetter { return false }
                atPartStart = false
            } else if !(isLetter || (byte >= 0x30 && byte <= 0x39)) {
                return false
            }
        }
        return dots > 0 && !atPartStart
    }

    /// Whether any character is outside ASCII, the mark of a translated or transliterated name.
    static func hasNonASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.contains { $0 >= 0x80 }
    }

    /// Runs of identifier characters (letters, digits, `_`, `.`) in `text`, in order.
    static func tokens(in text: some StringProtocol) -> [Substring] {
        let string = Substring(text)
        // Most cells are ASCII: there, bytes stand for characters, and asking a `Character`
        // whether it is a letter costs a grapheme break and a Unicode property lookup.
        if string.utf8.allSatisfy({ $0 < 0x80 }) {
            return tokens(in: string, units: string.utf8) { byte in
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                    || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            }
        }
        return tokens(in: string, units: string) { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
    }

    /// The runs of `units` (a view of `string`) whose elements are parts of names.
    private static func tokens<Units: Collection>(
        in string: Substring, units: Units, isPart: (Units.Element) -> Bool
    ) -> [Substring] where Units.Index == String.Index {
        var result: [Substring] = []
        var start: String.Index?
        var index = units.startIndex
        while index < units.endIndex {
            if isPart(units[index]) {
                if start == nil { start = index }
            } else if let begin = start {
                result.append(trimDots(string[begin..<index]))
                start = nil
            }
            index = units.index(after: index)
        }
        if let begin = start { result.append(trimDots(string[begin...])) }
        return result.filter { !$0.isEmpty }
    }

    private static func trimDots(_ text: Substring) -> Substring {
        var slice = text
        while slice.first == "." { slice = slice.dropFirst() }
        while slice.last == "." { slice = slice.dropLast() }
        return slice
    }

    /// The type name a link to a page implies: `../resources/intune-shared-enrollmentstate.md`
    /// gives `enrollmentstate`. Casing is lost in file names; Reconcile restores it.
    static func fromPageLink(_ destination: String) -> String? {
        var path = Substring(destination)
        if let hash = path.firstIndex(of: "#") { path = path[..<hash] }
        if let query = path.firstIndex(of: "?") { path = path[..<query] }
        guard let file = path.split(separator: "/").last, file.hasSuffix(".md") else { return nil }
        let stem = file.dropLast(3)
        let name = stem.split(separator: "-").last ?? stem
        return isValid(name) ? String(name) : nil
    }

    /// The page a link points at, as a lower-cased file stem (`../resources/range.md` gives
    /// `range`), or nil for links into a section (`x.md#y-values`), to other sites, or to nothing.
    static func pageStem(_ destination: String) -> String? {
        // On bytes: every character looked for is ASCII, and this runs for every link.
        guard !Self.hasFragmentOrScheme(destination.utf8) else { return nil }
        var path = Substring(destination).utf8[...]
        if let query = path.firstIndex(of: UInt8(ascii: "?")) { path = path[..<query] }
        while path.last == UInt8(ascii: "/") { path = path.dropLast() }
        if let slash = path.lastIndex(of: UInt8(ascii: "/")) { path = path[path.index(after: slash)...] }
        var file = Substring(path).lowercased()
        if file.hasSuffix(".md") { file.removeLast(3) }
        return file.isEmpty ? nil : file
    }

    /// Whether a link holds `#` or `://`. A plain loop: the generic `contains(_:)` of a
    /// collection of bytes goes through the string-processing searcher, which costs more than
    /// the rest of this function.
    private static func hasFragmentOrScheme(_ bytes: String.UTF8View) -> Bool {
        var colonSlash = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "#"): return true
            case UInt8(ascii: ":"): colonSlash = 1
            case UInt8(ascii: "/") where colonSlash > 0:
                if colonSlash == 2 { return true }
                colonSlash = 2
            default: colonSlash = 0
            }
        }
        return false
    }

    /// The name an in-page anchor implies: `#agegroup-values` gives `agegroup`.
    static func fromAnchor(_ destination: String) -> String? {
        guard destination.hasPrefix("#") else { return nil }
        let words = destination.dropFirst().split(separator: "-")
        guard let first = words.first, isValid(first) else { return nil }
        return String(first)
    }
}
