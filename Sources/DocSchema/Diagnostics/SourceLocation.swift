/// A place in an original input file: 1-based line and column.
///
/// Columns count Unicode scalars, not bytes, so a location in a Russian page points at the
/// character a reader sees. Locations always refer to the file as it is on disk, before front
/// matter is split off or side-by-side spans are unwrapped.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var position: SourcePosition { SourcePosition(line: line, column: column) }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A line and column inside a file that is known from context (a page's own facts).
public struct SourcePosition: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public func `in`(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
