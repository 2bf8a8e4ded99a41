/// Turns documentation names into Swift identifiers, and documentation text into Swift
/// literals and comments, so that no name or description can break the generated code.
enum SwiftNames {
    /// Words that need backticks wherever they are used as a name.
    static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate",
        "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "package",
        "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript",
        "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        "Type", "Protocol", "some", "any", "async", "actor", "macro", "each", "consume", "copy", "discard",
        "then", "sending", "isolated", "indirect", "lazy", "mutating", "nonmutating", "optional",
        "override", "required", "unowned", "weak", "willSet", "didSet", "get", "set", "dynamic", "final",
        "convenience", "prefix", "postfix", "infix",
    ]

    /// Type names that would hide a module or a type the generated code relies on.
    static let reservedTypeNames: Set<String> = [
        "Any", "Self", "Type", "Protocol", "Swift", "Foundation", "Never", "Optional", "Array", "Dictionary",
        "Codable", "Decodable", "Encodable", "CodingKey", "CodingKeys", "Decoder", "Encoder", "Hashable",
        "Sendable", "Equatable",
    ]

    /// A documentation name as a Swift identifier, not yet escaped: characters outside
    /// `[A-Za-z0-9_]` separate words that are joined in camel case (`@odata.type` gives
    /// `odataType`), and a leading digit gets an underscore. A name that is already an
    /// identifier is kept as it is.
    static func identifier(_ name: String) -> String {
        var result = ""
        var capitalizeNext = false
        for scalar in name.unicodeScalars {
            let isWordCharacter = scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
            guard isWordCharacter else {
                capitalizeNext = !result.isEmpty
                continue
            }
            let character = Character(scalar)
            result.append(capitalizeNext ? Character(character.uppercased()) : character)
            capitalizeNext = false
        }
        if result.isEmpty { return "_" }
        if let first = result.unicodeScalars.first, ("0"..."9").contains(first) { result = "_" + result }
        return result
    }

    /// UpperCamelCase: the identifier with its first letter capitalized.
    static func typeIdentifier(_ name: String) -> String {
        let base = identifier(name)
        return base.prefix(1).uppercased() + base.dropFirst()
    }

    /// The identifier as it must be written where it is declared or used: in backticks when it is a keyword.
    static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// A Swift string literal holding `text` exactly.
    static func stringLiteral(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case "\0": literal += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || isInvisibleControl(scalar) {
                    literal += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    literal.unicodeScalars.append(scalar)
                }
            }
        }
        return literal + "\""
    }

    /// Documentation text as the lines of a `///` comment. Every kind of line break starts a
    /// new comment line, so no text can end the comment and become code.
    static func docLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                lines.append(current)
                current = ""
            case 0x09:
                current += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || isInvisibleControl(scalar) { continue }
                current.unicodeScalars.append(scalar)
            }
        }
        lines.append(current)
        var trimmed = lines.map { line in
            var line = Substring(line)
            while line.last == " " { line = line.dropLast() }
            return String(line)
        }
        while trimmed.last?.isEmpty == true { trimmed.removeLast() }
        while trimmed.first?.isEmpty == true { trimmed.removeFirst() }
        return trimmed
    }

    /// Bidirectional overrides and isolates, which can make source read differently from how it compiles.
    private static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
            || scalar.value == 0x200E || scalar.value == 0x200F || scalar.value == 0xFEFF
    }
}

/// Hands out names within one scope, so that two documentation names that map to the same
/// identifier get distinct ones: the first keeps it, later ones get a number (`name2`).
struct SwiftNameScope {
    private var taken: Set<String>

    /// A scope where `reserved` names are already in use. Comparison ignores case when
    /// `caseInsensitive` is set, as for file names on macOS.
    init(reserved: Set<String> = [], caseInsensitive: Bool = false) {
        self.caseInsensitive = caseInsensitive
        taken = Set(reserved.map { caseInsensitive ? $0.lowercased() : $0 })
    }

    private let caseInsensitive: Bool

    /// Claims `identifier`, or the first free numbered variant of it; says whether it had to number it.
    mutating func claim(_ identifier: String) -> (name: String, renamed: Bool) {
        var candidate = identifier
        var number = 2
        while taken.contains(caseInsensitive ? candidate.lowercased() : candidate) {
            candidate = identifier + String(number)
            number += 1
        }
        taken.insert(caseInsensitive ? candidate.lowercased() : candidate)
        return (candidate, candidate != identifier)
    }
}
