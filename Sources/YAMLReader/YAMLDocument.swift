/// The result of reading one YAML text: its root node, or nothing for an empty text.
public struct YAMLDocument: Sendable {
    /// The root node; `nil` when the text holds no document (empty or only comments).
    public var root: YAMLNode?
    /// How many nodes the document has; always within `YAMLLimits.maxNodes`.
    public var nodeCount: Int

    public init(root: YAMLNode?, nodeCount: Int) {
        self.root = root
        self.nodeCount = nodeCount
    }
}
