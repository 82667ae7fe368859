/// A position in a YAML text: 1-based line and column.
///
/// Columns count Unicode scalars, as libyaml does, so a caret printed under the line lands
/// on the right character for any script.
///
/// Stored as two 32-bit numbers: every node and entry of a tree holds two marks, so this
/// halves what positions cost a loaded registry (10,000 descriptors hold millions of them).
/// A line or column beyond 4,294,967,295 (a text of more than 4 GiB) reads as that number.
public struct YAMLMark: Sendable, Hashable, Comparable, CustomStringConvertible {
    private var storedLine: UInt32
    private var storedColumn: UInt32

    /// 1-based line number.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    /// 1-based column, in Unicode scalars.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    /// The first character of a text.
    public static let start = YAMLMark(line: 1, column: 1)

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: YAMLMark, rhs: YAMLMark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
