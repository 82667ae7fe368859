/// Why the plan enumerator set a parallel plan aside, typed by what is wrong with it; the
/// text is for people.
public struct PlanRefusal: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A width does not split into equal shards: common, and rarely worth telling.
        case unevenSplit
        /// A shard breaks the quantization format's scale blocks or groups: the engine
        /// cannot load it, which a verdict tells.
        case scaleBlocks
    }

    public var kind: Kind
    /// `TP8: expert intermediate 1536 / 8 = 192 is not a multiple of …`.
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// True for shards an engine cannot load.
    public var isLoadFailure: Bool { kind == .scaleBlocks }
}
