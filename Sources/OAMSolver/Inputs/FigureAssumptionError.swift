/// Why an `--assume` value is not a list of assumptions: the value, the 1-based column
/// (in characters) where the fault starts, and what the grammar expected there.
public struct FigureAssumptionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The whole `--assume` value.
    public var value: String
    public var column: Int
    public var message: String

    public init(_ value: String, column: Int, _ message: String) {
        self.value = value
        self.column = column
        self.message = message
    }

    public var description: String { "--assume '\(value)': column \(column): \(message)" }
}
