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
    ///
    /// Every figure of every file is checked against every path its sources cover, so an
    /// ASCII `ancestor` is compared byte by byte in place; where a byte of `path` is not
    /// ASCII the comparison of characters (canonical equivalence included) decides, as for
    /// an `ancestor` that is not ASCII.
    public static func isAncestor(_ ancestor: String, of path: String) -> Bool {
        let compared = ancestor.utf8.withContiguousStorageIfAvailable { ancestorBytes in
            path.utf8.withContiguousStorageIfAvailable { pathBytes in isAncestor(ancestorBytes, of: pathBytes) }
        }
        return (compared ?? nil) ?? charactersAreAncestor(ancestor, of: path)
    }

    /// `isAncestor` for paths given as UTF-8 bytes (a caller holding many paths in one
    /// buffer): decided on the bytes while they are ASCII, by characters otherwise.
    public static func isAncestor(_ ancestor: UnsafeBufferPointer<UInt8>, of path: UnsafeBufferPointer<UInt8>) -> Bool {
        asciiIsAncestor(ancestor, of: path)
            ?? charactersAreAncestor(String(decoding: ancestor, as: UTF8.self), of: String(decoding: path, as: UTF8.self))
    }

    /// `isAncestor` by characters, canonical equivalence included.
    private static func charactersAreAncestor(_ ancestor: String, of path: String) -> Bool {
        path == ancestor
            || (path.hasPrefix(ancestor) && path.utf8.count > ancestor.utf8.count
                && path.utf8[path.utf8.index(path.utf8.startIndex, offsetBy: ancestor.utf8.count)] == UInt8(ascii: "."))
    }

    /// `isAncestor` over bytes, or `nil` when a non-ASCII byte meets the comparison (two
    /// spellings of one character may then compare equal). Equal ASCII bytes are equal
    /// characters, two different ASCII bytes at one place make different texts, and an
    /// ASCII character followed by `.` ends at a character boundary.
    private static func asciiIsAncestor(_ ancestor: UnsafeBufferPointer<UInt8>, of path: UnsafeBufferPointer<UInt8>)
        -> Bool?
    {
        for index in 0..<ancestor.count {
            let byte = ancestor[index]
            guard byte < 0x80 else { return nil }
            guard index < path.count else { return path.contains { $0 >= 0x80 } ? nil : false }
            let other = path[index]
            guard other < 0x80 else { return nil }
            if other != byte { return false }
        }
        if path.count == ancestor.count { return true }
        return path[ancestor.count] == UInt8(ascii: ".")
    }
}
