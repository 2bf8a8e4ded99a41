/// One change between two documentation states, with what it breaks and where it is on each side.
public struct DiffFinding: Sendable, Codable, Equatable {
    /// A line in one side's files. Saved schemas and git revisions give the file as it was recorded.
    public struct Place: Sendable, Codable, Hashable, Comparable {
        public var file: String
        public var line: Int

        public init(file: String, line: Int) {
            self.file = file
            self.line = line
        }

        init(_ location: SourceLocation) {
            self.init(file: location.file, line: location.line)
        }

        public static func < (lhs: Place, rhs: Place) -> Bool { (lhs.file, lhs.line) < (rhs.file, rhs.line) }
    }

    public var rule: DiffRule
    public var level: DiffLevel
    /// `Type`, `Type.property` or `Enum.member`, with type names as the documentation writes them.
    public var subject: String
    public var version: APIVersion
    public var wire: Impact
    public var swift: Impact
    public var old: Place?
    public var new: Place?
    public var message: String
    /// SHA-256 of `rule|subject|version`: stable across edits elsewhere in the pages.
    public var fingerprint: String

    /// A finding at the rule's level and impact, lowered one level for beta unless `strictBeta`.
    public init(
        _ rule: DiffRule, subject: String, version: APIVersion, old: Place?, new: Place?, message: String,
        level: DiffLevel? = nil, wire: Impact? = nil, swift: Impact? = nil
    ) {
        self.rule = rule
        self.level = level ?? rule.defaultLevel
        self.subject = subject
        self.version = version
        self.wire = wire ?? rule.wire
        self.swift = swift ?? rule.swift
        self.old = old
        self.new = new
        self.message = message
        fingerprint = SHA256.hex([rule.rawValue, subject, version.rawValue].joined(separator: "|"))
    }

    enum CodingKeys: String, CodingKey {
        case rule, level, subject, version, wire, swift, old, new, message, fingerprint
    }

    /// Encodes `old` and `new` as `null` when a side has no place, so every finding has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(level, forKey: .level)
        try container.encode(subject, forKey: .subject)
        try container.encode(version, forKey: .version)
        try container.encode(wire, forKey: .wire)
        try container.encode(swift, forKey: .swift)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        try container.encode(message, forKey: .message)
        try container.encode(fingerprint, forKey: .fingerprint)
    }

    /// The place a reader should look: the new side, or the old one for what is gone.
    public var place: Place? { new ?? old }
}
