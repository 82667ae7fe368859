/// The result of reading one YAML text: its root node, or nothing for an empty text.
public struct YAMLDocument: Sendable {
    /// The root node; `nil` when the text holds no document (empty or only comments).
    public var root: YAMLNode?
    /// How many nodes the document has; always within `YAMLLimits.maxNodes`.
    public var nodeCount: Int
    /// True when a key or scalar holds a control character (`ControlScan`). The reader
    /// scans each as it makes it, so checks for control characters need not walk the tree
    /// of a file that holds none.
    public var holdsControlCharacter: Bool

    public init(root: YAMLNode?, nodeCount: Int, holdsControlCharacter: Bool = true) {
        self.root = root
        self.nodeCount = nodeCount
        self.holdsControlCharacter = holdsControlCharacter
    }
}
