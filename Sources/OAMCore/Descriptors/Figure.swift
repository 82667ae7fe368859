/// One figure of a descriptor: its value (or `nil` when the descriptor says `unknown`),
/// the dotted path it sits at, and where it was written.
public struct Figure<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value; `nil` means the descriptor states the figure is not publicly known.
    public var value: Value?
    public var path: String
    public var range: SourceRange

    public init(_ value: Value?, path: String, range: SourceRange) {
        self.value = value
        self.path = path
        self.range = range
    }

    public var isUnknown: Bool { value == nil }
}
