/// How serious a finding is. Ordered from least to most severe.
public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A finding about the input, always tied to a place in an original file.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// A second place that explains the finding, such as the other side of a conflict.
    public struct Related: Hashable, Sendable, Codable {
        public var location: SourceLocation
        public var message: String

        public init(location: SourceLocation, message: String) {
            self.location = location
            self.message = message
        }
    }

    public var rule: RuleID
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    public var related: [Related]

    /// A finding with the rule's default severity.
    public init(_ rule: RuleID, _ message: String, at location: SourceLocation, related: [Related] = []) {
        self.init(rule, severity: rule.defaultSeverity, message, at: location, related: related)
    }

    public init(
        _ rule: RuleID, severity: Severity, _ message: String, at location: SourceLocation, related: [Related] = []
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.related = related
    }

    enum CodingKeys: String, CodingKey {
        case rule, severity, message, location, related
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(RuleID.self, forKey: .rule)
        severity = try container.decode(Severity.self, forKey: .severity)
        message = try container.decode(String.self, forKey: .message)
        location = try container.decode(SourceLocation.self, forKey: .location)
        related = try container.decodeIfPresent([Related].self, forKey: .related) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(location, forKey: .location)
        if !related.isEmpty { try container.encode(related, forKey: .related) }
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics sort by place, then rule, then message, so every report is deterministic.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.rule != rhs.rule { return lhs.rule.rawValue < rhs.rule.rawValue }
        return lhs.message < rhs.message
    }
}

/// A diagnostic can stand for a failure, so reading a file can return one as its error.
extension Diagnostic: Error {}
