/// Published figures that disagree about one field, kept side by side.
public struct Conflict: Sendable, Hashable {
    /// One figure someone published, and which source said it.
    public struct Alternative: Sendable, Hashable {
        public var value: String
        public var source: String

        public init(value: String, source: String) {
            self.value = value
            self.source = source
        }
    }

    /// The dotted path of the field in question.
    public var field: String
    /// The value the descriptor uses, as written.
    public var chosen: String
    public var alternatives: [Alternative]
    /// Why `chosen` was chosen (vendor's own first, newer revision…).
    public var reason: String

    public init(field: String, chosen: String, alternatives: [Alternative], reason: String) {
        self.field = field
        self.chosen = chosen
        self.alternatives = alternatives
        self.reason = reason
    }
}
