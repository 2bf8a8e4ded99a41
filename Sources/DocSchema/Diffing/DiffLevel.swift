/// How much a change matters, from a text edit (`note`) to a break (`error`).
public enum DiffLevel: String, Codable, Sendable, Comparable, CaseIterable {
    case note
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .info: 1
        case .warning: 2
        case .error: 3
        }
    }

    public static func < (lhs: DiffLevel, rhs: DiffLevel) -> Bool { lhs.rank < rhs.rank }

    /// One level lower, as for beta findings. Info is the floor, so that what beta adds stays
    /// visible by default; notes (text-only changes) stay notes.
    public var lowered: DiffLevel {
        switch self {
        case .error: .warning
        case .warning: .info
        case .info, .note: self
        }
    }
}
