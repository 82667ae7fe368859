import YAMLReader

/// A span of a file, 1-based, from `start` up to (not including) `end`.
public struct SourceRange: Sendable, Hashable, Codable {
    public var start: Position
    public var end: Position

    /// A 1-based line and column (columns in Unicode scalars).
    public struct Position: Sendable, Hashable, Codable, Comparable {
        public var line: Int
        public var column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        public init(_ mark: YAMLMark) {
            self.init(line: mark.line, column: mark.column)
        }

        public static func < (lhs: Position, rhs: Position) -> Bool {
            (lhs.line, lhs.column) < (rhs.line, rhs.column)
        }
    }

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    public init(_ start: YAMLMark, _ end: YAMLMark) {
        self.init(start: Position(start), end: Position(end))
    }

    /// The whole of a node.
    public init(_ node: YAMLNode) {
        self.init(node.start, node.end)
    }

    /// The key of a mapping entry.
    public init(key entry: YAMLEntry) {
        self.init(entry.keyStart, entry.keyEnd)
    }

    /// The start of a file, for problems that belong to the file as a whole.
    public static let fileStart = SourceRange(start: Position(line: 1, column: 1), end: Position(line: 1, column: 1))
}
