/// Trimming on Unicode scalars, without Foundation's `trimmingCharacters(in:)`, which on Linux
/// goes through NSString and copied every table cell twice (9 % of a corpus run).
extension StringProtocol {
    /// Without leading and trailing white space other than line ends (as `CharacterSet.whitespaces`).
    func trimmingSpaces() -> String {
        trimming { $0.isWhiteSpace && !$0.isLineEnd }
    }

    /// Without leading and trailing white space and line ends (as `CharacterSet.whitespacesAndNewlines`).
    func trimmingWhitespace() -> String {
        trimming(\.isWhiteSpace)
    }

    /// Without leading and trailing scalars that `shouldTrim` accepts.
    func trimming(_ shouldTrim: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Substring(self).unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, shouldTrim(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard shouldTrim(scalars[before]) else { break }
            end = before
        }
        return String(scalars[start..<end])
    }
}

extension Unicode.Scalar {
    /// Unicode White_Space, answered for ASCII without a property lookup.
    var isWhiteSpace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }

    /// A line end: LF, VT, FF, CR, NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR.
    var isLineEnd: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Whether the scalar is punctuation (general category P*), as `CharacterSet.punctuationCharacters`.
    var isPunctuation: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
}
