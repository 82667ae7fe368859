/// Hard limits that bound the time and memory a hostile file can cost.
///
/// The defaults are far above any real descriptor (the largest shipped one is a few KiB,
/// a few hundred nodes) and far below what would hurt a 2-core CI machine.
public struct YAMLLimits: Sendable, Hashable {
    /// Largest accepted input, in bytes. Default 1 MiB.
    public var maxBytes: Int
    /// Deepest accepted nesting of mappings and sequences. Default 64.
    public var maxDepth: Int
    /// Most nodes (scalars, mappings, sequences) in one document. Default 200,000.
    public var maxNodes: Int

    public init(maxBytes: Int = 1 << 20, maxDepth: Int = 64, maxNodes: Int = 200_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    public static let `default` = YAMLLimits()
}
