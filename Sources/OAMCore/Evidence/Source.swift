/// A published document that figures in a descriptor rest on.
public struct Source: Sendable, Hashable {
    /// The key the descriptor gives it under `sources:`.
    public var key: String
    public var title: String?
    public var url: String
    public var tier: EvidenceTier
    /// Dotted field paths this source supports; a path covers everything below it.
    public var covers: [String]

    public init(key: String, title: String?, url: String, tier: EvidenceTier, covers: [String]) {
        self.key = key
        self.title = title
        self.url = url
        self.tier = tier
        self.covers = covers
    }

    /// True when one of `covers` is `path` or an ancestor of it.
    public func covers(_ path: String) -> Bool {
        covers.contains { FieldPath.isAncestor($0, of: path) }
    }
}

/// Dotted paths such as `peak_dense.bf16` or `scale_up.links`.
public enum FieldPath {
    /// True when `ancestor` equals `path` or names a mapping that contains it.
    public static func isAncestor(_ ancestor: String, of path: String) -> Bool {
        path == ancestor
            || (path.hasPrefix(ancestor) && path.utf8.count > ancestor.utf8.count
                && path.utf8[path.utf8.index(path.utf8.startIndex, offsetBy: ancestor.utf8.count)] == UInt8(ascii: "."))
    }
}
