/// One line of a verdict's explanation, with numbers.
public struct Reason: Sendable, Hashable {
    /// What the line is about.
    public enum Kind: String, Sendable, Hashable {
        case memory, plan, precision, speed, target, training, assumption, evidence
        /// What an `--assume` filled (or why it was not used): always shown.
        case assumed
        /// A figure the verdict needs that nobody states, with the `--assume` that fills it.
        case unknown
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
